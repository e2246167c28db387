import { InputError } from '../config/errors.js';
import type { Analysis } from '../model/analysis.js';
import type { Case, CaseEvent, Store } from '../store/index.js';
import { CASE_STATE_NAMES, CLOCK_HOURS, isOpenState, planTransition, type CaseState } from './case-states.js';

/** Reposts of the same claim within this many days join the first one's case. */
export const GROUPING_WINDOW_DAYS = 30;

/**
 * What makes two postings the same claim for one organization: the kind, the record count, the
 * data types and the seller handles, with case and order ignored. The wording may differ (a
 * translated repost, another channel's emojis); the offer does not.
 */
export function toClaimSignature(analysis: Pick<Analysis, 'kind' | 'recordCount' | 'dataTypes' | 'sellerHandles'>): string {
  const types = [...new Set(analysis.dataTypes)].sort().join(',');
  const sellers = [...new Set(analysis.sellerHandles.map((handle) => handle.toLowerCase().replace(/^@/, '')))].sort().join(',');
  return `${analysis.kind}|${analysis.recordCount ?? ''}|${types}|${sellers}`;
}

/** The case of an alert, opened on the spot for alerts made before cases existed (or without the cases part). */
export function ensureCase(store: Store, alertId: number): Case | undefined {
  const existing = store.cases.getByAlertId(alertId);
  if (existing) return existing;
  const alert = store.alerts.get(alertId);
  const hit = alert ? store.hits.get(alert.hitId) : undefined;
  if (!alert || !hit) return store.cases.getByHit(alert?.hitId ?? -1);
  const grouped = store.cases.getByHit(hit.id);
  if (grouped) return grouped;
  return store.cases.open(alert.id, hit.id, alert.orgId, toClaimSignature(hit.analysis), alert.createdAt);
}

/** Find a case by its alert number (`LW-2026-0042`); a clear error when there is none. */
export function requireCase(store: Store, number: string): Case {
  const alert = store.alerts.getByNumber(number);
  const found = alert ? ensureCase(store, alert.id) : undefined;
  if (!found) throw new InputError(`No alert ${number}: run \`leakwatch hits\` to see the alert numbers.`);
  return found;
}

export interface TransitionResult {
  case: Case;
  events: CaseEvent[];
}

export class CaseTransitionError extends InputError {}

/** Move a case to `target`, recording who and when for each state passed through. */
export function transitionCase(store: Store, caseId: number, target: CaseState, actor: string): TransitionResult {
  const current = store.cases.get(caseId);
  if (!current) throw new InputError(`No case ${caseId}.`);
  const plan = planTransition(current.state, target);
  if ('error' in plan) {
    throw new CaseTransitionError(`Cannot mark ${current.alertNumber} as ${CASE_STATE_NAMES[target].en}: ${plan.error}.`);
  }
  const events = store.cases.moveTo(caseId, plan.steps, actor);
  return { case: store.cases.get(caseId)!, events };
}

/** Time left on the 72-hour clock (negative once past), or null before confirmation. */
export function clockOf(found: Case, now: Date): { hoursElapsed: number; hoursLeft: number } | null {
  if (!found.confirmedAt || !isOpenState(found.state)) return null;
  const hoursElapsed = (now.getTime() - Date.parse(found.confirmedAt)) / 3_600_000;
  return { hoursElapsed, hoursLeft: CLOCK_HOURS - hoursElapsed };
}

/** `41 h left` / `overdue by 3 h` / `not started`, in the reader's language. */
export function describeClock(found: Case, now: Date, language: 'en' | 'fr'): string {
  const clock = clockOf(found, now);
  if (!clock) return language === 'fr' ? "chrono non démarré (pas confirmé)" : 'clock not started (not confirmed)';
  const hours = Math.floor(Math.abs(clock.hoursLeft));
  if (clock.hoursLeft >= 0) return language === 'fr' ? `${hours} h restantes sur 72 h` : `${hours} h left of 72 h`;
  return language === 'fr' ? `72 h dépassées de ${hours} h` : `72 h passed ${hours} h ago`;
}
