import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/telegram/rate-limiter.js';
import { createVirtualTimer } from '../../src/telegram/timer.js';

/** Largest number of instants within any window of `periodMs` (a send at s counts during [s, s + period)). */
function maxInWindow(times: number[], periodMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while (sorted[j]! - sorted[i]! >= periodMs) i += 1;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

describe('rate limiter', () => {
  it('spaces messages to one private chat by a second', () => {
    const timer = createVirtualTimer(0);
    const limiter = createRateLimiter(timer);
    expect([1, 2, 3].map(() => limiter.reserve(42))).toEqual([0, 1000, 2000]);
  });

  it('keeps a group at 20 per minute: the 21st waits for the first to leave the window', () => {
    const limiter = createRateLimiter(createVirtualTimer(0));
    const times = Array.from({ length: 45 }, () => limiter.reserve(-100123));
    expect(times.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, index) => index * 1000));
    expect(times[20]).toBe(60_000);
    expect(maxInWindow(times, 60_000)).toBe(20);
    expect(maxInWindow(times, 1000)).toBe(1);
  });

  it('keeps the whole bot at 30 per second across chats', () => {
    const limiter = createRateLimiter(createVirtualTimer(0));
    const times = Array.from({ length: 95 }, (_, index) => limiter.reserve(1000 + index));
    expect(maxInWindow(times, 1000)).toBe(30);
    expect(times[30]).toBe(1000);
  });

  it('does not hold a quiet chat behind a busy group', () => {
    const limiter = createRateLimiter(createVirtualTimer(0));
    for (let index = 0; index < 25; index += 1) limiter.reserve(-100123);
    expect(limiter.reserve(77)).toBe(0);
  });

  it('sends nothing to a chat before a 429 retry_after has passed', async () => {
    const timer = createVirtualTimer(0);
    const limiter = createRateLimiter(timer);
    limiter.block(-100123, 30_000);
    await limiter.acquire(-100123);
    expect(timer.now()).toBe(30_000);
    expect(limiter.reserve(55)).toBe(30_000);
  });
});
