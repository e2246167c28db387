import type { AlertRecord } from '../alerts/alert-record.js';
import type { Case, CaseEvent } from '../store/index.js';

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const WEBHOOK_PAYLOAD_VERSION = 1;

export type WebhookEventType = 'alert.created' | 'case.state_changed';

/** The JSON posted to WEBHOOK_URL: one per new alert (its case's `new` event) and one per later state change. */
export function toWebhookPayload(event: CaseEvent, found: Case, record: AlertRecord) {
  return {
    version: WEBHOOK_PAYLOAD_VERSION,
    type: (event.state === 'new' ? 'alert.created' : 'case.state_changed') as WebhookEventType,
    at: event.at,
    actor: event.actor,
    alert: {
      number: record.number,
      severity: record.severity,
      tlp: record.tlp,
      claim_status: record.claimStatus,
      organization: { id: record.organization.id, name: record.organization.name, sector: record.organization.sector ?? null, country: record.organization.country ?? null },
      kind: record.kind,
      claim: { record_count: record.claim.recordCount, data_types: record.claim.dataTypes, price: record.claim.price, seller_handles: record.claim.sellerHandles },
      source: { id: record.source.id, url: record.source.url },
      first_seen: record.firstSeen,
      last_seen: record.lastSeen,
      evidence: { excerpt: record.evidence.excerpt, sha256: record.evidence.sha256, screenshot: record.evidence.screenshotPath },
    },
    case: { state: event.state, current_state: found.state, confirmed_at: found.confirmedAt, sightings: found.sightings },
  };
}
