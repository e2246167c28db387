import type { CompactView } from './compact-view.js';
import type { CompiledTerm, TranslatedNameIndex } from './compiled-watchlist.js';
import { genericMeaningOf, genericWordForms } from './name-variants.js';
import { addTermsOf, INDEX_SPAN, toKeyedTerms } from './keyed-terms.js';
import { wordHash, type WordsRead } from './words-read.js';

/**
 * A name's generic word in any of the seven languages: "Banca Alpstein" for Bank Alpstein,
 * "Farmacie Alhambra" for Farmacias Alhambra, "Аптека Linden" for Linden Apotheke. The
 * variants compiled into the automaton give a generic word only in its own language's other
 * number and in English (every language pair would grow it by half at 100,000 names); here the
 * generic word is read by its meaning instead: a name is keyed by its words with the generic one
 * replaced by what it means, and so is each run of words of the text that holds a generic word.
 * Read in a posting's first lines (words-read.ts), like typos over several words.
 */

const MAX_WORDS = 4;
/** 64 K bits for the few hundred forms of the generic words. */
const GENERIC_BIT_WORDS = 2048;
const GENERIC_BIT_MASK = GENERIC_BIT_WORDS - 1;
/** 256 K bits (32 KB) for the names' keys: most runs of words that hold a generic word are no name's, told without a search. */
const KEY_BIT_WORDS = 8192;
const KEY_BIT_MASK = KEY_BIT_WORDS - 1;
const hasKeyBit = (bits: Uint32Array, key: number) => (bits[(key >>> 5) & KEY_BIT_MASK]! & (1 << (key & 31))) !== 0;

/**
 * The words' hashes (a generic word as its meaning's) added up, in any order, then mixed with
 * how many there are: "Pharmacie Kempen" is Kempen Apotheek as much as "Apotheek Kempen" is.
 */
const spread = (word: number) => Math.imul(word ^ (word >>> 15), 0x2c1b3c6d) >>> 0;
const keyOf = (words: number, sum: number) => Math.imul(sum ^ Math.imul(words, 0x9e3779b1), 0x85ebca6b) >>> 0;

const meaningHashes = new Map<string, number>();
function meaningHash(meaning: string): number {
  let hash = meaningHashes.get(meaning);
  if (hash === undefined) {
    hash = wordHash(Array.from(`@${meaning}`, (char) => char.charCodeAt(0)), 0, meaning.length + 1);
    meaningHashes.set(meaning, hash);
  }
  return hash;
}

/** Names of two to four words, one of them generic and the others with four letters or more between them. */
export function buildTranslatedNameIndex(candidates: CompiledTerm[]): TranslatedNameIndex {
  const pairs: number[] = [];
  const terms: CompiledTerm[] = [];
  const genericForms = new Map<number, number>();
  const keyBits = new Uint32Array(KEY_BIT_WORDS);
  let maxWords = 0;
  for (const term of candidates) {
    const offsets = [0, ...[...term.breaks.keys()].sort((a, b) => a - b), term.compact.length];
    const words = offsets.length - 1;
    if (words < 2 || words > MAX_WORDS) continue;
    let sum = 0;
    let generic = 0;
    let ownLetters = 0;
    for (let w = 0; w < words; w += 1) {
      const word = term.compact.slice(offsets[w], offsets[w + 1]);
      const meaning = genericMeaningOf(word);
      if (meaning) generic += 1; else ownLetters += word.length;
      sum = (sum + spread(meaning ? meaningHash(meaning) : wordHash(Array.from(word, (char) => char.charCodeAt(0)), 0, word.length))) >>> 0;
    }
    if (generic !== 1 || ownLetters < 4) continue;
    const key = keyOf(words, sum);
    keyBits[(key >>> 5) & KEY_BIT_MASK]! |= 1 << (key & 31);
    pairs.push(key * INDEX_SPAN + terms.length);
    terms.push(term);
    maxWords = Math.max(maxWords, words);
  }
  const byKey = toKeyedTerms(Float64Array.from(pairs));
  const genericBits = new Uint32Array(GENERIC_BIT_WORDS);
  if (terms.length > 0) {
    for (const [form, meaning] of genericWordForms()) {
      const hash = wordHash(Array.from(form, (char) => char.charCodeAt(0)), 0, form.length);
      genericForms.set(hash, meaningHash(meaning));
      genericBits[(hash >>> 5) & GENERIC_BIT_MASK]! |= 1 << (hash & 31);
    }
  }
  return { terms, byKey, keyBits, genericForms, genericBits, maxWords };
}

/** A run of words of the text that is a watched name with its generic word in another language. */
export interface TranslatedName {
  term: CompiledTerm;
  start: number;
  end: number;
}

/** The names one run of words is, reused from one run to the next. */
const candidates: number[] = [];

export function findTranslatedNames(index: TranslatedNameIndex, view: CompactView, words: WordsRead): TranslatedName[] {
  const found: TranslatedName[] = [];
  if (index.terms.length === 0) return found;
  const { codes, tokenStarts } = view;
  const { count: tokenCount, hashes, ends } = words;
  for (let generic = 0; generic < tokenCount; generic += 1) {
    // Most words are no generic word: a bit says so before the map is asked.
    const hash = hashes[generic]!;
    if ((index.genericBits[(hash >>> 5) & GENERIC_BIT_MASK]! & (1 << (hash & 31))) === 0) continue;
    const meaning = index.genericForms.get(hash);
    if (meaning === undefined) continue;
    // Every run of two to four words that holds this generic word.
    for (let runWords = 2; runWords <= index.maxWords; runWords += 1) {
      for (let first = Math.max(0, generic - runWords + 1); first <= generic && first + runWords <= tokenCount; first += 1) {
        let sum = 0;
        for (let w = first; w < first + runWords; w += 1) sum = (sum + spread(w === generic ? meaning : hashes[w]!)) >>> 0;
        const key = keyOf(runWords, sum);
        if (!hasKeyBit(index.keyBits, key)) continue;
        candidates.length = 0;
        addTermsOf(index.byKey, key, candidates);
        for (const termIndex of candidates) {
          const term = index.terms[termIndex]!;
          const start = tokenStarts[first]!;
          const stop = ends[first + runWords - 1]!;
          // Written with the name's own generic word, it is the name itself, matched already.
          if (stop - start === term.compact.length && String.fromCharCode.apply(null, codes.subarray(start, stop) as unknown as number[]) === term.compact) continue;
          found.push({ term, start, end: stop });
        }
      }
    }
  }
  return found;
}
