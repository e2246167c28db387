import type { Organization } from '../src/model/organization.js';
import { createRandom } from './synthetic-postings.js';

/**
 * Input for the matcher benchmark: watchlists of any size that look like real ones (company
 * names in seven languages, aliases, domains) and posting-sized texts in those languages that
 * now and then name a watched organization. Both are deterministic, and a watchlist of N terms
 * is the first N terms of the 100,000-term one, so every size reads the same text and the
 * larger lists find what the smaller ones find and more.
 */

type Pick = <T>(items: readonly T[]) => T;
const picker = (random: () => number): Pick => (items) => items[Math.floor(random() * items.length)]!;

const SYLLABLES = [
  'me', 'di', 'pra', 'vel', 'kor', 'tan', 'lu', 'ber', 'gio', 'ssa', 'ro', 'mar', 'ten', 'dal', 'fi', 'no', 'sté',
  'zu', 'qui', 'bra', 'lé', 'chen', 'stro', 'gal', 'ven', 'ña', 'ão', 'mü', 'hof', 'vis', 'tra', 'sel', 'ka', 'rin',
  'pol', 'cé', 'ter', 'wald', 'ria', 'dor',
];
const SYLLABLES_RU = ['ра', 'но', 'вол', 'ски', 'тех', 'мир', 'газ', 'сев', 'ком', 'лек', 'про', 'дон', 'строй', 'ба', 'ви', 'тор'];
const NAME_FORMS: Record<string, readonly ((core: string) => string)[]> = {
  fr: [(c) => `Groupe ${c}`, (c) => `Pharmacies ${c}`, (c) => `${c} Assurances`, (c) => `Transports ${c}`, (c) => `Crédit ${c}`, (c) => `${c} Énergie`],
  es: [(c) => `Grupo ${c}`, (c) => `Farmacias ${c}`, (c) => `${c} Logística`, (c) => `Banco ${c}`, (c) => `Seguros ${c}`, (c) => `Construcciones ${c} S.A.`],
  pt: [(c) => `Drogaria ${c}`, (c) => `${c} Logística`, (c) => `Banco ${c}`, (c) => `Seguradora ${c}`, (c) => `Supermercados ${c}`],
  de: [(c) => `${c} GmbH`, (c) => `${c} Logistik`, (c) => `Stadtwerke ${c}`, (c) => `${c} Versicherung AG`, (c) => `${c}-Apotheke`],
  it: [(c) => `Banca ${c}`, (c) => `${c} S.p.A.`, (c) => `Farmacia ${c}`, (c) => `Gruppo ${c}`, (c) => `Assicurazioni ${c}`],
  en: [(c) => `${c} Holdings`, (c) => `${c} Logistics`, (c) => `${c} Health`, (c) => `${c} Bank`, (c) => `${c} Retail Group`],
  ru: [(c) => `ООО ${c}`, (c) => `${c}банк`, (c) => `Группа ${c}`, (c) => `${c}Строй`],
};
const TLDS: Record<string, readonly string[]> = {
  fr: ['fr', 'com'], es: ['es', 'com'], pt: ['com.br', 'pt'], de: ['de', 'at'], it: ['it', 'com'], en: ['com', 'co.uk', 'ca'], ru: ['ru', 'com'],
};
const LANGUAGES = ['en', 'fr', 'es', 'pt', 'de', 'it', 'ru'] as const;
const TRANSLIT: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', х: 'h', ч: 'ch', ш: 'sh', ы: 'y', ф: 'f', ц: 'ts', щ: 'sch', э: 'e', ю: 'yu', я: 'ya' };

const toAscii = (word: string): string => [...word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('').replace(/[^a-z0-9]/g, '');

/**
 * Organizations whose names, aliases and domains add up to exactly `terms` watchlist terms
 * (context keywords are left out: the sizes count what the issue calls aliases). The seed
 * organizations come first, so real names such as Médiprix are in every list.
 */
export function syntheticWatchlist(seeds: readonly Organization[], terms: number, seed = 7): Organization[] {
  const random = createRandom(seed);
  const pick = picker(random);
  const organizations: Organization[] = [];
  let left = terms;
  const take = (list: string[]): string[] => {
    const kept = list.slice(0, Math.max(0, left));
    left -= kept.length;
    return kept;
  };
  for (const org of seeds) {
    if (left <= 0) break;
    const [name] = take([org.name]);
    organizations.push({ ...org, name: name!, aliases: take(org.aliases), domains: take(org.domains), keywords: [] });
  }
  const cores = new Set<string>();
  while (left > 0) {
    const language = pick(LANGUAGES);
    let core = '';
    // Three syllables at least: a two-syllable core ("Rome", "Tanlu") is too often a plain word.
    while (core === '' || cores.has(core)) {
      const syllables = language === 'ru' ? SYLLABLES_RU : SYLLABLES;
      const parts = Array.from({ length: 3 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
      core = parts[0]!.toUpperCase() + parts.slice(1);
    }
    cores.add(core);
    const [name] = take([pick(NAME_FORMS[language]!)(core)]);
    const aliases = take(random() < 0.7 ? [core] : [core, `${core} ${language.toUpperCase()}`]);
    const domains = take(random() < 0.8 ? [`${toAscii(core)}.${pick(TLDS[language]!)}`] : []);
    organizations.push({ id: `syn-${organizations.length}`, name: name!, aliases, domains, keywords: [] });
  }
  return organizations;
}

const WORDS: Record<string, readonly string[]> = {
  en: ['the', 'database', 'customers', 'fresh', 'dump', 'records', 'access', 'price', 'escrow', 'contact', 'private', 'sample', 'full', 'leak', 'admin', 'panel', 'verified', 'shipping', 'orders', 'anyone', 'know', 'good', 'provider', 'market', 'update', 'stay', 'safe', 'today', 'new', 'tools', 'with', 'from', 'and', 'for', 'only', 'payment', 'crypto', 'channel', 'thread', 'bump'],
  fr: ['base', 'clients', 'fichier', 'complète', 'données', 'téléphone', 'adresse', 'prix', 'contactez', 'échantillon', 'fraîche', 'accès', 'vente', 'lignes', 'mutuelle', 'carte', 'santé', 'pharmacie', 'garantie', 'livraison', 'rapide', 'bonjour', 'à', 'tous', 'les', 'des', 'avec', 'pour', 'réseau', 'sécurité', 'déjà', 'où', 'être', 'très', 'français'],
  es: ['base', 'datos', 'clientes', 'filtración', 'registros', 'correo', 'teléfono', 'dirección', 'precio', 'muestra', 'completa', 'acceso', 'venta', 'contraseñas', 'pagos', 'envío', 'rápido', 'señor', 'año', 'también', 'más', 'sólo', 'empresa', 'información', 'nueva', 'los', 'las', 'con', 'para', 'por'],
  pt: ['banco', 'dados', 'clientes', 'vazamento', 'registros', 'telefone', 'endereço', 'preço', 'amostra', 'completa', 'acesso', 'venda', 'senhas', 'pagamento', 'ação', 'informações', 'não', 'são', 'também', 'então', 'você', 'empresa', 'nova', 'os', 'as', 'com', 'para', 'por', 'está'],
  de: ['Datenbank', 'Kunden', 'Datensätze', 'Zugang', 'Preis', 'Muster', 'vollständig', 'Telefonnummer', 'Adresse', 'Verkauf', 'Passwörter', 'Zahlung', 'schnell', 'größte', 'Straße', 'für', 'über', 'mit', 'und', 'der', 'die', 'das', 'neue', 'Lieferung', 'Sicherheit', 'Bestellungen', 'geprüft'],
  it: ['database', 'clienti', 'record', 'accesso', 'prezzo', 'campione', 'completo', 'telefono', 'indirizzo', 'vendita', 'password', 'pagamento', 'città', 'perché', 'più', 'già', 'società', 'nuovo', 'il', 'la', 'con', 'per', 'della', 'sicurezza', 'ordini', 'spedizione', 'veloce'],
  ru: ['база', 'клиентов', 'продам', 'доступ', 'цена', 'записей', 'телефон', 'адрес', 'пароли', 'свежая', 'полная', 'оплата', 'гарант', 'пишите', 'в', 'лс', 'и', 'для', 'с', 'на', 'новый', 'слив', 'данные', 'компании', 'проверено', 'быстро', 'магазин'],
};
const EMOJI = ['🔥', '💰', '📩', '⏳', '✅', '🚨', '💾', '🔓', '👉', '🇫🇷', '🇧🇷'];
const PUNCTUATION = ['.', '.', '!', '?', '…', ':', ';'];
const MENTIONS: readonly ((org: string, n: number) => string)[] = [
  (o, n) => `[SELLING] ${o} customer database — ${n.toLocaleString('en-US')} records — $1,500, escrow accepted.`,
  (o, n) => `[VENTE] Base clients ${o} : ${n.toLocaleString('fr-FR')} lignes, nom, e-mail, téléphone 💰 900 USDT`,
  (o, n) => `Продам базу ${o}, ${Math.round(n / 1000)}к строк, ФИО, телефон. Цена в ЛС`,
  (o, n) => `Filtración de ${o}: ${(n / 1e6).toFixed(1).replace('.', ',')}M registros con DNI y dirección.`,
  (o, n) => `Vazamento ${o} — ${Math.round(n / 1000)} mil clientes, CPF e senhas 🔓`,
  (o, n) => `Datenleck bei ${o}: ${n.toLocaleString('de-DE')} Datensätze inkl. IBAN.`,
  (o, n) => `Vendo database ${o}, ${n.toLocaleString('it-IT')} righe, prezzo trattabile.`,
  (o) => `Reuters reports that ${o} confirmed an incident last week; no data was published.`,
];
const DISGUISES: readonly ((name: string, random: () => number) => string)[] = [
  (name) => name,
  (name) => name,
  (name) => name.toUpperCase(),
  (name) => [...name].join(' '),
  (name) => name.replace(/([a-zé])([a-z]{2,})$/i, '$1-$2'),
  (name) => name.replace(/o/g, '0').replace(/i/g, '1').replace(/e/g, '3'),
  (name, random) => {
    const at = 1 + Math.floor(random() * Math.max(1, name.length - 2));
    return name.slice(0, at) + name.slice(at + 1);
  },
];

/** Everything a text may name: the real seed terms and the terms of the 100,000-term watchlist. */
export interface MentionPool {
  names: string[];
  domains: string[];
  seedNames: string[];
  seedDomains: string[];
}

/** `seedCount`: how many of the organizations, at the front, are the real seed ones. */
export function toMentionPool(organizations: readonly Organization[], seedCount: number): MentionPool {
  const seeds = organizations.slice(0, seedCount);
  return {
    names: organizations.flatMap((org) => [org.name, ...org.aliases]),
    domains: organizations.flatMap((org) => org.domains),
    seedNames: seeds.flatMap((org) => [org.name, ...org.aliases]),
    seedDomains: seeds.flatMap((org) => org.domains),
  };
}

/**
 * Posting-sized texts (2–20 KB of UTF-8 each, in one main language with some lines in others),
 * one at a time, until `totalBytes` have been produced: the benchmark never holds 50 MB at
 * once, as the product never holds more than one posting (capped at 1 MB) per analysis.
 */
export function* syntheticPostingTexts(pool: MentionPool, totalBytes: number, seed = 11): Generator<{ text: string; bytes: number }> {
  const random = createRandom(seed);
  const pick = picker(random);
  let produced = 0;
  while (produced < totalBytes) {
    const main = pick(LANGUAGES);
    const target = Math.min(totalBytes - produced, 2048 + Math.floor(random() * 18 * 1024));
    const lines: string[] = [];
    let bytes = 0;
    while (bytes < target) {
      const line = syntheticLine(random() < 0.8 ? main : pick(LANGUAGES), pool, random, pick);
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
    produced += bytes;
    yield { text: lines.join('\n'), bytes };
  }
}

function syntheticLine(language: string, pool: MentionPool, random: () => number, pick: Pick): string {
  const roll = random();
  const n = 1000 + Math.floor(random() * 3_000_000);
  if (roll < 0.03) {
    // Half the mentions are real seed names (always watched), half are drawn from the whole
    // 100,000-term list, so a bigger watchlist finds more of them.
    const name = random() < 0.5 ? pick(pool.seedNames) : pick(pool.names);
    return pick(MENTIONS)(pick(DISGUISES)(name, random), n);
  }
  if (roll < 0.045) {
    const domain = random() < 0.5 ? pick(pool.seedDomains) : pick(pool.domains);
    return pick([
      `contact: admin@${domain} / https://portal.${domain}/login — ${n % 97} shells`,
      `/exports/${domain.split('.')[0]}_clientes_${n % 2024}.csv  ${(n / 1e5).toFixed(1)} GB`,
    ]);
  }
  if (roll < 0.09) {
    // Combolist rows: leetspeak, digits and punctuation inside long tokens.
    return `${pick(WORDS.en!)}${n % 1000}@gmail.com:P4ssw0rd${n % 89}! | ${(n * 2654435761 >>> 0).toString(16)}${n.toString(36)} | +33 6 ${n % 100} ${(n >> 3) % 100} 12 34`;
  }
  const words = WORDS[language]!;
  const count = 6 + Math.floor(random() * 14);
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = random();
    if (r < 0.06) parts.push(String(Math.floor(random() * 100_000)));
    else if (r < 0.09) parts.push(pick(EMOJI));
    else parts.push(pick(words));
  }
  const line = parts.join(' ');
  return `${line[0]!.toUpperCase()}${line.slice(1)}${pick(PUNCTUATION)}`;
}
