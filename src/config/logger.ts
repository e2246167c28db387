import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Logs go to stderr as JSON lines, so stdout stays for command output (`analyze` writes JSON
 * lines there). Known secret fields are censored wherever they appear in a log object.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      base: { app: 'leakwatch' },
      redact: { paths: ['token', '*.token', 'botToken', '*.botToken', 'TELEGRAM_BOT_TOKEN', '*.TELEGRAM_BOT_TOKEN', 'headers.authorization'], censor: '[secret]' },
    },
    pino.destination(2),
  );
}

/** A logger that writes nothing: tests and one-shot commands that print their own output. */
export const silentLogger: Logger = pino({ level: 'silent' });
