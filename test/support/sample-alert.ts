import type { Analysis } from '../../src/model/analysis.js';
import type { Organization } from '../../src/model/organization.js';
import type { Store } from '../../src/store/index.js';

export const mediprix: Organization = {
  id: 'mediprix', name: 'Médiprix', aliases: ['Mediprix'], domains: ['mediprix.fr'], sector: 'pharmacy', country: 'FR', keywords: ['pharmacie'],
};

export const saleAnalysis = (orgId = 'mediprix'): Analysis => ({
  orgs: [orgId], kind: 'sale', recordCount: 150_000, dataTypes: ['name', 'email', 'phone'], severity: 'high',
  severityReasons: ['sale of personal data', '150,000 records'], alert: true,
  matches: [{ org: orgId, term: 'Médiprix', how: 'name', start: 20, end: 28, quote: 'Médiprix', weak: false, corroboration: [] }],
  leads: [], price: { amount: 1500, currency: 'USDT' }, sellerHandles: ['@seller_x'], describedVictim: null,
});

/** Store a posting, its hit and its alert directly, queued for the given destinations. */
export function storeSampleAlert(store: Store, destinations: string[], externalId = 'p1') {
  if (!store.watchlist.get(mediprix.id)) store.watchlist.put(mediprix, 'test');
  const postingId = store.postings.insert({ sourceId: 'test', externalId, text: `[VENTE] Base clients Médiprix ${externalId}` }, `hash-${externalId}`, null);
  const hitId = store.hits.insert(postingId, mediprix.id, saleAnalysis())!;
  return store.alerts.enqueue(hitId, mediprix.id, 'high', destinations);
}
