import { readWatchlistFile } from '../../src/cli/app-context.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { Organization } from '../../src/model/organization.js';
import type { Posting } from '../../src/model/posting.js';
import type { Alert, Store } from '../../src/store/index.js';
import { toContentHash } from '../../src/pipeline/content-hash.js';

/**
 * The three seed cases with fixed analyses, so the golden files test the templates,
 * not the detector: the Médiprix customer file sold on Telegram, the OCS sales data leak, and
 * Canada Post's tracking tool giving access to OCS deliveries.
 */
export interface SeedCase {
  id: string;
  orgId: string;
  contact: NonNullable<Organization['contact']>;
  posting: Posting;
  analysis: Analysis;
}

const match = (org: string, quote: string, start: number) => ({ org, term: quote, how: 'name', start, end: start + quote.length, quote, weak: false, corroboration: [] });

export const SEED_CASES: SeedCase[] = [
  {
    id: 'mediprix-telegram-sale',
    orgId: 'mediprix',
    contact: { email: 'dpo@mediprix.example', name: 'Jeanne Martin', role: 'DPO' },
    posting: {
      sourceId: 'telegram', externalId: '-1001111/77', sourceKind: 'telegram', url: 'https://t.me/darkleaks_market/77', publishedAt: '2026-11-21T22:14:00.000Z',
      meta: { chatTitle: 'Dark Leaks 🏴' },
      text: '🔥 VENTE 🔥 Base clients du groupement Médiprix 🇫🇷\n👥 150 000 clients du programme de fidélité : nom, prénom, email (j•••@mediprix.fr), téléphone, adresse postale\n📂 Dossiers « mutuelle » et « carte Vitale » inclus\n💰 1 500 USDT, crypto uniquement\n📩 @demo_seller_x',
    },
    analysis: {
      orgs: ['mediprix'], kind: 'sale', recordCount: 150_000, dataTypes: ['name', 'email', 'phone', 'postal_address', 'health_insurance'],
      severity: 'critical', severityReasons: ['data offered for sale', 'sensitive data: health_insurance', 'large volume: 150,000 records'], alert: true,
      matches: [match('mediprix', 'Médiprix', 47)], leads: [], price: { amount: 1500, currency: 'USDT' }, sellerHandles: ['@demo_seller_x'], describedVictim: null,
    },
  },
  {
    id: 'ocs-sales-leak',
    orgId: 'ocs',
    contact: { email: 'privacy@ocs.example', name: 'Privacy Office', role: 'Privacy' },
    posting: {
      sourceId: 'breachforum', externalId: 't-5512', sourceKind: 'forum', url: 'http://forum.example.onion/t/5512', publishedAt: '2026-11-20T08:00:00.000Z',
      text: '[LEAK] Ontario Cannabis Store — store-level sales reports 2022\nWeekly sell-through per licensed retailer, SKU and store. Free download, 410k rows, csv.',
    },
    analysis: {
      orgs: ['ocs'], kind: 'leak', recordCount: 410_000, dataTypes: ['sales_data'], severity: 'medium',
      severityReasons: ['data published or shared', 'business data without personal data'], alert: true,
      matches: [match('ocs', 'Ontario Cannabis Store', 7)], leads: [], price: null, sellerHandles: [], describedVictim: null,
    },
  },
  {
    id: 'canada-post-ocs-access',
    orgId: 'canada_post',
    contact: { email: 'security@canadapost.example', role: 'Security' },
    posting: {
      sourceId: 'xss-market', externalId: 'a-88', sourceKind: 'forum', publishedAt: '2026-11-19T17:30:00.000Z',
      text: '[ACCESS] Canada Post tracking tool — delivery details of ~4 500 OCS orders (names, addresses, tracking PINs). Access for sale, $800, escrow.',
    },
    analysis: {
      orgs: ['canada_post'], kind: 'access', recordCount: 4_500, dataTypes: ['name', 'postal_address', 'tracking', 'access'], severity: 'high',
      severityReasons: ["access to the organization's systems is offered", 'personal data: names and addresses'], alert: true,
      matches: [match('canada_post', 'Canada Post', 9)], leads: [], price: { amount: 800, currency: 'USD' }, sellerHandles: [], describedVictim: null,
    },
  },
];

/** Load the seed watchlist with the cases' contacts, and store each case's posting, hit and alert. */
export function storeSeedCases(store: Store): Map<string, Alert> {
  const organizations = readWatchlistFile('seeds/watchlist.json').map((organization) => {
    const seed = SEED_CASES.find((candidate) => candidate.orgId === organization.id);
    return seed ? { ...organization, contact: seed.contact } : organization;
  });
  store.watchlist.importAll(organizations, 'seed', 'watch.seed');
  const alerts = new Map<string, Alert>();
  for (const seed of SEED_CASES) {
    const postingId = store.postings.insert(seed.posting, toContentHash(seed.posting.text), null);
    const hitId = store.hits.insert(postingId, seed.orgId, seed.analysis)!;
    alerts.set(seed.id, store.alerts.enqueue(hitId, seed.orgId, seed.analysis.severity, []));
  }
  return alerts;
}
