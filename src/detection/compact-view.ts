import { charClass, VIEW_BREAK, VIEW_DIGIT, VIEW_DOT, VIEW_JOINER, VIEW_LETTER, VIEW_SIGN, viewKindOf } from './character-table.js';

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
 * of letters. Digits inside a word that has at least two letters are read as the letters they
 * stand for ("M3d1pr1x", "Sh0ppers"); a plain number is left alone.
 *
 * What a match is checked against is kept per word, not per letter: `tokenSeps[t]` is what
 * separated word t from the one before (so a match can be checked against word boundaries), and
 * `tokenPositions[t]` is the index of its first letter in the normalized text; the letters of
 * one word are consecutive there (every normalized unit goes into the view in order, and any
 * unit that is not a letter or a digit starts a new word), so letter `i` of word t is at
 * `tokenPositions[t] + i - tokenStarts[t]` (see textOffsetOf). Two arrays the size of the text,
 * written for every letter, were a seventh of the copy loop's time under the profiler.
 */
export interface CompactView {
  codes: Uint16Array;
  length: number;
  /** Where each word of the view starts (a run without a break inside), in order: `tokenStarts[0, tokenCount)`. */
  tokenStarts: Int32Array;
  tokenSeps: Uint8Array;
  tokenPositions: Int32Array;
  tokenCount: number;
}

/** The index in the normalized text of letter `offset` (< view.length) of the view: a binary search among its words. */
export function textOffsetOf(view: CompactView, offset: number): number {
  const token = tokenAt(view, offset);
  return view.tokenPositions[token]! + offset - view.tokenStarts[token]!;
}

/** The word of the view that holds letter `offset`. */
export function tokenAt(view: CompactView, offset: number): number {
  const { tokenStarts } = view;
  let low = 0;
  let high = view.tokenCount - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tokenStarts[middle]! <= offset) low = middle; else high = middle - 1;
  }
  return low;
}

/** Digits read as letters inside words ("M3d1pr1x"): every other code unit stays itself. */
const LEET = new Uint16Array(65536).map((_, code) => code);
for (const [digit, letter] of [[48, 111], [49, 105], [51, 101], [52, 97], [53, 115], [55, 116]] as const) LEET[digit] = letter;

/**
 * The break after a unit of each kind (index gap * 8 + kind), given the break so far: dots alone
 * make a dot, a joiner among them a joiner, anything else a space, which only a word character
 * (read elsewhere) undoes.
 */
export const NEXT_GAP = new Uint8Array(32);
for (let gap = SEP_NONE; gap <= SEP_SPACE; gap += 1) {
  NEXT_GAP[gap * 8 + VIEW_DOT] = gap === SEP_NONE ? SEP_DOT : gap;
  NEXT_GAP[gap * 8 + VIEW_JOINER] = gap === SEP_SPACE ? SEP_SPACE : SEP_JOINER;
  NEXT_GAP[gap * 8 + VIEW_BREAK] = SEP_SPACE;
  NEXT_GAP[gap * 8 + VIEW_SIGN] = SEP_SPACE;
}

/**
 * A compact view being written, one unit of normalized text after the other: by toCompactView
 * from a finished text, and by the normalization pass itself (normalizeTextAndView), which
 * writes the view as it writes the text instead of reading the text again. `signs` are the
 * places of €, $ and @, taken for breaks until the whole text is known (see finishView).
 */
export interface ViewWriter {
  codes: Uint16Array<ArrayBuffer>;
  tokenStarts: Int32Array<ArrayBuffer>;
  tokenSeps: Uint8Array<ArrayBuffer>;
  tokenPositions: Int32Array<ArrayBuffer>;
  length: number;
  tokenCount: number;
  /** What separates the next word character from the one before; SEP_SPACE at the start. */
  gap: number;
  tokenStart: number;
  /** Digits of the current word; its letters are the rest of it. */
  digits: number;
  signs: number[];
}

/** A writer with room for `capacity` units. */
export function createViewWriter(capacity = 4096): ViewWriter {
  return { codes: new Uint16Array(capacity), tokenStarts: new Int32Array(capacity), tokenSeps: new Uint8Array(capacity), tokenPositions: new Int32Array(capacity), length: 0, tokenCount: 0, gap: SEP_SPACE, tokenStart: 0, digits: 0, signs: [] };
}

/**
 * The arrays of the last view, reused by the next: a view lives only while its text is matched
 * (find-term-occurrences.ts), and allocating three arrays the size of every posting was a large
 * share of the matcher's time, in the collector as much as in the copy.
 */
export const matcherViewWriter = createViewWriter();

/** `view` emptied, with room for `capacity` units (what it held is dropped). */
export function startView(view: ViewWriter, capacity: number): ViewWriter {
  if (view.codes.length < capacity) {
    const size = Math.max(capacity, view.codes.length * 2);
    Object.assign(view, { codes: new Uint16Array(size), tokenStarts: new Int32Array(size), tokenSeps: new Uint8Array(size), tokenPositions: new Int32Array(size) });
  }
  view.length = 0;
  view.tokenCount = 0;
  view.gap = SEP_SPACE;
  view.tokenStart = 0;
  view.digits = 0;
  view.signs.length = 0;
  return view;
}

/** Room for `capacity` units, keeping what was written. */
export function growView(view: ViewWriter, capacity: number): void {
  if (view.codes.length >= capacity) return;
  const grownCodes = new Uint16Array(capacity); grownCodes.set(view.codes);
  const grownStarts = new Int32Array(capacity); grownStarts.set(view.tokenStarts);
  const grownSeps = new Uint8Array(capacity); grownSeps.set(view.tokenSeps);
  const grownPositions = new Int32Array(capacity); grownPositions.set(view.tokenPositions);
  Object.assign(view, { codes: grownCodes, tokenStarts: grownStarts, tokenSeps: grownSeps, tokenPositions: grownPositions });
}

/**
 * At the end of the word codes[from, to) with `digits` digits: it reads them as letters if it
 * also has two letters ("M3d1pr1x", not "2024").
 */
export function readDigitsAsLetters(codes: Uint16Array, from: number, to: number, digits: number): void {
  if (digits > 0 && to - from - digits >= 2) for (let k = from; k < to; k += 1) codes[k] = LEET[codes[k]!]!;
}

/** A word character after a break starts a word, at `position` in the normalized text. */
function startWord(view: ViewWriter, position: number): void {
  readDigitsAsLetters(view.codes, view.tokenStart, view.length, view.digits);
  view.digits = 0;
  view.tokenStart = view.length;
  view.tokenStarts[view.tokenCount] = view.length;
  view.tokenSeps[view.tokenCount] = view.gap;
  view.tokenPositions[view.tokenCount++] = position;
}

/** One unit of normalized text, `kind` being its viewKindOf, at `position` in that text. */
export function addToView(view: ViewWriter, code: number, kind: number, position: number): void {
  if (kind > VIEW_DIGIT) {
    if (kind === VIEW_SIGN) view.signs.push(position);
    view.gap = NEXT_GAP[view.gap * 8 + kind]!;
    return;
  }
  if (view.gap !== SEP_NONE) startWord(view, position);
  view.digits += kind;
  view.codes[view.length] = code;
  view.length += 1;
  view.gap = SEP_NONE;
}

/**
 * The view once the whole text is written: the last word's digits read, and the signs decided.
 * A sign that turns out to stand for a letter (seldom: most are prices and e-mail addresses)
 * joins two words, so the view is then written again from the text.
 */
export function finishView(view: ViewWriter, text: string): CompactView {
  for (const position of view.signs) {
    if (signAsLetter(text, position, text.charCodeAt(position)) !== 0) return toCompactView(text);
  }
  readDigitsAsLetters(view.codes, view.tokenStart, view.length, view.digits);
  return toCompactViewOf(view);
}

/** What the writer holds, as a view: a new object, so a reader keeps its length when the writer moves on. */
const toCompactViewOf = ({ codes, length, tokenStarts, tokenSeps, tokenPositions, tokenCount }: ViewWriter): CompactView => ({ codes, length, tokenStarts, tokenSeps, tokenPositions, tokenCount });

/** The compact view of `text`. Its arrays are overwritten by the next call: read it before then. */
export function toCompactView(text: string): CompactView {
  const view = startView(matcherViewWriter, text.length);
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    let kind = VIEW_KIND[code]!;
    if (kind === KIND_UNKNOWN) kind = VIEW_KIND[code] = viewKindOf(code);
    if (kind === VIEW_SIGN) {
      const letter = signAsLetter(text, i, code);
      if (letter === 0) kind = VIEW_BREAK; else { code = letter; kind = VIEW_LETTER; }
    }
    addToView(view, code, kind, i);
  }
  readDigitsAsLetters(view.codes, view.tokenStart, view.length, view.digits);
  return toCompactViewOf(view);
}

const KIND_UNKNOWN = 255;
/** viewKindOf for each unit, learnt on first sight. */
const VIEW_KIND = new Uint8Array(65536).fill(KIND_UNKNOWN);

/** The string of units[0, size). Short strings are cheaper made directly than through a Buffer. */
export function toText(units: Uint16Array, size: number): string {
  return size <= 64 ? String.fromCharCode.apply(null, units.subarray(0, size) as unknown as number[]) : Buffer.from(units.buffer, units.byteOffset, size * 2).toString('utf16le');
}

/** The compact form of a watchlist term, and where its own word breaks are (with their kind). */
export interface CompactTerm {
  compact: string;
  breaks: Map<number, number>;
}

export function toCompactTerm(normalizedTerm: string): CompactTerm {
  return toCompactTermFromView(toCompactView(normalizedTerm));
}

export function toCompactTermFromView(view: CompactView): CompactTerm {
  // Copied out as a string: the view's arrays are reused, and a string of a term is a fifth of
  // an array of its code units in memory (compiling 100,000 terms held them all at once).
  const compact = toText(view.codes, view.length);
  let breaks = NO_BREAKS;
  for (let token = 1; token < view.tokenCount; token += 1) {
    if (breaks === NO_BREAKS) breaks = new Map<number, number>();
    breaks.set(view.tokenStarts[token]!, view.tokenSeps[token]!);
  }
  return { compact, breaks };
}

/**
 * The breaks of every one-word term: one shared empty map, never written (readers only ask
 * it), instead of one each; a map is some 100 bytes even empty, times 100,000 terms.
 */
const NO_BREAKS: Map<number, number> = new Map();

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
