/**
 * Failed sign-ins per client address, in a sliding window: past the limit the address is refused
 * before its token is even looked at, so guessing links is as slow as the window allows.
 */
export function createSignInLimiter(options: { maxFailures?: number; windowMs?: number; now?: () => number } = {}) {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();
  const recent = (client: string): number[] => {
    const cutoff = now() - windowMs;
    const kept = (failures.get(client) ?? []).filter((at) => at > cutoff);
    if (kept.length === 0) failures.delete(client); else failures.set(client, kept);
    return kept;
  };
  return {
    isBlocked: (client: string): boolean => recent(client).length >= maxFailures,
    recordFailure(client: string): number {
      const kept = [...recent(client), now()];
      failures.set(client, kept);
      // Bounded memory under a flood of addresses: the oldest entries go first.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
      return kept.length;
    },
  };
}
