import type { Organization } from '../src/model/organization.js';
import type { SourceKind } from '../src/model/posting.js';

/** A small deterministic generator, so every bench run measures the same input. */
export function createRandom(seed = 42): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SALE = [
  (org: string, n: number) => `[SELLING] ${org} customer database — ${n.toLocaleString('en-US')} records — name, email, phone, address — $1,200 escrow — DM @seller_${n % 97}`,
  (org: string, n: number) => `🔥 VENTE 🔥 Base clients ${org} — ${n.toLocaleString('fr-FR')} clients : nom, email, téléphone 💰 900 USDT 📩 @vendeur_${n % 89}`,
  (org: string, n: number) => `Продам базу ${org}, ${Math.round(n / 1000)}к строк, ФИО, телефон, email. Цена в ЛС`,
  (org: string, n: number) => `${org.toUpperCase()} | 120 GB — finance, HR, contracts | ⏳ 03d 11h 02m | ${n % 10} files published`,
];
const NOISE = [
  (n: number) => `Anyone know a good VPS provider that takes crypto? Need ${n % 16} cores for a scraping project, no KYC.`,
  (n: number) => `📢 Nouveau canal ! Rejoignez-nous pour les promos du jour, ${n % 50} % sur les abonnements streaming.`,
  (n: number) => `How do you tell a fresh combo list from a repack? Check the hash formats and the signup dates on ${n % 30} random rows.`,
  (n: number) => `Market update: BTC at ${(n % 90) + 10}k, alts bleeding, stay safe out there and use escrow.`,
  (n: number) => `Rdv ${n % 24} h devant la pharmacie, j'ai ton colis. Cash seulement.`,
];
const KINDS: SourceKind[] = ['telegram', 'forum', 'dls', 'paste', 'market', 'chat'];

/** Shaped like a line of `leakwatch ingest`, so it goes through the same `toPosting`. */
export interface SyntheticPosting {
  [field: string]: unknown;
  id: string;
  source: SourceKind;
  text: string;
}

/** `count` postings; about `hitShare` of them name a watched organization in a sale or leak. */
export function syntheticPostings(organizations: Organization[], count: number, hitShare = 0.2, seed = 42): SyntheticPosting[] {
  const random = createRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const n = 1000 + Math.floor(random() * 2_000_000);
    const text = random() < hitShare ? pick(SALE)(pick(organizations).name, n) : pick(NOISE)(n);
    return { id: `syn-${index}`, source: pick(KINDS), text: `${text}\nref ${index}` };
  });
}
