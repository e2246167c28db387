import type { CompactView } from './compact-view.js';
import type { CompiledTerm, PhraseTypoIndex } from './compiled-watchlist.js';
import { isOneEditAway } from './typo-keys.js';
import { wordHash, type WordsRead } from './words-read.js';
import { addTermsOf, INDEX_SPAN, toKeyedTerms } from './keyed-terms.js';

/**
 * One typo over a whole name of several words: "Farmcias del Sol", "Galeries Fontain",
 * "Drogaria Bem Esatr". One edit changes one word of the name, so a run of as many words of the
 * text that is one edit from the name has the name's first word or its last word exactly: runs
 * are looked up by the hash of those two words only, and compared letter by letter with the
 * names of about their length. No deletion neighbourhoods (the one-word typos' index): at
 * 100,000 names they would double its memory, and the runs of words tried would fill its filter.
 */

/** Shortest name (letters and digits) read with a typo over its words: one edit in fewer says too little. */
export const PHRASE_TYPO_MIN_LENGTH = 12;
/** Most words in such a name: longer names are rarely retyped whole, and each word more is a run more per word of text. */
export const PHRASE_TYPO_MAX_WORDS = 4;

/** Half a megabyte of bits per set: at 100,000 names a run of words passes one by chance about once in twenty. */
const BITS = 1 << 22;

/** A word's hash mixed with the number of words of the run it heads or ends. */
const wordKey = (hash: number, words: number) => Math.imul(hash ^ words, 0x9e3779b1) >>> 0;

/**
 * The key of a word with the length of the name it belongs to and the first two letters of the
 * name's word at the other end: a first word shared by thousands of names ("Banco") brings only
 * those as long as the run (give or take a letter) that end in a word starting like the run's.
 * A slip in the first two letters of a word is rarer than anywhere else in it, and not read.
 */
const withLength = (key: number, length: number, otherEnd: number) => Math.imul(Math.imul(key ^ length, 0x85ebca6b) ^ otherEnd, 0xc2b2ae35) >>> 0;

/** The first two letters of the word at codes[from, to), as one number. */
const headOf = (codes: ArrayLike<number>, from: number, to: number) => (to - from >= 2 ? codes[from]! * 65536 + codes[from + 1]! : codes[from]!);

const hasBit = (bits: Uint32Array, key: number) => (bits[(key & (BITS - 1)) >>> 5]! & (1 << (key & 31))) !== 0;
const setBit = (bits: Uint32Array, key: number) => { bits[(key & (BITS - 1)) >>> 5]! |= 1 << (key & 31); };

/**
 * The bits of words that begin a name and of words that end one, side by side (two 32-bit words
 * per 32 hashes, BEGINS_A_NAME's first): a word of the text is looked up in both with one cache
 * line, where two separate sets of half a megabyte each cost two misses per word.
 */
const endsSlot = (hash: number, end: number) => (((hash & (BITS - 1)) >>> 5) << 1) | (end - 1);
const hasEndBit = (bits: Uint32Array, hash: number, end: number) => (bits[endsSlot(hash, end)]! & (1 << (hash & 31))) !== 0;
const setEndBit = (bits: Uint32Array, hash: number, end: number) => { bits[endsSlot(hash, end)]! |= 1 << (hash & 31); };

/** Per word of the text: 1 when it begins some name, 2 when it ends one. */
const BEGINS_A_NAME = 1;
const ENDS_A_NAME = 2;

/**
 * Letters from which a name of several words with one typo is the name without corroboration:
 * "Farmcias del Sol", "Comune di Rocalta" say which organization they mean as plainly as the
 * name itself (a one-word typo never does: it is one letter from other words). Not when the
 * letter changed is the first, a digit, in a word of fewer than five letters, or an "s" ending a
 * word: "AM International" is not "An International", "MSX" not "MAX", "Demon Forums 2019" not
 * "… 2017", and "Health Centers" may be another record than "Health Center".
 */
export const STRONG_PHRASE_TYPO_LENGTH = 14;
const SHORTEST_WORD_WITH_A_SLIP = 5;

export function isStrongPhraseTypo(term: CompiledTerm, written: string): boolean {
  if (term.weak || term.breaks.size === 0 || term.compact.length < STRONG_PHRASE_TYPO_LENGTH) return false;
  const name = term.compact;
  let at = 0;
  while (at < name.length && at < written.length && name[at] === written[at]) at += 1;
  if (at === 0) return false;
  const changed = [name[at], written[at], name[at + 1], written[at + 1]].filter((char): char is string => char !== undefined);
  if (changed.some((char) => char >= '0' && char <= '9')) return false;
  const offsets = [0, ...[...term.breaks.keys()].sort((a, b) => a - b), name.length];
  const word = offsets.findIndex((offset, k) => k + 1 < offsets.length && at >= offset && at < offsets[k + 1]!);
  // An edit just past a word's end (a letter added after it) belongs to that word.
  const index = word === -1 ? offsets.length - 2 : word;
  const wordStart = offsets[index]!;
  const wordEnd = offsets[index + 1]!;
  if (wordEnd - wordStart < SHORTEST_WORD_WITH_A_SLIP) return false;
  const addedOrDroppedS = written.length !== name.length && (written.length > name.length ? written[at] : name[at]) === 's';
  return !(addedOrDroppedS && (at === wordEnd || at === wordEnd - 1));
}

/** Whether a compiled name is read with a typo over its words. */
export function toleratesPhraseTypo(term: CompiledTerm): boolean {
  const words = term.breaks.size + 1;
  return words >= 2 && words <= PHRASE_TYPO_MAX_WORDS && term.compact.length >= PHRASE_TYPO_MIN_LENGTH;
}

export function buildPhraseTypoIndex(terms: CompiledTerm[]): PhraseTypoIndex {
  const byFirst = new Float64Array(terms.length);
  const byLast = new Float64Array(terms.length);
  const bits = new Uint32Array(BITS / 32);
  const wordEnds = new Uint32Array(BITS / 16);
  let maxWords = 0;
  let maxLength = 0;
  const codes: number[] = [];
  const push = (pairs: Float64Array, key: number, index: number) => {
    pairs[index] = key * INDEX_SPAN + index;
    setBit(bits, key);
  };
  terms.forEach((term, index) => {
    const offsets = [...term.breaks.keys()].sort((a, b) => a - b);
    const words = offsets.length + 1;
    codes.length = 0;
    for (let k = 0; k < term.compact.length; k += 1) codes.push(term.compact.charCodeAt(k));
    const firstEnd = offsets[0]!;
    const lastStart = offsets[offsets.length - 1]!;
    setEndBit(wordEnds, wordHash(codes, 0, firstEnd), BEGINS_A_NAME);
    setEndBit(wordEnds, wordHash(codes, lastStart, codes.length), ENDS_A_NAME);
    push(byFirst, withLength(wordKey(wordHash(codes, 0, firstEnd), words), codes.length, headOf(codes, lastStart, codes.length)), index);
    push(byLast, withLength(wordKey(wordHash(codes, lastStart, codes.length), words), codes.length, headOf(codes, 0, firstEnd)), index);
    maxWords = Math.max(maxWords, words);
    maxLength = Math.max(maxLength, term.compact.length);
  });
  return { terms, byFirstWord: toKeyedTerms(byFirst), byLastWord: toKeyedTerms(byLast), bits, wordEnds, maxWords, maxLength };
}

/** Per word read: 1 when it begins some name, 2 when it ends one. */
let flags = new Uint8Array(256);

/** A run of words of the text one edit from a name of as many words: where it is, and the name. */
export interface PhraseTypo {
  term: CompiledTerm;
  /** Compact-view offsets of the run, end exclusive. */
  start: number;
  end: number;
  /** The run's letters. */
  typedAs: string;
}

/** Every run of two to `maxWords` words of the view one edit from a name of as many words. */
export function findPhraseTypos(index: PhraseTypoIndex, view: CompactView, words: WordsRead): PhraseTypo[] {
  const found: PhraseTypo[] = [];
  if (index.terms.length === 0) return found;
  const { codes, tokenStarts } = view;
  const { count: tokenCount, hashes, ends: wordEnds } = words;
  if (flags.length < tokenCount) flags = new Uint8Array(tokenCount * 2);
  for (let token = 0; token < tokenCount; token += 1) {
    const hash = hashes[token]!;
    flags[token] = (hasEndBit(index.wordEnds, hash, BEGINS_A_NAME) ? BEGINS_A_NAME : 0) | (hasEndBit(index.wordEnds, hash, ENDS_A_NAME) ? ENDS_A_NAME : 0);
  }
  for (let first = 0; first + 1 < tokenCount; first += 1) {
    const start = tokenStarts[first]!;
    const beginsAName = (flags[first]! & BEGINS_A_NAME) !== 0;
    for (let runWords = 2; runWords <= index.maxWords && first + runWords <= tokenCount; runWords += 1) {
      const last = first + runWords - 1;
      if (!beginsAName && (flags[last]! & ENDS_A_NAME) === 0) continue;
      const end = wordEnds[last]!;
      const size = end - start;
      if (size > index.maxLength + 1) break;
      if (size < PHRASE_TYPO_MIN_LENGTH - 1) continue;
      const firstKey = wordKey(hashes[first]!, runWords);
      const lastKey = wordKey(hashes[last]!, runWords);
      const firstHead = headOf(codes, start, wordEnds[first]!);
      const lastHead = headOf(codes, tokenStarts[last]!, end);
      // One edit: the name is a letter shorter than the run, as long, or a letter longer.
      candidates.length = 0;
      for (let nameLength = size - 1; nameLength <= size + 1; nameLength += 1) {
        const byFirst = withLength(firstKey, nameLength, lastHead);
        if (hasBit(index.bits, byFirst)) addTermsOf(index.byFirstWord, byFirst, candidates);
        const byLast = withLength(lastKey, nameLength, firstHead);
        if (hasBit(index.bits, byLast)) addTermsOf(index.byLastWord, byLast, candidates);
      }
      if (candidates.length === 0) continue;
      const run = String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
      for (const termIndex of candidates) {
        const term = index.terms[termIndex]!;
        if (term.compact !== run && !differsOnlyAtTheEnd(term.compact, run) && isOneEditAway(term.compact, run)) found.push({ term, start, end, typedAs: run });
      }
    }
  }
  return found;
}

/** The names one run is compared with, reused from one run to the next. */
const candidates: number[] = [];

/**
 * A last letter added, dropped or changed is no typo: it is where names inflect (Apotheke /
 * Apotheken, Center / Centers) and where places differ (Montevarchi / Montevarchio).
 */
function differsOnlyAtTheEnd(name: string, run: string): boolean {
  const shorter = Math.min(name.length, run.length);
  let same = 0;
  while (same < shorter && name[same] === run[same]) same += 1;
  return same >= shorter - 1 && Math.abs(name.length - run.length) <= 1 && (name.length !== run.length || same === shorter - 1);
}
