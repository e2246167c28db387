import type { SourceState } from '../store/index.js';
import type { SourceFailure } from './source-errors.js';

/** A good run after which "zero items" means breakage: a list that held this many does not empty itself. */
export const MANY_ITEMS = 3;

export interface RunOutcome {
  at: string;
  items: number;
  error: string | null;
  failure?: SourceFailure;
}

export type HealthChange = 'unhealthy' | 'recovered' | null;

/**
 * The state after a run, and whether the admins must hear about it. Pure. A source turns
 * unhealthy after `unhealthyAfter` failed runs in a row, or at once when it finds nothing where
 * it used to find many; it is reported once when it turns, and once when it recovers.
 */
export function nextSourceState(previous: SourceState, outcome: RunOutcome, unhealthyAfter: number): { state: SourceState; change: HealthChange } {
  if (outcome.error === null) {
    const state: SourceState = {
      ...previous, health: 'healthy', consecutiveFailures: 0, lastRunAt: outcome.at, lastSuccessAt: outcome.at, lastItems: outcome.items,
      bestItems: Math.max(previous.bestItems, outcome.items), lastError: null, unhealthySince: null,
    };
    return { state, change: previous.health === 'unhealthy' ? 'recovered' : null };
  }
  const consecutiveFailures = previous.consecutiveFailures + 1;
  const silentBreak = outcome.failure === 'empty' && previous.bestItems >= MANY_ITEMS;
  const unhealthy = previous.health === 'unhealthy' || silentBreak || consecutiveFailures >= unhealthyAfter;
  const state: SourceState = {
    ...previous, health: unhealthy ? 'unhealthy' : previous.health, consecutiveFailures, lastRunAt: outcome.at, lastItems: outcome.items,
    lastError: outcome.error, unhealthySince: unhealthy ? previous.unhealthySince ?? outcome.at : null,
  };
  return { state, change: unhealthy && previous.health !== 'unhealthy' ? 'unhealthy' : null };
}

export function describeHealthChange(sourceId: string, change: Exclude<HealthChange, null>, state: SourceState): string {
  if (change === 'recovered') return `Source ${sourceId} recovered: ${state.lastItems ?? 0} items found in the last run.`;
  const why = state.consecutiveFailures > 1 ? `${state.consecutiveFailures} failed runs in a row` : 'its last run failed';
  return `Source ${sourceId} is unhealthy (${why}). Last error: ${state.lastError ?? 'unknown'}. Check it with: leakwatch sources test ${sourceId}`;
}
