import type { ContextWord } from './context-evidence.js';
import type { TermOccurrence } from './compiled-watchlist.js';
import { LEGAL_FORMS, MARKET_JARGON } from './lexicon/ambiguous-words.js';
import { commonWords } from './lexicon/common-words.js';
import { normalizeText, quoteOriginal, type NormalizedText } from './normalize-text.js';
import { isInMailProviderList, roleOfMention } from './mention-roles.js';

/** How far around a weak term corroboration is looked for, in normalized characters. */
const CONTEXT_RADIUS = 300;

const LANGUAGES = ['en', 'fr', 'es', 'pt', 'de', 'it', 'ru', 'nl'];
const countryNames = new Map<string, ReadonlySet<string>>();

/** The country's name in the languages sellers write, compact and normalized ("canada", "канада", "georgien"). */
function isCountryName(compact: string, country: string): boolean {
  let names = countryNames.get(country);
  if (!names) {
    names = new Set(LANGUAGES.flatMap((language) => {
      const name = new Intl.DisplayNames([language], { type: 'region' }).of(country);
      return name && name !== country ? [normalizeText(name).text.replace(/[^\p{L}\p{N}]/gu, '')] : [];
    }));
    countryNames.set(country, names);
  }
  return names.has(compact) || compact === country.toLowerCase();
}

/**
 * What makes a weak term (OCS, Boots, Sage) credible, with its weight; 1 is enough. The
 * organization's own domain or another of its names weighs 2; one of its keywords 1 (half
 * when the keyword is an ordinary word like "clientes" or "store"); a word of its sector 1;
 * its country half at most, however often it is named — a flag and "Canada" next to "CPC" in
 * an ad for cost-per-click traffic must not add up to Canada Post; its country code in
 * capitals right after the name ("Vivo BR") 1. Trade jargon (DB, VPN) is corroborated only by
 * the organization's own keywords, names or domain. A common word written in capitals in a
 * line written in lower case ("OTTO Marktplatz") is being used as a name: 1.
 */
export function corroborateWeakTerm(mention: TermOccurrence, orgOccurrences: TermOccurrence[], context: ContextWord[], sector: string | undefined, country: string | undefined, normalized: NormalizedText, nameWords: ReadonlySet<string> = new Set()): string[] {
  const whole = normalized.text.length <= 2 * CONTEXT_RADIUS;
  const near = (index: number) => whole || Math.abs(index - mention.from) <= CONTEXT_RADIUS;
  const found: string[] = [];
  let weight = 0;
  let countryWeight = 0;
  const jargon = MARKET_JARGON.has(mention.term.compact);
  const quote = (from: number, to: number) => quoteOriginal(normalized, from, to);
  const countryWordAt = new Set(context.filter((word) => word.kind === 'country').map((word) => word.index));
  for (const other of whole ? orgOccurrences : nearFirst(orgOccurrences, mention.from)) {
    if (other === mention || !near(other.from) || (other.from < mention.to && other.to > mention.from)) continue;
    if (other.term.role === 'keyword') {
      found.push(`keyword "${quote(other.from, other.to)}"`);
      // Its country's name weighs as any mention of the country; a province or a town of its own
      // keywords ("Nova Scotia", "Truro") places it more closely and counts as a keyword.
      if (countryWordAt.has(other.from) && (country === undefined || isCountryName(other.term.compact, country))) countryWeight = 0.5;
      // An ordinary word ("beira", "clientes") counts half, unless capitalized inside a sentence, where it names the place ("BSF Beira").
      else weight += commonWords().has(other.term.compact) && !isCapitalizedMidSentence(normalized, other) && !isSetRightAfter(normalized.text, mention, other.from) ? 0.5 : 1;
      continue;
    }
    if (other.term.compact === mention.term.compact) continue;
    // "più grande di quello della Popolare della Valle": a name cited as a yardstick, a client
    // or a carrier vouches for nothing.
    if (roleOfMention(normalized, other) !== null) continue;
    if (other.term.role === 'domain' && other.place === 'email-domain' && isInMailProviderList(normalized.text, other.from)) continue;
    if (other.term.role === 'domain') { found.push(`domain "${quote(other.from, other.to)}"`); weight += 2; continue; }
    if (!other.term.weak) { found.push(`another of its names "${quote(other.from, other.to)}"`); weight += 2; continue; }
    found.push(`another of its terms "${quote(other.from, other.to)}"`);
    weight += 1;
  }
  if (!jargon) {
    for (const word of whole ? context : nearFirst(context, mention.from)) {
      if (!near(word.index) || (word.index >= mention.from && word.index < mention.to)) continue;
      if (word.kind === 'sector' && word.value === sector) { found.push(`sector word "${word.word}"`); weight += 1; }
      if (word.kind === 'country' && word.value === country) {
        found.push(`country "${word.word}"`);
        // "farmacia el faro (honduras)": its country set right after the name, as a code would be ("Vivo BR"), places it: 1.
        if (isSetRightAfter(normalized.text, mention, word.index)) weight += 1;
        else countryWeight = 0.5;
      }
    }
    const originalEnd = normalized.ends[mention.to - 1]!;
    const originalAfter = normalized.original.slice(originalEnd, originalEnd + 4);
    if (country && countryCodeAfter(country).test(originalAfter)) { found.push(`country code "${country}"`); weight += 1; }
    // "HCG almeria (hortofruticola)", "OWW (Werft Wismar)": a distinctive word of its own full
    // name next to the acronym says which body it is.
    const ownWord = nameWords.size > 0 ? nameWordNear(normalized.text, mention, nameWords) : null;
    if (ownWord) { found.push(`a word of its name "${ownWord}"`); weight += 1; }
    // Capitals say a word is used as a name, not that it is this name: a word one letter off
    // ("WATERPARK" for Watermark) needs evidence of the organization itself.
    if (!mention.typo && mention.term.compact.length > 4 && !SHOUTED_WORDS.has(mention.term.compact) && isWrittenAsName(normalized, mention)) { found.push('written in capitals as a name'); weight += 1; }
    // "trabocco_clienti_2026.csv", "utl_sotrudniki.csv", "onda_crm_2025.tar": a name in a file named for the data it holds.
    if (mention.place === 'path') { const noun = dataNounInFileName(normalized.text, mention); if (noun) { found.push(`in a file of its data ("${noun}")`); weight += 1; } }
    // "gallura trasp. srl": a name of words cut short, followed by a legal form, is written as a company's name.
    if (mention.shortened && LEGAL_FORM_AFTER.test(normalized.text.slice(mention.to, mention.to + 12))) { found.push('followed by a legal form'); weight += 1; }
  }
  return weight + countryWeight >= 1 ? [...new Set(found)] : [];
}

/** A legal form right after a name: "srl", "GmbH", "S.A.", "Ltd". */
const LEGAL_FORM_AFTER = new RegExp(`^[.,]?\\s(?:${[...LEGAL_FORMS].join('|')}|s\\.?r\\.?l|s\\.?a|s\\.?p\\.?a|ltda)\\.?(?![\\p{L}])`, 'u');

/** "Vivo BR": the organization's country code in capitals right after its name; one pattern per country, made once. */
const countryCodePatterns = new Map<string, RegExp>();
function countryCodeAfter(country: string): RegExp {
  let pattern = countryCodePatterns.get(country);
  if (!pattern) {
    pattern = new RegExp(`^[\\s(]*${country === 'GB' ? '(?:GB|UK)' : country}(?![\\p{L}])`, 'u');
    countryCodePatterns.set(country, pattern);
  }
  return pattern;
}

/** "farmacia el faro (honduras)", "KDT, Chemnitz": a word set in brackets or after a comma or dash right after the name. */
function isSetRightAfter(text: string, mention: TermOccurrence, at: number): boolean {
  return at >= mention.to && at - mention.to <= 3 && /^\s?[(,–—-]\s?$/u.test(text.slice(mention.to, at));
}

/** What a file holds, in the words of its name. */
const FILE_DATA_NOUN = /(?:^|[_\-./])(clientes|clients|clienti|client|cliente|kunden|customers?|patients?|pacientes|pazienti|patienten|users?|usuarios|utenti|members|socios|soci|mitglieder|employees|empleados|dipendenti|mitarbeiter|staff|contracts|contratos|contratti|vertraege|crm|erp|billing|orders|pedidos|ordini|bestellungen|invoices|facturas|fatture|rechnungen|клиенты|сотрудники|пациенты|договоры|klienty|sotrudniki|pacienty|dogovory|abonenty|абоненты)(?=$|[_\-./\d])/u;

/**
 * The data noun of the file name holding the mention, or null. The mention opens the file name or
 * one of its parts (never an extension: "clients.csv" names no "CSV").
 */
function dataNounInFileName(text: string, mention: TermOccurrence): string | null {
  const before = text.charCodeAt(mention.from - 1);
  if (before === 46) return null;
  let start = mention.from;
  while (start > 0 && start > mention.from - 80 && !/\s/u.test(text[start - 1]!)) start -= 1;
  let end = mention.to;
  while (end < text.length && end < mention.to + 80 && !/\s/u.test(text[end]!)) end += 1;
  const token = text.slice(start, mention.from) + '_' + text.slice(mention.to, end);
  return FILE_DATA_NOUN.exec(token)?.[1] ?? null;
}

/** Whether the term is written with a capital where a sentence does not start: used as a proper noun. */
function isCapitalizedMidSentence(normalized: NormalizedText, occurrence: TermOccurrence): boolean {
  const start = normalized.starts[occurrence.from]!;
  if (!/^\p{Lu}/u.test(normalized.original.slice(start, start + 1))) return false;
  const before = normalized.original.slice(Math.max(0, start - 20), start);
  return /[\p{L}\p{N},]\s*$/u.test(before);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Within a short reach of the mention (not inside it), a word of `nameWords`. */
function nameWordNear(text: string, mention: TermOccurrence, nameWords: ReadonlySet<string>): string | null {
  const from = Math.max(0, mention.from - NAME_WORD_REACH);
  const window = text.slice(from, mention.to + NAME_WORD_REACH);
  const words: string[] = [];
  let ownWord: string | null = null;
  for (const found of window.matchAll(WORD)) {
    const at = from + found.index!;
    if (at >= mention.from && at < mention.to) continue;
    if (!CONNECTOR_WORDS.has(found[0])) words.push(found[0]);
    if (ownWord === null && nameWords.has(found[0])) ownWord = found[0];
  }
  // "CRO - Club de Remo Occidente": words that spell the acronym out name a body of their own;
  // its own full name spelled out would have matched as a name.
  return ownWord !== null && !spellsOut(words, mention.term.compact) ? ownWord : null;
}

const CONNECTOR_WORDS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'des', 'du', 'la', 'le', 'el', 'of', 'the', 'and', 'y', 'e', 'et', 'und', 'von', 'van', 'der']);

/** Whether consecutive words have the acronym's letters as their initials. */
function spellsOut(words: string[], acronym: string): boolean {
  if (acronym.length < 2 || acronym.length > 6) return false;
  for (let start = 0; start + acronym.length <= words.length; start += 1) {
    let k = 0;
    while (k < acronym.length && words[start + k]![0] === acronym[k]) k += 1;
    if (k === acronym.length) return true;
  }
  return false;
}
const NAME_WORD_REACH = 80;

/**
 * The items within CONTEXT_RADIUS of `at`, in their order in `items`. Looking through every
 * occurrence for every mention was quadratic: a million characters of "FDR NFL HCC …" took 26 s
 * (issue 13). The positions are sorted once per list and the window found by binary search.
 */
function nearFirst<Item extends { from: number } | { index: number }>(items: Item[], at: number): Item[] {
  const sorted = sortedPositions(items);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.position < at - CONTEXT_RADIUS) low = middle + 1; else high = middle;
  }
  const inWindow: number[] = [];
  for (let index = low; index < sorted.length && sorted[index]!.position <= at + CONTEXT_RADIUS; index += 1) inWindow.push(sorted[index]!.order);
  return inWindow.sort((a, b) => a - b).map((order) => items[order]!);
}

const positionsOf = new WeakMap<object[], { position: number; order: number }[]>();
function sortedPositions(items: ({ from: number } | { index: number })[]): { position: number; order: number }[] {
  let sorted = positionsOf.get(items);
  if (!sorted) {
    sorted = items.map((item, order) => ({ position: 'from' in item ? item.from : item.index, order })).sort((a, b) => a.position - b.position);
    positionsOf.set(items, sorted);
  }
  return sorted;
}

/** Words sellers shout whatever they sell ("🆓 FREE DROP"): capitals make none of them a name. */
const SHOUTED_WORDS = new Set(['free', 'new', 'hot', 'fresh', 'sale', 'leak', 'full', 'big', 'best', 'top', 'vip', 'premium', 'gratis', 'gratuit', 'dump', 'mega',
  'update', 'bonus', 'drop', 'private', 'exclusive', 'cheap', 'fast', 'real', 'valid', 'live', 'good', 'great', 'super', 'ultra', 'max', 'pro', 'plus', 'first', 'last']);

/** The quote is in capitals while the rest of its line is mostly lower case. */
function isWrittenAsName(normalized: NormalizedText, mention: TermOccurrence): boolean {
  const start = normalized.starts[mention.from]!;
  const end = normalized.ends[mention.to - 1]!;
  const quote = normalized.original.slice(start, end);
  if (quote !== quote.toUpperCase() || quote === quote.toLowerCase()) return false;
  // Line breaks are looked for only within the 200 characters read on each side (issue 13).
  const lineStart = Math.max(0, start - 200) + normalized.original.slice(Math.max(0, start - 200), start).lastIndexOf('\n') + 1;
  const breakAfter = normalized.original.slice(end, end + 200).indexOf('\n');
  const lineEndAt = breakAfter === -1 ? -1 : end + breakAfter;
  const line = normalized.original.slice(Math.max(lineStart, start - 200), lineEndAt === -1 ? Math.min(normalized.original.length, end + 200) : Math.min(lineEndAt, end + 200));
  const rest = (line.slice(0, start - Math.max(lineStart, start - 200)) + line.slice(end - Math.max(lineStart, start - 200))).replace(/[^\p{L}]/gu, '');
  if (rest.length < 8) return false;
  const lower = rest.replace(/[^\p{Ll}]/gu, '').length;
  return lower / rest.length >= 0.6;
}
