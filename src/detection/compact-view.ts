import { charClass } from './normalize-text.js';

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
}

const LEET: Record<number, number> = { 48: 111, 49: 105, 51: 101, 52: 97, 53: 115, 55: 116 };
const JOINERS = new Set([45, 95, 39, 0x2019, 0xb7, 47, 0x2010, 0x2011, 0x2012, 0x2013]);

export function toCompactView(text: string): CompactView {
  const size = text.length;
  const codes = new Uint16Array(size);
  const positions = new Int32Array(size);
  const seps = new Uint8Array(size);
  let length = 0;
  let gap: number = SEP_SPACE;
  let tokenStart = 0;
  let letters = 0;
  let digits = 0;
  const closeToken = () => {
    if (digits > 0 && letters >= 2) {
      for (let k = tokenStart; k < length; k += 1) codes[k] = LEET[codes[k]!] ?? codes[k]!;
    }
    letters = 0;
    digits = 0;
  };
  for (let i = 0; i < size; i += 1) {
    let code = text.charCodeAt(i);
    // ASCII inline (the normalized text is lower case): most characters never reach charClass.
    let kind = code < 128 ? ((code >= 97 && code <= 122) ? 1 : (code >= 48 && code <= 57) ? 2 : 0) : charClass(code);
    // "Fr€€ Mobile", "Ca$h", "H@rmonie": a sign stuck to letters stands for one; an @ only when
    // what follows is not an e-mail domain.
    if (kind === 0 && (code === 0x20ac || code === 36 || code === 64) && isLetterAt(text, i - 1) && (isLetterAt(text, i + 1) || code === 0x20ac)
      && (code !== 64 || !/^[\w-]+\./.test(text.slice(i + 1, i + 64)))) {
      code = code === 36 ? 115 : code === 64 ? 97 : 101;
      kind = 1;
    }
    if (kind === 0) {
      if (gap !== SEP_SPACE) gap = code === 46 ? (gap === SEP_NONE ? SEP_DOT : gap) : JOINERS.has(code) ? SEP_JOINER : SEP_SPACE;
      continue;
    }
    if (gap !== SEP_NONE || length === 0) {
      closeToken();
      tokenStart = length;
    }
    if (kind === 1) letters += 1; else digits += 1;
    codes[length] = code;
    positions[length] = i;
    seps[length] = length === 0 ? SEP_SPACE : gap;
    length += 1;
    gap = SEP_NONE;
  }
  closeToken();
  return { codes, positions, seps, length };
}

/** The compact form of a watchlist term, and where its own word breaks are (with their kind). */
export function toCompactTerm(normalizedTerm: string): { codes: number[]; breaks: Map<number, number> } {
  const view = toCompactView(normalizedTerm);
  const codes = Array.from(view.codes.subarray(0, view.length));
  const breaks = new Map<number, number>();
  for (let i = 1; i < view.length; i += 1) if (view.seps[i] !== SEP_NONE) breaks.set(i, view.seps[i]!);
  return { codes, breaks };
}

function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return (code >= 97 && code <= 122) || code === 0x20ac || (code >= 128 && charClass(code) === 1);
}
