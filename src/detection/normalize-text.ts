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
const classCache = new Map<number, number>();
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
  let value = classCache.get(code);
  if (value === undefined) {
    const char = String.fromCharCode(code);
    value = WORD_LETTER.test(char) ? LETTER : WORD_DIGIT.test(char) ? DIGIT : NON_WORD;
    classCache.set(code, value);
  }
  return value;
}

export function isWordCode(code: number): boolean {
  return charClass(code) !== NON_WORD;
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
      }
    }
    index += width;
  }
  // Most postings hold no Cyrillic or Greek letter at all: then there is no second pass.
  if (latin) mapConfusablesInLatinWords(codes, latin, size);
  starts[size] = length;
  return { original, text: decoder.decode(codes.subarray(0, size)), starts: starts.subarray(0, size + 1), ends: ends.subarray(0, size) };
}

/** "Сurаleaf" → "curaleaf": only inside words that also hold ASCII letters, so Russian stays Russian. */
function mapConfusablesInLatinWords(codes: Uint16Array, latin: Uint16Array, size: number): void {
  let tokenStart = -1;
  let hasAscii = false;
  let hasConfusable = false;
  for (let i = 0; i <= size; i += 1) {
    const code = i < size ? codes[i]! : 32;
    if (i < size && charClass(code) !== NON_WORD) {
      if (tokenStart === -1) { tokenStart = i; hasAscii = false; hasConfusable = false; }
      if (code >= 97 && code <= 122) hasAscii = true;
      else if (latin[i] !== 0) hasConfusable = true;
      continue;
    }
    if (tokenStart !== -1 && hasAscii && hasConfusable) {
      for (let k = tokenStart; k < i; k += 1) if (latin[k] !== 0) codes[k] = latin[k]!;
    }
    tokenStart = -1;
  }
}

/** The original text behind normalized range [from, to). */
export function quoteOriginal(normalized: NormalizedText, from: number, to: number): string {
  if (to <= from) return '';
  return normalized.original.slice(normalized.starts[from], normalized.ends[to - 1]);
}
