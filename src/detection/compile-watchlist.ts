import type { Organization } from '../model/organization.js';
import { buildAutomaton } from './word-start-trie.js';
import { SEP_SPACE } from './compact-view.js';
import { commonWords } from './lexicon/common-words.js';
import { normalizedTextOf, toCompactTermOf } from './normalize-text.js';
import { addFourBit, FOUR_BITS, fourBit } from './typo-keys.js';
import { buildDeletionIndex } from './deletion-index.js';
import { CCTLD } from './lexicon/country-domains.js';
import type { CompiledTerm, CompiledWatchlist, OrganizationPlaces, TermRole } from './compiled-watchlist.js';

export type { CompiledTerm, CompiledWatchlist, TermRole } from './compiled-watchlist.js';
import { scanVocabulary } from './lexicon/vocabulary.js';
import { toHostName, toSiteLabel } from './host-names.js';
import { SECTOR_TRADES, tradeOf } from './lexicon/business-nouns.js';
import { buildSubjectIndex } from './subject-index.js';
import { distinctiveWordAlone, genericMeaningOf, IN_FILE_NAMES_ONLY, initialsOf, nameVariants, SITE_NAME } from './name-variants.js';
import { NAME_FORM_WORDS } from './lexicon/ambiguous-words.js';
import { buildPhraseTypoIndex, toleratesPhraseTypo } from './phrase-typos.js';
import { buildTranslatedNameIndex } from './translated-names.js';
import { buildShortenedNameIndex } from './shortened-names.js';
import { textHash } from './words-read.js';

/** Names of eight letters or more tolerate one typo; shorter ones would match ordinary words. */
export const TYPO_MIN_LENGTH = 8;

/** A name of four letters or fewer (OCS, SOC, CPC, SDM) is weak whatever it is; a longer one when it is a common word. */
export function isWeakName(compact: string, breaks: Map<number, number>): boolean {
  if (compact.length <= 4) return true;
  // "Well's" is read "Wells": a name joined by an apostrophe or a hyphen is one word.
  if (!hasSpaceBreak(breaks)) return isCommonWord(compact);
  return isArticleAndCommonWord(compact, breaks);
}

function hasSpaceBreak(breaks: Map<number, number>): boolean {
  for (const sep of breaks.values()) if (sep === SEP_SPACE) return true;
  return false;
}

/** "La Sapienza" is also "the wisdom": an article and one ordinary word are as weak as the word. */
function isArticleAndCommonWord(compact: string, breaks: Map<number, number>): boolean {
  const first = breaks.keys().next().value!;
  return breaks.size === 1 && ARTICLES.has(compact.slice(0, first)) && isCommonWord(compact.slice(first));
}

/**
 * Whether a compact form is one of the common words, asked of a set of their hashes' bits
 * first: at 100,000 terms the look-ups in the set of 70,000 words, nearly all for names that
 * are none, were a tenth of the compile (each a few cache misses; the bits are 128 KB).
 */
function isCommonWord(word: string): boolean {
  commonBits ??= toCommonBits(commonWords());
  const hash = textHash(word);
  return (commonBits[(hash >>> 5) & (COMMON_BIT_WORDS - 1)]! & (1 << (hash & 31))) !== 0 && commonWords().has(word);
}

const COMMON_BIT_WORDS = 1 << 15;
let commonBits: Uint32Array | undefined;

function toCommonBits(words: ReadonlySet<string>): Uint32Array {
  const bits = new Uint32Array(COMMON_BIT_WORDS);
  for (const word of words) { const hash = textHash(word); bits[(hash >>> 5) & (COMMON_BIT_WORDS - 1)]! |= 1 << (hash & 31); }
  return bits;
}


/** Letters a site's name has at least to be read without its ending, and from which it is read without corroboration. */
const SITE_LABEL_MIN = 6;
const STRONG_SITE_LABEL = 10;

/** A keyword of an article and one word of five letters or more: "La Spezia". */
const ARTICLE_AND_WORD = /^(\S+)\s+(\S{5,})$/u;
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'gli', 'der', 'die', 'das', 'de', 'het', 'o', 'a', 'os', 'as']);

/**
 * Compile the watchlist once: every name, alias, domain and context keyword of every
 * organization goes into one automaton, so the cost of matching a posting does not depend on
 * how many organizations are watched.
 */
export function compileWatchlist(organizations: Organization[]): CompiledWatchlist {
  const patterns: string[] = [];
  const patternIds = createPatternIds(patterns);
  const patternTerms: CompiledTerm[] = [];
  const morePatternTerms = new Map<number, CompiledTerm[]>();
  const typoTerms: CompiledTerm[] = [];
  const phraseTypoTerms: CompiledTerm[] = [];
  const namesOfWords: CompiledTerm[] = [];
  const shortenable: CompiledTerm[] = [];
  const typoEnds = new Uint32Array(FOUR_BITS / 32);
  let typoMaxLength = 0;

  /** Adds one term; says whether it is weak. A variant of a weak name is weak too ("Магнита" of "Магнит"). */
  const add = (orgIndex: number, role: TermRole, term: string, variant?: string, weakAsBase = false): boolean => {
    const { compact, breaks } = toCompactTermOf(term);
    if (compact.length === 0) return false;
    const isName = role === 'name' || role === 'alias';
    const compiled: CompiledTerm = {
      orgIndex, role, term, compact, breaks,
      weak: isName && (weakAsBase || isWeakName(compact, breaks)),
      prefix: role === 'keyword' && compact.length >= 5 && breaks.size === 0,
      capitalizedIsStrong: isName && compact.length > 4 && breaks.size > 0 && isArticleAndCommonWord(compact, breaks),
    };
    if (variant) compiled.variant = howOf(variant);
    const id = internPattern(patternIds, compact);
    if (id < 0) {
      patternTerms.push(compiled);
    } else {
      const isSame = (other: CompiledTerm) => other.orgIndex === orgIndex && other.role === role && other.breaks.size === breaks.size;
      const more = morePatternTerms.get(id);
      if (isSame(patternTerms[id]!) || more?.some(isSame)) return compiled.weak;
      if (more) more.push(compiled); else morePatternTerms.set(id, [compiled]);
    }
    // A word read only in file names is matched as written: no typos, no other spellings of it.
    if (variant === IN_FILE_NAMES_ONLY) return compiled.weak;
    if (isName && compact.length >= TYPO_MIN_LENGTH && breaks.size === 0 && !isCommonWord(compact)) {
      typoMaxLength = Math.max(typoMaxLength, compact.length);
      // A word one edit away is one letter shorter, as long or one longer.
      const codes = toCodeUnits(compact, nameUnits);
      for (let length = compact.length - 1; length <= compact.length + 1; length += 1) {
        addFourBit(typoEnds, fourBit(codes, 0, length));
        addFourBit(typoEnds, fourBit(codes, compact.length - 4, length));
      }
      typoTerms.push(compiled);
    }
    if (isName && toleratesPhraseTypo(compiled) && !isCommonWord(compact)) phraseTypoTerms.push(compiled);
    if (isName && !variant && breaks.size > 0) namesOfWords.push(compiled);
    if (isName && breaks.size > 0 && !compiled.weak) shortenable.push(compiled);
    return compiled.weak;
  };

  // A name written as a web address ("https://www.example.ch/") is the domain it names, and
  // the site's label a name ("Example" as people write it).
  const addName = (orgIndex: number, role: 'name' | 'alias', written: string) => {
    const host = written.includes('.') ? toHostName(written) : null;
    if (!host) {
      const weak = add(orgIndex, role, written);
      for (const variant of nameVariants(written)) add(orgIndex, role, variant.written, variant.how, weak);
      const initials = initialsOf(written);
      if (initials) add(orgIndex, 'alias', initials, 'its initials', true);
      return;
    }
    add(orgIndex, 'domain', host);
    const label = toSiteLabel(host);
    if (label.length >= 3) add(orgIndex, 'alias', label);
  };
  organizations.forEach((organization, orgIndex) => {
    addName(orgIndex, 'name', organization.name);
    for (const alias of organization.aliases) addName(orgIndex, 'alias', alias);
    // After every name and alias: one written as a watched alias ("Jangada") is read everywhere, not only in file names.
    for (const written of [organization.name, ...organization.aliases]) {
      const alone = written.includes('.') && toHostName(written) ? null : distinctiveWordAlone(written);
      if (alone) add(orgIndex, 'alias', alone, IN_FILE_NAMES_ONLY, true);
    }
    for (const domain of organization.domains) {
      add(orgIndex, 'domain', domain);
      // "champlainvalleyrx customers": the site's name written without its ending. Weak when short
      // ("lucerna" of lucerna.es is also a town); a long coined label names the site and no one else.
      const host = toHostName(domain);
      const label = host ? toSiteLabel(host) : '';
      const letters = label.replace(/[^\p{L}\p{N}]/gu, '');
      if (label.length >= SITE_LABEL_MIN && !isCommonWord(letters)) add(orgIndex, 'alias', label, SITE_NAME, letters.length < STRONG_SITE_LABEL);
    }
    for (const keyword of organization.keywords) {
      add(orgIndex, 'keyword', keyword);
      // A place is written without its article as often as with it ("farmacia golfo spezia" for
      // La Spezia): the rest alone is a keyword too, unless it is an ordinary word ("La Paz").
      const articled = ARTICLE_AND_WORD.exec(keyword.trim());
      if (articled && ARTICLES.has(articled[1]!.toLowerCase()) && !isCommonWord(normalizedTextOf(articled[2]!))) add(orgIndex, 'keyword', articled[2]!, 'article left out');
    }
  });
  // Read only for organizations a posting names, so each is worked out on first use: at
  // 100,000 terms, doing all of them up front was a sixth of the compile time.
  const places = lazyList(organizations.length, (orgIndex) => toOrganizationPlaces(organizations[orgIndex]!));
  return { organizations, automaton: buildAutomaton(patterns), patternTerms, morePatternTerms, typoTerms, typoIndex: once(() => buildDeletionIndex(typoTerms.map((term) => term.compact))), typoMaxLength, phraseTypos: buildPhraseTypoIndex(phraseTypoTerms), translatedNames: buildTranslatedNameIndex(namesOfWords), shortenedNames: buildShortenedNameIndex(shortenable), typoEnds, typoCache: new Map(), places, subjects: once(() => buildSubjectIndex(organizations)) };
}

/**
 * Pattern ids by compact form: (hash, id + 1) pairs side by side in one open-addressed table, the
 * forms themselves compared only when their hashes agree. A Map of 190,000 strings cost a few
 * cache misses a look-up (it reads each key it passes to compare), 6 % of the compile.
 */
interface PatternIds {
  patterns: string[];
  slots: Int32Array;
  mask: number;
}

function createPatternIds(patterns: string[]): PatternIds {
  return { patterns, slots: new Int32Array(2 * 1024), mask: 1023 };
}

/** The id of a compact form already seen; for a new one, ~id (negative), having added it to the patterns. */
function internPattern(ids: PatternIds, compact: string): number {
  const hash = textHash(compact) | 0;
  let slot = (Math.imul(hash, 0x9e3779b1) >>> 7) & ids.mask;
  for (;;) {
    const held = ids.slots[slot * 2 + 1]!;
    if (held === 0) break;
    if (ids.slots[slot * 2] === hash && ids.patterns[held - 1] === compact) return held - 1;
    slot = (slot + 1) & ids.mask;
  }
  const id = ids.patterns.length;
  ids.patterns.push(compact);
  ids.slots[slot * 2] = hash;
  ids.slots[slot * 2 + 1] = id + 1;
  if (ids.patterns.length * 2 > ids.mask) growPatternIds(ids);
  return ~id;
}

function growPatternIds(ids: PatternIds): void {
  const old = ids.slots;
  ids.mask = ids.mask * 2 + 1;
  ids.slots = new Int32Array((ids.mask + 1) * 2);
  for (let at = 0; at < old.length; at += 2) {
    if (old[at + 1] === 0) continue;
    let slot = (Math.imul(old[at]!, 0x9e3779b1) >>> 7) & ids.mask;
    while (ids.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & ids.mask;
    ids.slots[slot * 2] = old[at]!;
    ids.slots[slot * 2 + 1] = old[at + 1]!;
  }
}

/**
 * One string for each way of making a variant ('"&" written "and"'): made anew for each of
 * 100,000 names they were kept as many times, and copied by every scavenge of the compile.
 */
const hows = new Map<string, string>();
function howOf(how: string): string {
  let kept = hows.get(how);
  if (kept === undefined) { kept = how; if (hows.size < 10_000) hows.set(how, how); }
  return kept;
}

/** The code units of a long name, in a buffer reused from name to name (an array per name was 3 % of the compile). */
let nameUnits = new Uint16Array(256);
function toCodeUnits(text: string, into: Uint16Array): Uint16Array {
  if (into.length < text.length) into = nameUnits = new Uint16Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) into[index] = text.charCodeAt(index);
  return into;
}

/** Its country, and the countries its aliases ("GLS Italy") and domains (gls-spain.es) name. */
function toOrganizationPlaces(organization: Organization): OrganizationPlaces {
  const countries = new Set<string>(organization.country ? [organization.country] : []);
  for (const alias of [organization.name, ...organization.aliases]) {
    for (const category of scanVocabulary(normalizedTextOf(alias)).keys()) if (category.startsWith('country:')) countries.add(category.slice(8));
  }
  for (const domain of organization.domains) {
    const tld = CCTLD[domain.toLowerCase().split('.').at(-1) ?? ''];
    if (tld) countries.add(tld);
  }
  const ownNames = [organization.name, ...organization.aliases].map((name) => normalizedTextOf(name));
  const ownWords = new Set([...ownNames, ...organization.keywords.map((keyword) => normalizedTextOf(keyword))].flatMap((name) => name.split(/[^\p{L}\p{N}]+/u)));
  const trades = new Set<string>(organization.sector ? SECTOR_TRADES[organization.sector] ?? [] : []);
  for (const word of ownWords) { const trade = tradeOf(word); if (trade) trades.add(trade); }
  // The distinctive words of its names ("hortofruticola" of Hortofrutícola Cabo de Gata): one
  // next to its acronym says which body the acronym is.
  // Names written as web addresses give no words ("https", "www").
  const nameWords = new Set(ownNames.filter((name) => !/[./:]/u.test(name)).flatMap((name) => name.split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 5 && !commonWords().has(word) && genericMeaningOf(word) === undefined && !NAME_FORM_WORDS.has(word)));
  return { country: organization.country, countries, ownNames, ownWords, nameWords, trades };
}

/**
 * A read-only list whose items are built on first read. A Proxy, so that readers index it like
 * the plain array it was (`places[orgIndex]`).
 */
function lazyList<T>(length: number, build: (index: number) => T): T[] {
  const built: (T | undefined)[] = new Array<T | undefined>(length);
  return new Proxy(built, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const index = Number(key);
        if (Number.isInteger(index) && index >= 0 && index < length) return (target[index] ??= build(index));
      }
      return Reflect.get(target, key, receiver);
    },
    set() { return false; },
  }) as T[];
}

function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
