import type { CompactView } from './compact-view.js';
import type { CompiledTerm, ShortenedNameIndex } from './compiled-watchlist.js';
import { addTermsOf, INDEX_SPAN, toKeyedTerms } from './keyed-terms.js';
import { BUSINESS_NOUNS } from './lexicon/business-nouns.js';
import { commonWords } from './lexicon/common-words.js';
import { NAME_FORM_WORDS } from './lexicon/ambiguous-words.js';
import { genericWordForms } from './name-variants.js';
import { normalizedTextOf } from './normalize-text.js';
import { wordHash, type WordsRead } from './words-read.js';

/**
 * Names as sellers shorten them: the words of a name cut short and joined in a file name or a
 * host ("auroradiag_pacientes.sql" for Aurora Diagnósticos, "drogcapibaribe_clientes.csv" for
 * Drogaria Capibaribe, "sferatel_billing.tar.gz" for Сфера Телеком), or written as words with
 * the last one cut ("tweed n teviot building soc") or a generic tail left
 * out ("sonoran freight" for Sonoran Freight Lines, "Clinique Bourbon" for Clinique Bourbon
 * Santé). A run of the text is such a name when it is, from the name's first word on, each word
 * or its first three letters or more, in order:
 *
 * - two words of the name at least, one of them whole and five letters long or more, eight
 *   letters in all: "diag" alone, or "aurora" alone, says nothing; a cut word keeps three
 *   letters and drops two at least;
 * - the words left out at the end are a legal form, a generic or trade word ("Lines", "Santé",
 *   "AG"), never a place: "Banco Popular" is not Banco Popular de Angola;
 * - a first word that is no generic word ("ves" of Vesuvio, unlike "drog" of Drogaria) is cut
 *   only in plain text, where the run is weak: "pacmaritime.com" is not Pacific Maritime Industries;
 * - written as words, one of them is cut or no ordinary word ("la cafetera" is a coffee pot),
 *   and, when words were left out at the end, the run ends its phrase ("Granite State Auto
 *   Parts" is another business; "badger state pharm leak" only cuts a word);
 * - one organization only has names read that way: sister companies sharing their first words
 *   are told apart by the words that differ, which the run does not have.
 *
 * Joined into one word in a file name, a host or a path ("auroradiag_…", "…/sferatel/") the
 * run is a name; anywhere else it is weak, and needs the corroboration a short name needs.
 * Like typos over several words, read in a posting's first lines (words-read.ts).
 */

/** Letters a cut word keeps at least: "soc", "tel", "diag". */
const CUT_MIN = 3;
/**
 * Letters a cut word drops at least. One letter less is how names inflect and namesakes differ
 * ("moorlandfreightservice.com" is not Moorland Freight Services, see phrase-typos.ts).
 */
const CUT_DROP_MIN = 2;
/** A whole word of the run is this long at least. */
const WHOLE_WORD_MIN = 5;
/** Letters in the run at least. */
const RUN_MIN = 8;
/** Words of a name read. */
const MAX_WORDS = 5;

/** Half a megabyte of bits, like the index of typos over several words. */
const BITS = 1 << 22;
const hasBit = (bits: Uint32Array, key: number) => (bits[(key & (BITS - 1)) >>> 5]! & (1 << (key & 31))) !== 0;
const setBit = (bits: Uint32Array, key: number) => { bits[(key & (BITS - 1)) >>> 5]! |= 1 << (key & 31); };

/** The key of a run: the first three letters (or fewer, of a shorter word) of its first two words. */
function keyOf(codes: ArrayLike<number>, first: number, firstEnd: number, second: number, secondEnd: number): number {
  return Math.imul(headOf(codes, first, firstEnd) ^ Math.imul(headOf(codes, second, secondEnd), 0x9e3779b1), 0x85ebca6b) >>> 0;
}

/** The first three letters (or fewer, of a shorter word) of a word, hashed as words-read.ts hashes words. */
function headOf(codes: ArrayLike<number>, from: number, to: number): number {
  return wordHash(codes, from, Math.min(to, from + CUT_MIN));
}

let tailWords: ReadonlySet<string> | undefined;
/**
 * Words a name may be written without: legal forms, generic and trade words. Not places: "Banco
 * Popular" is not Banco Popular de Angola, nor "Assistance Publique Hôpitaux" (de Marseille) that of Paris.
 */
function isTailWord(word: string): boolean {
  tailWords ??= new Set([
    ...NAME_FORM_WORDS, ...genericWordForms().keys(), ...Object.values(BUSINESS_NOUNS).flat(),
    ...TAIL_WORDS,
  ].map((written) => normalizedTextOf(written).replace(/[^\p{L}\p{N}]/gu, '')));
  return tailWords.has(word);
}

/** What names end with that says nothing of which body they are. */
const TAIL_WORDS = ['lines', 'line', 'services', 'service', 'servicios', 'servicos', 'servizi', 'solutions', 'systems',
  'partners', 'international', 'intl', 'national', 'nacional', 'nazionale', 'global', 'network', 'networks', 'online', 'direct', 'sante', 'saude', 'salud', 'salute', 'gesundheit',
  'health', 'healthcare', 'care', 'society', 'sociedad', 'sociedade', 'societe', 'societa', 'gesellschaft', 'center', 'centre', 'centro', 'zentrum', 'companies',
  'credit', 'union', 'building', 'savings', 'loan', 'loans', 'mutual', 'cooperative', 'coop'];

/** The first letters of a name as codes, in a buffer reused from name to name: the keys read no more than its first two words' first three. */
const nameCodes = new Uint16Array(64);
function codesOfStart(text: string, letters: number): Uint16Array {
  for (let k = 0; k < letters && k < nameCodes.length; k += 1) nameCodes[k] = text.charCodeAt(k);
  return nameCodes;
}

export function buildShortenedNameIndex(names: CompiledTerm[]): ShortenedNameIndex {
  const kept: CompiledTerm[] = [];
  const pairs: number[] = [];
  const bits = new Uint32Array(BITS / 32);
  const heads = new Uint32Array(BITS / 32);
  const bounds = new Int32Array(names.length * BOUNDS);
  let maxLetters = 0;
  for (const term of names) {
    const words = term.breaks.size + 1;
    if (words < 2 || words > MAX_WORDS) continue;
    let first = term.compact.length;
    let second = term.compact.length;
    for (const at of term.breaks.keys()) {
      if (at < first) { second = first; first = at; } else if (at < second) second = at;
    }
    if (second + CUT_MIN > nameCodes.length) continue;
    const codes = codesOfStart(term.compact, second + CUT_MIN);
    const key = keyOf(codes, 0, first, first, second);
    setBit(bits, key);
    // A first word shorter than three letters ("La Tetera") heads its words as itself, and its joined form ("latetera") as "lat".
    setBit(heads, headOf(codes, 0, first));
    setBit(heads, headOf(codes, 0, Math.min(term.compact.length, CUT_MIN)));
    pairs.push(key * INDEX_SPAN + kept.length);
    addBounds(bounds, kept.length, term);
    kept.push(term);
    maxLetters = Math.max(maxLetters, term.compact.length);
  }
  // The names' letters one after the other: the runs compare the text with these rather than
  // with each name's own string, two cache misses (its term, then its string) for each of the
  // thirty or so names a run brings.
  let total = 0;
  for (const term of kept) total += term.compact.length;
  const letters = new Uint16Array(total);
  let at = 0;
  kept.forEach((term, name) => {
    bounds[name * BOUNDS + LETTERS_AT] = at;
    for (let k = 0; k < term.compact.length; k += 1) letters[at++] = term.compact.charCodeAt(k);
  });
  // `words` filled with undefined rather than `new Array(length)`: past some 32,000 entries V8
  // keeps a sparse array as a hash table, and every read of a name's words was a look-up in it.
  return { names: kept, words: new Array<string[] | undefined>(kept.length).fill(undefined), bounds: bounds.slice(0, kept.length * BOUNDS), letters, byKey: toKeyedTerms(Float64Array.from(pairs)), bits, heads, maxLetters };
}

/** Entries per name in `bounds`: where each of its words starts, then its length (padded), its word count and where its letters start in `letters`. */
const BOUNDS = MAX_WORDS + 3;
const WORD_COUNT_AT = MAX_WORDS + 1;
const LETTERS_AT = MAX_WORDS + 2;

/** Writes name `name`'s bounds: its breaks in order (insertion-sorted, a name has five words at most), padded, and how many words. */
function addBounds(bounds: Int32Array, name: number, term: CompiledTerm): void {
  const from = name * BOUNDS;
  let end = from + 1;
  bounds[from] = 0;
  for (const at of term.breaks.keys()) {
    let k = end++;
    bounds[k] = at;
    while (k > from + 1 && bounds[k - 1]! > at) { bounds[k] = bounds[k - 1]!; bounds[k - 1] = at; k -= 1; }
  }
  const words = end - from;
  while (end < from + WORD_COUNT_AT) bounds[end++] = term.compact.length;
  bounds[from + WORD_COUNT_AT] = words;
}

const wordCountOf = (index: ShortenedNameIndex, name: number) => index.bounds[name * BOUNDS + WORD_COUNT_AT]!;
const lettersOf = (index: ShortenedNameIndex, name: number) => index.bounds[name * BOUNDS + LETTERS_AT]!;
const wordStartOf = (index: ShortenedNameIndex, name: number, word: number) => index.bounds[name * BOUNDS + word]!;

/** A name's words, split where it had breaks: worked out when a run of the text first brings the name. */
function wordsOfName(index: ShortenedNameIndex, name: number): string[] {
  let words = index.words[name];
  if (!words) {
    const { compact } = index.names[name]!;
    words = [];
    for (let word = 0; word < wordCountOf(index, name); word += 1) words.push(compact.slice(wordStartOf(index, name, word), wordStartOf(index, name, word + 1)));
    index.words[name] = words;
  }
  return words;
}

/** A run of the text read as a shortened name. */
export interface ShortenedName {
  term: CompiledTerm;
  /** Compact-view offsets of the run, end exclusive. */
  start: number;
  end: number;
  /** One word joined from the name's words (a file name, a host): read as the name itself when in one. */
  joined: boolean;
  /** Words left out at the end ("sonoran freight" of … Lines): the run must end its phrase. */
  tailDropped: boolean;
  /** A distinctive first word cut ("ves" of Vesuvio): never in a host ("pacmaritime.com" is another company's), weak anywhere else. */
  firstCut: boolean;
}

/** A run, and whether the rules accept it or it only begins the name (which keeps a sister from it). */
interface Reading extends ShortenedName {
  accepted: boolean;
}

/** What the rules make of a run read as a name's words: the name shortened, and how. */
interface Shape {
  tailDropped: boolean;
  firstCut: boolean;
}

/** How a run reads against one name: not at all, as its beginning only, or as the name shortened. */
const NOT_READ = 0;
const BEGINS = 1;
type Verdict = typeof NOT_READ | typeof BEGINS | Shape;

const found: number[] = [];

/** `namedExactly[t]` is 1 where a watched name starts at word t: no shortened name is looked for there. */
export function findShortenedNames(index: ShortenedNameIndex, view: CompactView, words: WordsRead, namedExactly: Uint8Array): ShortenedName[] {
  const result: Reading[] = [];
  if (index.names.length === 0) return result;
  const { codes, tokenStarts } = view;
  const { count, ends } = words;
  for (let token = 0; token < count; token += 1) {
    const start = tokenStarts[token]!;
    const end = ends[token]!;
    // Every reading starts with a name's first word: a word that begins none is read no further,
    // nor one where a watched name starts, which that name speaks for.
    if (namedExactly[token] === 1 || !hasBit(index.heads, headOf(codes, start, end))) continue;
    // One word made of the name's words cut short: tried at every place the second could start.
    if (end - start >= RUN_MIN && end - start <= index.maxLetters) {
      for (let second = start + CUT_MIN; second + CUT_MIN <= end; second += 1) {
        const key = keyOf(codes, start, second, second, end);
        if (!hasBit(index.bits, key)) continue;
        found.length = 0;
        addTermsOf(index.byKey, key, found);
        for (const name of found) {
          const reading = joinsShortened(codes, start, end, index, name);
          if (reading !== NOT_READ) addOnce(result, { term: index.names[name]!, start, end, joined: true, ...toReading(reading) });
        }
      }
    }
    // Words of the text, each a word of the name or its beginning.
    if (token + 1 >= count) continue;
    const key = keyOf(codes, start, end, tokenStarts[token + 1]!, ends[token + 1]!);
    if (!hasBit(index.bits, key)) continue;
    found.length = 0;
    addTermsOf(index.byKey, key, found);
    for (const name of found) {
      const letters = lettersOf(index, name);
      // Each word more of the text is read only while the words before it were the name's; the
      // name's words are made strings only for a run that reads as two of them at least.
      keptLetters.length = 0;
      for (let last = token; last < count && last - token < MAX_WORDS && last - token < wordCountOf(index, name); last += 1) {
        const word = last - token;
        const length = isWordOrItsStart(codes, tokenStarts[last]!, ends[last]!, index.letters, letters + wordStartOf(index, name, word), letters + wordStartOf(index, name, word + 1));
        if (length === -1) break;
        keptLetters.push(length);
        if (last === token) continue;
        const reading = shapeOfShortening(wordsOfName(index, name), keptLetters, word + 1, true) ?? BEGINS;
        addOnce(result, { term: index.names[name]!, start, end: ends[last]!, joined: false, ...toReading(reading) });
      }
    }
  }
  return withoutSharedRuns(result);
}

function addOnce(list: Reading[], item: Reading): void {
  const same = list.find((other) => other.term === item.term && other.start === item.start && other.end === item.end);
  if (!same) list.push(item);
  else same.accepted ||= item.accepted;
}

/**
 * A run that begins the names of two organizations names neither: "vallorbetrans" is Vallorbe
 * Transports SA as much as Vallorbe Transports Frigorifiques, though only the first may drop its tail.
 */
function withoutSharedRuns(list: Reading[]): ShortenedName[] {
  return list
    .filter((item) => item.accepted && !list.some((other) => other.start === item.start && other.end === item.end && other.term.orgIndex !== item.term.orgIndex))
    .map(({ term, start, end, joined, tailDropped, firstCut }) => ({ term, start, end, joined, tailDropped, firstCut }));
}

/** Whether codes[start, end) is the name's first words, each whole or cut, joined into one word. */
function joinsShortened(codes: Uint16Array, start: number, end: number, index: ShortenedNameIndex, nameIndex: number): Verdict {
  const cutAt: number[] = [];
  let verdict: Verdict = NOT_READ;
  let shape: Shape | null = null;
  const { letters } = index;
  const lettersFrom = lettersOf(index, nameIndex);
  const wordCount = wordCountOf(index, nameIndex);
  const fits = (at: number, word: number): boolean => {
    if (at === end) {
      if (word < 2) return false;
      if (verdict === NOT_READ) verdict = BEGINS;
      shape = shapeOfShortening(wordsOfName(index, nameIndex), cutAt, word, false);
      if (shape) verdict = shape;
      return shape !== null;
    }
    if (word === wordCount) return false;
    const wordFrom = lettersFrom + wordStartOf(index, nameIndex, word);
    const nameLength = lettersFrom + wordStartOf(index, nameIndex, word + 1) - wordFrom;
    let same = 0;
    while (same < nameLength && at + same < end && codes[at + same] === letters[wordFrom + same]) same += 1;
    // Longest first: a whole word is the likelier reading.
    for (let length = same; length >= Math.min(CUT_MIN, nameLength); length -= 1) {
      if (length < nameLength && length > nameLength - CUT_DROP_MIN) continue;
      cutAt[word] = length;
      if (fits(at + length, word + 1)) return true;
    }
    return false;
  };
  fits(start, 0);
  return verdict;
}

/** Letters kept of each of the name's words by the run being read, reused from run to run. */
const keptLetters: number[] = [];

/** How many letters of the name's word letters[wordFrom, wordTo) the text's word codes[from, to) keeps: all, or a cut; -1 when it is neither. */
function isWordOrItsStart(codes: Uint16Array, from: number, to: number, letters: Uint16Array, wordFrom: number, wordTo: number): number {
  const length = to - from;
  const nameLength = wordTo - wordFrom;
  if (length > nameLength || length < Math.min(CUT_MIN, nameLength) || (length < nameLength && length > nameLength - CUT_DROP_MIN)) return -1;
  for (let c = 0; c < length; c += 1) if (codes[from + c] !== letters[wordFrom + c]) return -1;
  return length;
}

/** The rules of the header: one whole word of five letters, eight letters, a generic tail, not the name itself; null when they refuse the run. */
function shapeOfShortening(words: string[], kept: number[], wordsKept: number, asWords: boolean): Shape | null {
  let firstCut = false;
  let letters = 0;
  let whole = false;
  let cut = false;
  let ownWord = false;
  for (let w = 0; w < wordsKept; w += 1) {
    letters += kept[w]!;
    if (kept[w] === words[w]!.length) {
      whole ||= words[w]!.length >= WHOLE_WORD_MIN;
      ownWord ||= !commonWords().has(words[w]!);
    } else {
      if (w === 0 && !isTailWord(words[0]!)) {
        // A distinctive first word cut to a word of its own ("for" of Förde) is that word, not a cut.
        if (commonWords().has(words[0]!.slice(0, kept[0]))) return null;
        firstCut = true;
      }
      cut = true;
    }
  }
  if (!whole || letters < RUN_MIN || (asWords && !cut && !ownWord)) return null;
  if (!cut && wordsKept === words.length) return null;
  for (let w = wordsKept; w < words.length; w += 1) if (!isTailWord(words[w]!)) return null;
  return { tailDropped: wordsKept < words.length, firstCut };
}

function toReading(verdict: Verdict): Pick<Reading, 'accepted' | 'tailDropped' | 'firstCut'> {
  return typeof verdict === 'object' ? { accepted: true, ...verdict } : { accepted: false, tailDropped: false, firstCut: false };
}
