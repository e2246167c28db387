import { loadAlertView } from '../alerts/load-alert-view.js';
import type { Alert, Store, TriageState } from '../store/index.js';
import { toTextFingerprint } from './alert-routing.js';
import type { CaseState } from '../cases/case-states.js';
import { CaseTransitionError, ensureCase, transitionCase } from '../cases/case-workflow.js';

const MUTE_FROM_TRIAGE_MS = 24 * 3_600_000;

/** A triage moves the alert's case: confirmed starts the 72-hour clock, notified is mail 1 sent. */
const CASE_STATE_OF_TRIAGE: Partial<Record<TriageState, CaseState>> = { confirmed: 'confirmed', false_positive: 'false_positive', victim_notified: 'victim_contacted' };

export interface Triager {
  userId: number;
  userName: string;
  /** As written in the case history and audit log: `telegram:42 (Alice)`, `web:42 (Alice)`. */
  actor: string;
}

export interface TriageOutcome {
  alert: Alert;
  /** Why the case kept its state (a transition the workflow refuses); the triage is recorded anyway. */
  caseNote: string | null;
}

/**
 * One triage decision on an alert, wherever it is taken (a bot button, the web console): recorded
 * with who and when, a false positive remembered for its text, the case moved, a mute for 24 h.
 */
export function triageAlert(store: Store, alertId: number, state: TriageState, who: Triager): TriageOutcome | undefined {
  const alert = store.alerts.get(alertId);
  if (!alert) return undefined;
  store.telegram.triage.mark(alertId, state, who.userId, who.userName);
  if (state === 'false_positive') {
    const view = loadAlertView(store, alertId);
    if (view) store.telegram.triage.markFalsePositive(alert.orgId, toTextFingerprint(view.posting.text), alertId, who.actor);
  }
  let caseNote: string | null = null;
  const caseTarget = CASE_STATE_OF_TRIAGE[state];
  const found = caseTarget ? ensureCase(store, alertId) : undefined;
  if (caseTarget && found) {
    try {
      transitionCase(store, found.id, caseTarget, who.actor);
    } catch (error) {
      if (!(error instanceof CaseTransitionError)) throw error;
      caseNote = error.message;
    }
  }
  if (state === 'muted') store.telegram.triage.mute(alert.orgId, new Date(store.clock().getTime() + MUTE_FROM_TRIAGE_MS), who.actor);
  return { alert, caseNote };
}
