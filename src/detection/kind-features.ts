import { FNV_OFFSET, FNV_PRIME, textHash } from './words-read.js';

/**
 * The features the kind model (kind-model.ts) reads in a posting: its source, each word, each
 * pair of neighbouring words (the first after a start mark), and the first five letters of each
 * word of six or more. A number is read by its length only ("<n3>"): 150 and 700 are both
 * prices, 41 000 and 88 000 both counts.
 *
 * Two forms of the same features: as strings, to train the model and explain it, and as 32-bit
 * hashes of those strings, computed in one pass over the text's code units without making a
 * string, which is how every posting is read (the strings cost as much as the rest of detection's
 * kind decision). Both come from one tokenizer, so a hash is always the hash of its string.
 */

/** The first characters are where a posting says what it is; a dump's rows beyond add nothing. */
export const MODEL_TEXT_CHARS = 2000;
/** Words of this many units or more are also read by their beginning: "бесплатно"/"бесплатная". */
const PREFIX_FROM = 6;
const PREFIX_LENGTH = 5;

const SKIP = 0;
const LETTER = 1;
const DIGIT = 2;
const SIGN = 3;
const UNKNOWN = 255;

/**
 * Letters (with marks), decimal digits, or one sign at a time; white space and "_" separate. The
 * class of each code unit is worked out once, on first sight, from Unicode properties.
 */
const classOfUnit = new Uint8Array(0x10000).fill(UNKNOWN);
function classOfCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (/[\p{L}\p{M}]/u.test(char)) return LETTER;
  if (/\p{Nd}/u.test(char)) return DIGIT;
  if (/[\s_]/u.test(char)) return SKIP;
  return SIGN;
}
function classAt(text: string, index: number, limit: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < limit) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOfCodePoint(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  let found = classOfUnit[unit]!;
  if (found === UNKNOWN) found = classOfUnit[unit] = unit >= 0xd800 && unit <= 0xdfff ? SIGN : classOfCodePoint(unit);
  return found;
}
function unitsAt(text: string, index: number, limit: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff || index + 1 >= limit) return 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Calls `visit` with each token's [start, end) in the first MODEL_TEXT_CHARS units and whether it is a number. Linear in the text. */
function forEachToken(text: string, visit: (start: number, end: number, isNumber: boolean) => void): void {
  const length = Math.min(text.length, MODEL_TEXT_CHARS);
  let index = 0;
  while (index < length) {
    const kind = classAt(text, index, length);
    const start = index;
    index += unitsAt(text, index, length);
    if (kind === SKIP) continue;
    if (kind === LETTER || kind === DIGIT) {
      // Nearly every unit is one of the BMP's and already classed: read the table directly.
      for (;;) {
        if (index >= length) break;
        const unit = text.charCodeAt(index);
        const known = unit < 0xd800 || unit > 0xdfff ? classOfUnit[unit]! : UNKNOWN;
        if (known === kind) { index += 1; continue; }
        if (known !== UNKNOWN || classAt(text, index, length) !== kind) break;
        index += unitsAt(text, index, length);
      }
    }
    visit(start, index, kind === DIGIT);
  }
}

const numberWord = (digits: number) => `<n${Math.min(digits, 5)}>`;

/** The features as strings: what the model file lists and `check` quotes. */
export function kindFeatures(normalizedText: string, source: string | undefined): Set<string> {
  const text = normalizedText.slice(0, MODEL_TEXT_CHARS);
  const features = new Set<string>([`src:${source ?? '?'}`]);
  let previous = '^';
  forEachToken(text, (start, end, isNumber) => {
    const word = isNumber ? numberWord(end - start) : text.slice(start, end);
    features.add(word);
    features.add(`${previous} ${word}`);
    if (!isNumber && word.length >= PREFIX_FROM) features.add(`p5:${word.slice(0, PREFIX_LENGTH)}`);
    previous = word;
  });
  return features;
}

/** The hash of text[from, to), a feature written inside a longer text (the model file). */
export function featureHashOf(text: string, from: number, to: number): number {
  return textHash(text, from, to);
}

/** The hash of a feature's string, as kindFeatureHashes computes it from the text. */
export function featureHash(feature: string): number {
  return textHash(feature);
}

const START_HASH = featureHash('^');
const SPACE = 32;
const PREFIX_MARK_HASH = featureHash('p5:');
const NUMBER_WORDS = [1, 2, 3, 4, 5].map(numberWord);

/**
 * The distinct features' hashes, written into a set reused from posting to posting (a posting
 * has at most three features per token of its first MODEL_TEXT_CHARS, so it never fills).
 */
const SLOTS = 1 << 14;
const slotKeys = new Uint32Array(SLOTS);
const slotStamps = new Uint32Array(SLOTS);
let stamp = 0;
const found = new Uint32Array(SLOTS);
let foundCount = 0;

function addHash(hash: number): void {
  let slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  while (slotStamps[slot] === stamp) {
    if (slotKeys[slot] === hash) return;
    slot = (slot + 1) & (SLOTS - 1);
  }
  slotStamps[slot] = stamp;
  slotKeys[slot] = hash;
  found[foundCount++] = hash;
}

/** The hashes of kindFeatures(normalizedText, source), without making its strings; valid until the next call. */
export function kindFeatureHashes(normalizedText: string, source: string | undefined): Uint32Array {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) { slotStamps.fill(0); stamp = 1; }
  foundCount = 0;
  addHash(featureHash(`src:${source ?? '?'}`));
  let previous = START_HASH;
  forEachToken(normalizedText, (start, end, isNumber) => {
    let word: number;
    let pair: number;
    if (isNumber) {
      const written = NUMBER_WORDS[Math.min(end - start, 5) - 1]!;
      word = featureHash(written);
      pair = textHash(written, 0, written.length, textHash(' ', 0, 1, previous));
    } else {
      // The word, the pair and the prefix hashed in one pass over the word's units (FNV-1a, as textHash).
      let wordState = FNV_OFFSET;
      let pairState = Math.imul(previous ^ SPACE, FNV_PRIME);
      let prefixState = PREFIX_MARK_HASH;
      const prefixEnd = end - start >= PREFIX_FROM ? start + PREFIX_LENGTH : -1;
      for (let k = start; k < end; k += 1) {
        const unit = normalizedText.charCodeAt(k);
        wordState = Math.imul(wordState ^ unit, FNV_PRIME);
        pairState = Math.imul(pairState ^ unit, FNV_PRIME);
        if (k < prefixEnd) prefixState = Math.imul(prefixState ^ unit, FNV_PRIME);
      }
      word = wordState >>> 0;
      pair = pairState >>> 0;
      if (prefixEnd !== -1) addHash(prefixState >>> 0);
    }
    addHash(word);
    addHash(pair);
    previous = word;
  });
  return found.subarray(0, foundCount);
}
