import type { Organization } from '../model/organization.js';
import type { Alert, Hit, Store, StoredPosting } from '../store/index.js';

/** Everything a renderer needs to show one alert, read back from the store. */
export interface AlertView {
  alert: Alert;
  hit: Hit;
  posting: StoredPosting;
  organization: Organization;
}

export function loadAlertView(store: Store, alertId: number): AlertView | undefined {
  const alert = store.alerts.get(alertId);
  if (!alert) return undefined;
  const hit = store.hits.get(alert.hitId);
  const posting = hit ? store.postings.get(hit.postingId) : undefined;
  const organization = store.watchlist.get(alert.orgId) ?? (hit ? { id: alert.orgId, name: alert.orgId, aliases: [], domains: [], keywords: [] } : undefined);
  if (!hit || !posting || !organization) return undefined;
  return { alert, hit, posting, organization };
}
