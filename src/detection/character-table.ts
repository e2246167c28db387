import { CONFUSABLE_TO_LATIN, UPPER_CONFUSABLE_TO_LATIN } from './confusables.js';

/**
 * What each character of a posting becomes and what kind it is, learnt on first sight and kept
 * in tables indexed by UTF-16 unit, so the normalization pass (normalize-text.ts) and the compact
 * view read a table instead of running a regular expression per character.
 */

export const NON_WORD = 0;
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
export function normalizeCodePoint(codePoint: number): string {
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
 * is empty or longer than one unit, otherwise the unit in the low 16 bits, the Latin letter it
 * looks like (0: none) in the next 8, then whether the unit is a word character (WORD_UNIT) and
 * an ASCII letter (ASCII_LETTER_UNIT): one read gives all that the copy loop needs.
 */
export const WORD_UNIT = 1 << 24;
export const ASCII_LETTER_UNIT = 1 << 25;
/** Where the unit's kind in the compact view (VIEW_LETTER …) sits in an entry: bits 26 to 28. */
export const VIEW_KIND_SHIFT = 26;
/** The unit is €, $ or @ (VIEW_SIGN), which the copy loop leaves to the view's later decision: bit 29, one test with the others (see STOP_BITS). */
export const SIGN_UNIT = 1 << 29;
/**
 * The bits of an entry that stop the copy loop (normalize-text.ts): the sign bit of SINGLE_UNKNOWN
 * and SINGLE_OTHER, and SIGN_UNIT; with LOOK_ALIKE_BITS too until look-alikes are read.
 */
export const STOP_BITS = (1 << 31) | SIGN_UNIT;
export const LOOK_ALIKE_BITS = 0xff << 16;
const unitBits = (unit: number) => (charClass(unit) !== NON_WORD ? WORD_UNIT : 0) | (unit >= 97 && unit <= 122 ? ASCII_LETTER_UNIT : 0) | (viewKindOf(unit) << VIEW_KIND_SHIFT) | (viewKindOf(unit) === VIEW_SIGN ? SIGN_UNIT : 0);

/**
 * What the compact view (compact-view.ts) makes of a unit of normalized text: a letter or a digit
 * goes in (a digit counts 1, which the view's digit count adds up); a dot, a joiner (hyphens,
 * underscores, apostrophes, slashes, middle dots: the breaks a name may be written with) or any
 * other character is a break of that kind; €, $ and @ are a letter or a break depending on their
 * neighbours ("Fr€€", "Ca$h", "H@rmonie"). In ASCII only lower-case letters count: the text is normalized.
 */
export const VIEW_LETTER = 0;
export const VIEW_DIGIT = 1;
export const VIEW_DOT = 2;
export const VIEW_JOINER = 3;
export const VIEW_BREAK = 4;
export const VIEW_SIGN = 5;
const JOINERS = new Set([45, 95, 39, 0x2019, 0xb7, 47, 0x2010, 0x2011, 0x2012, 0x2013]);

export function viewKindOf(unit: number): number {
  if (unit === 0x20ac || unit === 36 || unit === 64) return VIEW_SIGN;
  if (unit === 46) return VIEW_DOT;
  if (JOINERS.has(unit)) return VIEW_JOINER;
  if (unit < 128) return (unit >= 97 && unit <= 122) ? VIEW_LETTER : unit >= 48 && unit <= 57 ? VIEW_DIGIT : VIEW_BREAK;
  const kind = charClass(unit);
  return kind === LETTER ? VIEW_LETTER : kind === DIGIT ? VIEW_DIGIT : VIEW_BREAK;
}
export const SINGLE_UNKNOWN = -2;
export const SINGLE_OTHER = -1;
export const singleUnit = new Int32Array(65536).fill(SINGLE_UNKNOWN);

export function learnSingleUnit(code: number): number {
  const value = normalizeCodePoint(code);
  const entry = value.length === 1 ? value.charCodeAt(0) | (lookAlikeOf(code, value) << 16) | unitBits(value.charCodeAt(0)) : SINGLE_OTHER;
  singleUnit[code] = entry;
  return entry;
}

/** The Latin letter a written character looks like (its case decides: Η is H, η is n), or 0. */
export function lookAlikeOf(codePoint: number, value: string): number {
  let latin = lookAlikeCache.get(codePoint);
  if (latin === undefined) {
    const mapped = UPPER_CONFUSABLE_TO_LATIN.get(codePoint) ?? (value.length === 1 ? CONFUSABLE_TO_LATIN.get(value.charCodeAt(0)) : undefined);
    latin = mapped === undefined ? 0 : mapped.charCodeAt(0);
    if (lookAlikeCache.size < 50_000) lookAlikeCache.set(codePoint, latin);
  }
  return latin;
}

for (let code = 0; code < 128; code += 1) {
  classTable[code] = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? DIGIT : NON_WORD;
}
classTable.fill(NON_WORD, 0xd800, 0xe000);

/** LETTER, DIGIT or NON_WORD for one UTF-16 unit of normalized text. */
export function charClass(code: number): number {
  const value = classTable[code]!;
  return value === CLASS_UNKNOWN ? learnClass(code) : value;
}

function learnClass(code: number): number {
  const char = String.fromCharCode(code);
  const value = WORD_LETTER.test(char) ? LETTER : WORD_DIGIT.test(char) ? DIGIT : NON_WORD;
  classTable[code] = value;
  return value;
}

/** ASCII as normalized: lower case, control characters but the line feed read as spaces. */
const ASCII_NORMALIZED = Uint16Array.from({ length: 128 }, (_, code) => (code >= 65 && code <= 90 ? code + 32 : code < 32 && code !== 10 ? 32 : code));

// ASCII maps to itself (lower-cased), except '&', which may start an entity; surrogates never map alone.
for (let code = 0; code < 128; code += 1) singleUnit[code] = code === 38 ? SINGLE_OTHER : ASCII_NORMALIZED[code]! | unitBits(ASCII_NORMALIZED[code]!);
singleUnit.fill(SINGLE_OTHER, 0xd800, 0xe000);
