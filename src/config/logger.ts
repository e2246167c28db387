import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * A Telegram bot token anywhere in a log line: error messages of HTTP clients carry the request
 * URL (https://api.telegram.org/bot123456:ABC…/getUpdates), and field names cannot catch that.
 */
const BOT_TOKEN = /(?<!\d)\d{5,12}:[A-Za-z0-9_-]{30,}/g;

export function scrubSecrets(text: string): string {
  return text.replace(BOT_TOKEN, '[secret]');
}

/**
 * Logs go to stderr as JSON lines, so stdout stays for command output (`analyze` writes JSON
 * lines there). Known secret fields are censored wherever they appear in a log object, and a
 * bot token is scrubbed from every line written, whatever carried it (an error message, a URL).
 */
export function createLogger(level: string = 'info', destination: DestinationStream = pino.destination(2)): Logger {
  const scrubbing: DestinationStream = { write: (line: string) => destination.write(scrubSecrets(line)) };
  return pino(
    {
      level,
      base: { app: 'leakwatch' },
      redact: { paths: ['token', '*.token', 'botToken', '*.botToken', 'TELEGRAM_BOT_TOKEN', '*.TELEGRAM_BOT_TOKEN', 'headers.authorization'], censor: '[secret]' },
    },
    scrubbing,
  );
}

/** A logger that writes nothing: tests and one-shot commands that print their own output. */
export const silentLogger: Logger = pino({ level: 'silent' });
