import { ConfigError } from '../config/errors.js';
import type { ChatTarget } from './telegram-client.js';

export const TELEGRAM_PREFIX = 'telegram:';

/** `telegram:-1001234567890` or, for a forum topic, `telegram:-1001234567890:42`. */
export const toDestination = (target: { chatId: number | string; threadId?: number }): string =>
  `${TELEGRAM_PREFIX}${target.chatId}${target.threadId ? `:${target.threadId}` : ''}`;

export function parseDestination(destination: string): ChatTarget | undefined {
  const match = /^telegram:(-?\d+)(?::(\d+))?$/.exec(destination);
  if (!match) return undefined;
  return { chatId: Number(match[1]), ...(match[2] ? { threadId: Number(match[2]) } : {}) };
}

/** Entries of TELEGRAM_ALERT_CHAT_IDS (`-100123`, `-100123:42`) as targets; a bad one stops start-up. */
export function parseAlertChats(entries: string[]): ChatTarget[] {
  return entries.map((entry) => {
    const target = parseDestination(`${TELEGRAM_PREFIX}${entry}`);
    if (!target) {
      throw new ConfigError(`Invalid setting TELEGRAM_ALERT_CHAT_IDS entry "${entry}": expected a numeric chat id, optionally with :TOPIC for a forum topic (e.g. -1001234567890 or -1001234567890:42).`);
    }
    return target;
  });
}
