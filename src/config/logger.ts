import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * A Telegram bot token anywhere in a log line: error messages of HTTP clients carry the request
 * URL (https://api.telegram.org/bot123456:ABC…/getUpdates), and field names cannot catch that.
 */
const BOT_TOKEN = /(?<!\d)\d{5,12}:[A-Za-z0-9_-]{30,}/g;

/**
 * A Telegram user-account session string (GramJS StringSession: "1" then ~350 base64 characters
 * holding the auth key). Whoever has it reads the account, so it is scrubbed like the token.
 */
const SESSION_STRING = /(?<![A-Za-z0-9+/])1[A-Za-z0-9+/_-]{200,}={0,2}/g;

/** Secrets known at run time (the session loaded from its file, the api hash): scrubbed as written. */
const knownSecrets = new Set<string>();

/** Scrub this exact value from every log line and CLI error from now on. */
export function addSecretToScrub(value: string | undefined): void {
  if (value && value.length >= 8) knownSecrets.add(value);
}

export function scrubSecrets(text: string): string {
  let scrubbed = text.replace(BOT_TOKEN, '[secret]').replace(SESSION_STRING, '[secret]');
  for (const secret of knownSecrets) scrubbed = scrubbed.split(secret).join('[secret]');
  return scrubbed;
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
      redact: { paths: ['token', '*.token', 'botToken', '*.botToken', 'TELEGRAM_BOT_TOKEN', '*.TELEGRAM_BOT_TOKEN', 'headers.authorization', 'session', '*.session', 'apiHash', '*.apiHash', 'TELEGRAM_SESSION', '*.TELEGRAM_SESSION', 'TELEGRAM_API_HASH', '*.TELEGRAM_API_HASH'], censor: '[secret]' },
    },
    scrubbing,
  );
}

/** A logger that writes nothing: tests and one-shot commands that print their own output. */
export const silentLogger: Logger = pino({ level: 'silent' });
