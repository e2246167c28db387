import { toAlertRecord, type AlertRecord } from '../alerts/alert-record.js';
import { loadAlertView, type AlertView } from '../alerts/load-alert-view.js';
import type { Case, Store } from '../store/index.js';
import { toClaimStatus } from './case-states.js';
import { ensureCase } from './case-workflow.js';

export interface CaseRecord {
  view: AlertView;
  case: Case;
  record: AlertRecord;
}

/** An alert with its case: the record the templates render, claim status and sightings from the case. */
export function loadCaseRecord(store: Store, alertId: number): CaseRecord | undefined {
  const view = loadAlertView(store, alertId);
  const found = view ? ensureCase(store, alertId) : undefined;
  if (!view || !found) return undefined;
  const sightings = store.cases.sightings(found.id);
  const lastSeen = sightings.reduce((latest, sighting) => (sighting.seenAt > latest ? sighting.seenAt : latest), view.posting.lastSeenAt);
  const record = toAlertRecord(view, {
    claimStatus: toClaimStatus(found.state, found.confirmedAt),
    tlp: found.tlp as AlertRecord['tlp'],
    lastSeen,
    sightings: Math.max(1, sightings.length),
  });
  return { view, case: found, record };
}

/** What an alert message shows of its case (claim status, sightings); nothing when it has no case yet. */
export function caseExtrasOf(store: Store, alertId: number): { claimStatus: AlertRecord['claimStatus']; sightings: number } | Record<string, never> {
  const found = store.cases.getByAlertId(alertId);
  return found ? { claimStatus: toClaimStatus(found.state, found.confirmedAt), sightings: Math.max(1, found.sightings) } : {};
}
