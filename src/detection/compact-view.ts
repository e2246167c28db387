import { charClass } from './character-table.js';

/** What stood between two word characters of the normalized text. */
export const SEP_NONE = 0;
/** Only dots: "O.C.S", "ocs.ca". */
export const SEP_DOT = 1;
/** Hyphens, underscores, apostrophes, slashes, middle dots, without white space: "Médi-prix". */
export const SEP_JOINER = 2;
/** White space or anything else: separate words. */
export const SEP_SPACE = 3;

/**
 * The normalized text with everything but letters and digits taken out, which is what the
 * watchlist automaton runs over: "O.C.S", "M e d i p r i x" and "Médi-prix" all become one run
 * of letters. `seps[i]` remembers what separated character i from the one before, so a match
 * can be checked against word boundaries afterwards, and `positions[i]` is its index in the
 * normalized text. Digits inside a word that has at least two letters are read as the letters
 * they stand for ("M3d1pr1x", "Sh0ppers"); a plain number is left alone.
 */
export interface CompactView {
  codes: Uint16Array;
  positions: Int32Array;
  seps: Uint8Array;
  length: number;
  /** Where each word of the view starts (a run without a break inside), in order: `tokenStarts[0, tokenCount)`. */
  tokenStarts: Int32Array;
  tokenCount: number;
}

/** Digits read as letters inside words ("M3d1pr1x"): every other code unit stays itself. */
const LEET = new Uint16Array(65536).map((_, code) => code);
for (const [digit, letter] of [[48, 111], [49, 105], [51, 101], [52, 97], [53, 115], [55, 116]] as const) LEET[digit] = letter;
/** Hyphens, underscores, apostrophes, slashes, middle dots: the breaks a name may be written with. */
const IS_JOINER = new Uint8Array(65536);
for (const code of [45, 95, 39, 0x2019, 0xb7, 47, 0x2010, 0x2011, 0x2012, 0x2013]) IS_JOINER[code] = 1;
/**
 * What the compact view makes of each code unit: NOT_WORD, LETTER or DIGIT; KIND_UNKNOWN until
 * first seen beyond ASCII. In ASCII only lower-case letters count: the text is normalized.
 */
const NOT_WORD = 0;
const LETTER = 1;
const DIGIT = 2;
const KIND_UNKNOWN = 3;
const KIND = new Uint8Array(65536).fill(KIND_UNKNOWN);
for (let code = 0; code < 128; code += 1) KIND[code] = code >= 97 && code <= 122 ? LETTER : code >= 48 && code <= 57 ? DIGIT : NOT_WORD;

/**
 * The arrays of the last view, reused by the next: a view lives only while its text is matched
 * (find-term-occurrences.ts), and allocating three arrays the size of every posting was a large
 * share of the matcher's time, in the collector as much as in the copy.
 */
let reused = { codes: new Uint16Array(4096), positions: new Int32Array(4096), seps: new Uint8Array(4096), tokenStarts: new Int32Array(4096) };

/** The compact view of `text`. Its arrays are overwritten by the next call: read it before then. */
export function toCompactView(text: string): CompactView {
  const size = text.length;
  if (reused.codes.length < size) {
    const capacity = Math.max(size, reused.codes.length * 2);
    reused = { codes: new Uint16Array(capacity), positions: new Int32Array(capacity), seps: new Uint8Array(capacity), tokenStarts: new Int32Array(capacity) };
  }
  const { codes, positions, seps, tokenStarts } = reused;
  let tokenCount = 0;
  let length = 0;
  let gap: number = SEP_SPACE;
  let tokenStart = 0;
  // Digits of the current word; its letters are the rest of it.
  let digits = 0;
  for (let i = 0; i < size; i += 1) {
    let code = text.charCodeAt(i);
    let kind = KIND[code]!;
    if (kind === KIND_UNKNOWN) kind = KIND[code] = charClass(code);
    if (kind === NOT_WORD) {
      const letter = (code === 0x20ac || code === 36 || code === 64) ? signAsLetter(text, i, code) : 0;
      if (letter === 0) {
        if (gap !== SEP_SPACE) gap = code === 46 ? (gap === SEP_NONE ? SEP_DOT : gap) : IS_JOINER[code] === 1 ? SEP_JOINER : SEP_SPACE;
        continue;
      }
      code = letter;
      kind = LETTER;
    }
    // gap starts as SEP_SPACE, and stays so until the first word character: that one starts a word too.
    if (gap !== SEP_NONE) {
      // A new word: the one before read its digits as letters if it also had two letters.
      if (digits > 0 && length - tokenStart - digits >= 2) for (let k = tokenStart; k < length; k += 1) codes[k] = LEET[codes[k]!]!;
      digits = 0;
      tokenStart = length;
      tokenStarts[tokenCount++] = length;
    }
    if (kind === DIGIT) digits += 1;
    codes[length] = code;
    positions[length] = i;
    seps[length] = gap;
    length += 1;
    gap = SEP_NONE;
  }
  if (digits > 0 && length - tokenStart - digits >= 2) for (let k = tokenStart; k < length; k += 1) codes[k] = LEET[codes[k]!]!;
  return { codes, positions, seps, length, tokenStarts, tokenCount };
}

/** The compact form of a watchlist term, and where its own word breaks are (with their kind). */
export function toCompactTerm(normalizedTerm: string): { codes: number[]; breaks: Map<number, number> } {
  const view = toCompactView(normalizedTerm);
  // Copied out: the view's arrays are reused.
  const codes = Array.from(view.codes.subarray(0, view.length));
  const breaks = new Map<number, number>();
  for (let i = 1; i < view.length; i += 1) if (view.seps[i] !== SEP_NONE) breaks.set(i, view.seps[i]!);
  return { codes, breaks };
}

/**
 * "Fr€€ Mobile", "Ca$h", "H@rmonie": a sign stuck to letters stands for one (the letter, or 0);
 * an @ only when what follows is not an e-mail domain. Out of the loop, which stays small.
 */
function signAsLetter(text: string, i: number, code: number): number {
  if (!isLetterAt(text, i - 1) || (!isLetterAt(text, i + 1) && code !== 0x20ac)) return 0;
  if (code === 64 && /^[\w-]+\./.test(text.slice(i + 1, i + 64))) return 0;
  return code === 36 ? 115 : code === 64 ? 97 : 101;
}

function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return (code >= 97 && code <= 122) || code === 0x20ac || (code >= 128 && charClass(code) === 1);
}
