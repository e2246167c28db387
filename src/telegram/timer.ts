/**
 * Time as the sender sees it. Real by default; tests and the bench pass a virtual one so that
 * Telegram's per-minute limits and `retry_after` waits take no wall time, while the requests
 * still go over real HTTP to a fake Bot API that reads the same clock.
 */
export interface Timer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemTimer: Timer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * A clock that jumps forward when someone sleeps, by the length of the sleep. With concurrent
 * sleepers the jumps add up, so a wait can come out longer than asked, never shorter.
 */
export function createVirtualTimer(startMs = Date.parse('2026-11-22T10:00:00.000Z')): Timer & { advance(ms: number): void } {
  let now = startMs;
  return {
    now: () => now,
    sleep: (ms) => {
      now += Math.max(0, ms);
      return new Promise((resolve) => setImmediate(resolve));
    },
    advance(ms) {
      now += ms;
    },
  };
}
