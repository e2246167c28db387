import type { Timer } from './timer.js';

/**
 * Telegram's published ceilings for bots (core.telegram.org/bots/faq "My bot is hitting limits"):
 * about one message per second in a chat, 20 per minute in a group or channel, 30 per second
 * overall. Going over them earns 429s and, repeated, longer bans.
 */
export interface RateLimits {
  perChatPerSecond: number;
  perGroupPerMinute: number;
  overallPerSecond: number;
}

export const TELEGRAM_LIMITS: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 20, overallPerSecond: 30 };

interface Window {
  limit: number;
  periodMs: number;
  /** Reserved send times, ascending; a send at s occupies [s, s + periodMs). */
  times: number[];
  blockedUntil: number;
}

/** Group and channel ids are negative in the Bot API; users (private chats) are positive. */
export const isGroupChat = (chatId: number | string): boolean => String(chatId).startsWith('-');

/**
 * Sliding-window limiter: `reserve(chat)` books the earliest instant at which a message to that
 * chat stays under every ceiling, including sends already booked for later, and `acquire`
 * waits for it. Booking is synchronous, so concurrent callers never get the same slot, and a
 * reply in a quiet private chat is not held behind a busy group's queue.
 */
export function createRateLimiter(timer: Timer, limits: RateLimits = TELEGRAM_LIMITS) {
  const overall: Window = { limit: limits.overallPerSecond, periodMs: 1000, times: [], blockedUntil: 0 };
  const perChat = new Map<string, Window>();
  const perGroup = new Map<string, Window>();

  const windowOf = (map: Map<string, Window>, key: string, limit: number, periodMs: number): Window => {
    let window = map.get(key);
    if (!window) {
      window = { limit, periodMs, times: [], blockedUntil: 0 };
      map.set(key, window);
    }
    return window;
  };

  const windowsFor = (chatId: number | string): Window[] => {
    const key = String(chatId);
    const windows = [overall, windowOf(perChat, key, limits.perChatPerSecond, 1000)];
    if (isGroupChat(key)) windows.push(windowOf(perGroup, key, limits.perGroupPerMinute, 60_000));
    return windows;
  };

  /** The earliest t' >= t at which one more send fits in this window, or t itself. */
  const firstFit = (window: Window, t: number): number => {
    if (t < window.blockedUntil) return window.blockedUntil;
    const { times, limit, periodMs } = window;
    // Every instant x in [t, t + period) must stay under the limit; the count only changes at
    // booked sends, so x = t and each booked s in (t, t + period) are the points to check.
    const checkpoints = [t, ...times.filter((s) => s > t && s < t + periodMs)];
    for (const x of checkpoints) {
      const inWindow = times.filter((s) => s > x - periodMs && s <= x);
      if (inWindow.length >= limit) return inWindow[0]! + periodMs;
    }
    return t;
  };

  const prune = (window: Window, now: number) => {
    while (window.times.length > 0 && window.times[0]! <= now - window.periodMs) window.times.shift();
  };

  const book = (window: Window, t: number) => {
    const index = window.times.findIndex((s) => s > t);
    if (index === -1) window.times.push(t); else window.times.splice(index, 0, t);
  };

  return {
    /** Book the next free instant for a message to `chatId`; returns it (epoch ms on the timer's clock). */
    reserve(chatId: number | string): number {
      const now = timer.now();
      const windows = windowsFor(chatId);
      for (const window of windows) prune(window, now);
      let t = now;
      for (let settled = false; !settled;) {
        settled = true;
        for (const window of windows) {
          const next = firstFit(window, t);
          if (next !== t) {
            t = next;
            settled = false;
          }
        }
      }
      for (const window of windows) book(window, t);
      return t;
    },
    /** Wait until a message to `chatId` may be sent. */
    async acquire(chatId: number | string): Promise<void> {
      const at = this.reserve(chatId);
      const waitMs = at - timer.now();
      if (waitMs > 0) await timer.sleep(waitMs);
    },
    /** Telegram said 429 for this chat: nothing goes there before `untilMs`. */
    block(chatId: number | string, untilMs: number): void {
      const window = windowOf(perChat, String(chatId), limits.perChatPerSecond, 1000);
      window.blockedUntil = Math.max(window.blockedUntil, untilMs);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
