import { CONFUSABLE_TO_LATIN, UPPER_CONFUSABLE_TO_LATIN } from './confusables.js';
import { readHtmlEntity } from './html-entities.js';

/**
 * One text in the form detection reads, with the way back to the original: `starts[i]` and
 * `ends[i]` are the offsets (UTF-16 units) in the original of normalized character `i`, so a
 * match is quoted as it was written.
 *
 * The one pass, shared by the watchlist compiler and the postings: HTML entities decoded,
 * NFKC/NFKD compatibility forms (full-width letters), case folded, accents and every combining
 * mark dropped, zero-width and bidi formatting characters dropped, and look-alike Cyrillic and
 * Greek letters mapped to Latin inside words that are otherwise Latin (a Russian word is left
 * alone). Linear in the text: each character is looked at a bounded number of times.
 */
export interface NormalizedText {
  original: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

const NON_WORD = 0;
const LETTER = 1;
const DIGIT = 2;

const charCache = new Map<number, string>();
const CLASS_UNKNOWN = -1;
/** The class of every UTF-16 unit, learnt on first sight: a table read, not a regular expression. */
const classTable = new Int8Array(65536).fill(CLASS_UNKNOWN);
const INVISIBLE = /^[\p{Mn}\p{Me}\p{Cf}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f]$/u;
const WORD_LETTER = /^\p{L}$/u;
const WORD_DIGIT = /^\p{N}$/u;

/** What one code point becomes: '' for invisible ones, usually one lower-case character. */
function normalizeCodePoint(codePoint: number): string {
  const cached = charCache.get(codePoint);
  if (cached !== undefined) return cached;
  let result: string;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
    result = '\ufffd';
  } else {
    const char = String.fromCodePoint(codePoint);
    if (INVISIBLE.test(char)) {
      result = '';
    } else {
      result = char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      if (/^\s$/u.test(result) || /^\p{Zs}$/u.test(char)) result = ' ';
      const latinOnly = CONFUSABLE_TO_LATIN.get(result.codePointAt(0) ?? 0);
      // Latin letters with no decomposition (ß, æ, ø, ł) always map; Cyrillic and Greek wait for their word.
      if (latinOnly !== undefined && /[\u00c0-\u024f]/.test(result)) result = latinOnly;
    }
  }
  if (charCache.size < 50_000) charCache.set(codePoint, result);
  return result;
}

const lookAlikeCache = new Map<number, number>();

/**
 * For characters of the Basic Multilingual Plane, what they become as one UTF-16 unit, read
 * from a table instead of a Map: SINGLE_UNKNOWN until first seen, SINGLE_OTHER when the result
 * is empty or longer than one unit. The look-alike table is filled at the same time.
 */
const SINGLE_UNKNOWN = -2;
const SINGLE_OTHER = -1;
const singleUnit = new Int32Array(65536).fill(SINGLE_UNKNOWN);
const lookAlikeUnit = new Uint16Array(65536);

function learnSingleUnit(code: number): number {
  const value = normalizeCodePoint(code);
  const single = value.length === 1 ? value.charCodeAt(0) : SINGLE_OTHER;
  singleUnit[code] = single;
  lookAlikeUnit[code] = value.length > 0 ? lookAlikeOf(code, value) : 0;
  return single;
}

/** The Latin letter a written character looks like (its case decides: Η is H, η is n), or 0. */
function lookAlikeOf(codePoint: number, value: string): number {
  let latin = lookAlikeCache.get(codePoint);
  if (latin === undefined) {
    const mapped = UPPER_CONFUSABLE_TO_LATIN.get(codePoint) ?? (value.length === 1 ? CONFUSABLE_TO_LATIN.get(value.charCodeAt(0)) : undefined);
    latin = mapped === undefined ? 0 : mapped.charCodeAt(0);
    if (lookAlikeCache.size < 50_000) lookAlikeCache.set(codePoint, latin);
  }
  return latin;
}

/** LETTER, DIGIT or NON_WORD for one UTF-16 unit of normalized text. */
export function charClass(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return LETTER;
    if (code >= 48 && code <= 57) return DIGIT;
    return NON_WORD;
  }
  if (code >= 0xd800 && code <= 0xdfff) return NON_WORD;
  let value = classTable[code]!;
  if (value === CLASS_UNKNOWN) {
    const char = String.fromCharCode(code);
    value = WORD_LETTER.test(char) ? LETTER : WORD_DIGIT.test(char) ? DIGIT : NON_WORD;
    classTable[code] = value;
  }
  return value;
}


const decoder = new TextDecoder('utf-16le');

export function normalizeText(original: string): NormalizedText {
  const length = original.length;
  let capacity = length + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity + 1);
  let ends = new Int32Array(capacity);
  // The Latin letter each look-alike stands for, decided from the written case; 0 for others.
  // Allocated at the first look-alike: most postings have none.
  let latin: Uint16Array | undefined;
  const lookAlikeAt: number[] = [];
  let size = 0;
  const grow = () => {
    capacity *= 2;
    const grownCodes = new Uint16Array(capacity); grownCodes.set(codes); codes = grownCodes;
    const grownStarts = new Int32Array(capacity + 1); grownStarts.set(starts); starts = grownStarts;
    const grownEnds = new Int32Array(capacity); grownEnds.set(ends); ends = grownEnds;
    if (latin) { const grownLatin = new Uint16Array(capacity); grownLatin.set(latin); latin = grownLatin; }
  };
  const push = (value: string, start: number, end: number) => {
    for (let k = 0; k < value.length; k += 1) {
      if (size === capacity) grow();
      codes[size] = value.charCodeAt(k);
      starts[size] = start;
      ends[size] = end;
      size += 1;
    }
  };

  let index = 0;
  while (index < length) {
    const code = original.charCodeAt(index);
    if (code < 128 && code !== 38) {
      // ASCII fast path: lower-case letters, control characters become spaces.
      if (size === capacity) grow();
      codes[size] = code >= 65 && code <= 90 ? code + 32 : code < 32 && code !== 10 ? 32 : code;
      starts[size] = index;
      ends[size] = index + 1;
      size += 1;
      index += 1;
      continue;
    }
    if (code === 38) {
      const entity = readHtmlEntity(original, index);
      if (entity) {
        for (const char of entity.value) push(normalizeCodePoint(char.codePointAt(0)!), index, index + entity.length);
        index += entity.length;
        continue;
      }
      push('&', index, index + 1);
      index += 1;
      continue;
    }
    if (code < 0xd800 || (code > 0xdfff && code <= 0xffff)) {
      let single = singleUnit[code]!;
      if (single === SINGLE_UNKNOWN) single = learnSingleUnit(code);
      if (single !== SINGLE_OTHER) {
        if (size === capacity) grow();
        codes[size] = single;
        starts[size] = index;
        ends[size] = index + 1;
        const lookAlike = lookAlikeUnit[code]!;
        if (lookAlike !== 0) {
          latin ??= new Uint16Array(capacity);
          latin[size] = lookAlike;
          lookAlikeAt.push(size);
        }
        size += 1;
        index += 1;
        continue;
      }
    }
    const codePoint = original.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const value = normalizeCodePoint(codePoint);
    if (value.length === 1) {
      if (size === capacity) grow();
      codes[size] = value.charCodeAt(0);
      starts[size] = index;
      ends[size] = index + width;
      size += 1;
    } else if (value.length > 1) {
      push(value, index, index + width);
    }
    if (value.length > 0) {
      const lookAlike = lookAlikeOf(codePoint, value);
      if (lookAlike !== 0) {
        latin ??= new Uint16Array(capacity);
        latin[size - 1] = lookAlike;
        lookAlikeAt.push(size - 1);
      }
    }
    index += width;
  }
  // Most postings hold no Cyrillic or Greek letter at all: then there is no second pass.
  if (latin) mapConfusablesInLatinWords(codes, latin, lookAlikeAt, size);
  starts[size] = length;
  return { original, text: decoder.decode(codes.subarray(0, size)), starts: starts.subarray(0, size + 1), ends: ends.subarray(0, size) };
}

/**
 * "Сurаleaf" → "curaleaf": only inside words that also hold ASCII letters, so Russian stays
 * Russian. Only the words around a look-alike are visited, once each.
 */
function mapConfusablesInLatinWords(codes: Uint16Array, latin: Uint16Array, lookAlikeAt: readonly number[], size: number): void {
  let doneUntil = -1;
  for (const at of lookAlikeAt) {
    if (at < doneUntil) continue;
    let start = at;
    while (start > 0 && charClass(codes[start - 1]!) !== NON_WORD) start -= 1;
    let end = at + 1;
    while (end < size && charClass(codes[end]!) !== NON_WORD) end += 1;
    doneUntil = end;
    let hasAscii = false;
    for (let k = start; k < end && !hasAscii; k += 1) hasAscii = codes[k]! >= 97 && codes[k]! <= 122;
    if (hasAscii) for (let k = start; k < end; k += 1) if (latin[k] !== 0) codes[k] = latin[k]!;
  }
}

/** The original text behind normalized range [from, to). */
export function quoteOriginal(normalized: NormalizedText, from: number, to: number): string {
  if (to <= from) return '';
  return normalized.original.slice(normalized.starts[from], normalized.ends[to - 1]);
}
