import { readFileSync } from 'node:fs';
import { toHost, toStableFraction, toVictimKey } from './victim-names.js';
import type { BuiltSet } from './built-set.js';

/**
 * The known-breaches indexes (RaidForums, BreachForums official and unofficial, LeakBase.pw) as
 * forum sale titles. Each record gives a dump's name, its site and its record count; the title
 * is written in one of the shapes sale threads take, chosen by a stable hash, and the count in
 * one of the ways sellers write it. About 70 % of the breached sites are watched; the others'
 * titles must raise no alert. Labels come from the records: the site, the count, kind sale.
 */
interface IndexRecord { dump_name?: unknown; info?: unknown; record_count?: unknown }

const FILES = ['RaidForums.json', 'BreachForums_Official_Index.json', 'BreachForums_Unofficial_Index.json', 'LeakBase.pw.json'];

interface Breach { key: string; name: string; domain: string | null; count: number }

function toBreach(record: IndexRecord): Breach | null {
  const dump = typeof record.dump_name === 'string' && record.dump_name !== 'null' ? record.dump_name.trim() : '';
  const info = typeof record.info === 'string' ? record.info.trim() : '';
  const count = Number(String(record.record_count ?? '').replace(/[^\d]/g, ''));
  if (!Number.isFinite(count) || count < 100) return null;
  // LeakBase: "CrossFire - cfire.mail.ru", "Nintendo (2012)", "eSportsindo.com (VB Exploit)".
  const [left, right] = dump.split(/\s+-\s+/u);
  const domain = toHost((right ?? left ?? '').replace(/\s*\(.*\)$/u, '')) ?? null;
  let name = info.replace(/\s*\((?:Database|Scrape|Combolist|Leak)\)\s*$/iu, '').replace(/\s+(?:Database|DB|Scrape|Leak)$/iu, '').replace(/\s*\([^)]*\)\s*$/u, '').trim();
  if (!name) name = (right ? left! : dump).replace(/\s*\(.*\)$/u, '').trim();
  if (toHost(name) && domain === null) name = name.replace(/\.[a-z.]+$/iu, '');
  if (name.replace(/[^\p{L}]/gu, '').length < 2 || name.split(/\s+/u).length > 6) return null;
  const key = toVictimKey(domain ? domain.split('.')[0]! : name);
  return key.length >= 2 ? { key, name, domain, count } : null;
}

const withCommas = (value: number) => value.toLocaleString('en-US');
const withSpaces = (value: number) => value.toLocaleString('en-US').replace(/,/g, ' ');
/** "1.37M", "166k": the value the seller's rounding states. */
function abbreviated(value: number): { text: string; value: number } {
  if (value >= 1_000_000) { const m = Math.round(value / 10_000) / 100; return { text: `${m}M`, value: Math.round(m * 1_000_000) }; }
  const k = Math.round(value / 1000);
  return { text: `${k}k`, value: k * 1000 };
}

const TITLES: ((name: string, site: string, count: string) => string)[] = [
  (name, _site, count) => `[SELLING] ${name} Database - ${count} records`,
  (_name, site, count) => `Selling ${site} database | ${count} users`,
  (name, _site, count) => `${name} DB for sale (${count} lines) - escrow accepted`,
  (name, site, count) => `[SALE] ${name} (${site}) — ${count} accounts, email:pass`,
  (name, _site, count) => `WTS ${name} user database, ${count} rows, price in PM`,
  (_name, site, count) => `${site} - ${count} records - selling full dump`,
];

export function buildBreachIndexSet(corporaDir: string): BuiltSet {
  const breaches: Breach[] = [];
  for (const file of FILES) {
    const records = JSON.parse(readFileSync(`${corporaDir}/known-breaches/${file}`, 'utf8')) as IndexRecord[];
    for (const record of records) { const breach = toBreach(record); if (breach) breaches.push(breach); }
  }
  const byKey = new Map<string, { name: string; domains: Set<string> }>();
  for (const breach of breaches) {
    const known = byKey.get(breach.key) ?? { name: breach.name, domains: new Set<string>() };
    if (breach.domain) known.domains.add(breach.domain);
    byKey.set(breach.key, known);
  }
  const watchedKeys = [...byKey.keys()].filter((key) => toStableFraction(`${key}#watched`) < 0.7).sort();
  const ids = new Map(watchedKeys.map((key, index) => [key, `b${String(index + 1).padStart(4, '0')}`]));
  const organizations = watchedKeys.map((key) => ({ id: ids.get(key)!, name: byKey.get(key)!.name, aliases: [], domains: [...byKey.get(key)!.domains] }));
  const postings = breaches.map((breach, index) => {
    const shape = Math.floor(toStableFraction(`${breach.key}#${index}`) * TITLES.length);
    const site = breach.domain ?? breach.name;
    const countForm = Math.floor(toStableFraction(`${breach.key}#count${index}`) * 3);
    const stated = countForm === 0 ? { text: withCommas(breach.count), value: breach.count } : countForm === 1 ? { text: withSpaces(breach.count), value: breach.count } : abbreviated(breach.count);
    const orgId = ids.get(breach.key);
    return {
      id: `bi-${index + 1}`, source: 'forum', lang: 'en', text: TITLES[shape]!(breach.name, site, stated.text),
      // Only the shape that says "email:pass" states data types.
      expect: { orgs: orgId ? [orgId] : [], kind: 'sale', record_count: stated.value, data_types: shape === 3 ? ['email', 'password'] : [] },
      note: 'known-breaches index record written as a sale title',
    };
  });
  return { watchlist: { organizations }, postings };
}
