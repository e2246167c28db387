/**
 * Patterns searched without a lookbehind or class in front. V8 skips ahead to the characters a
 * pattern can start with only when it starts with literal text: `(?<![\p{L}\p{N}])(?:free|gratis)`
 * runs the lookbehind at every position of the text and took ten to twenty times as long as
 * `(?:free|gratis)` on the ingest benchmark's postings. The condition on what stands before a
 * match is checked here instead, on each match, and a match refused for it lets the search go on
 * from the next character, so every match the lookbehind would have allowed is still found.
 */

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What a match may not follow, as `(?<![\p{L}])` or `(?<![\p{L}\p{N}])` would say. */
export type Before = 'not after a letter' | 'not after a letter or digit' | 'after two letters';

/** The code point that ends just before `index`, or -1 at the start of the text. */
function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

function isIn(code: number, kind: RegExp): boolean {
  if (code === -1) return false;
  // ASCII, nearly every character before a match, is told without making a string.
  if (code < 0x80) {
    const isLetter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    return isLetter || (kind === LETTER_OR_DIGIT && code >= 0x30 && code <= 0x39);
  }
  return kind.test(String.fromCodePoint(code));
}

/** Whether what stands before `index` allows a match to start there. */
export function allowsMatchAt(text: string, index: number, before: Before): boolean {
  const previous = codePointBefore(text, index);
  if (before === 'not after a letter') return !isIn(previous, LETTER);
  if (before === 'not after a letter or digit') return !isIn(previous, LETTER_OR_DIGIT);
  if (!isIn(previous, LETTER)) return false;
  return isIn(codePointBefore(text, index - (previous > 0xffff ? 2 : 1)), LETTER);
}

/** Every match of a global pattern that `before` allows, in order, as matchAll would give them with the lookbehind. */
export function* matchesWhere(pattern: RegExp, text: string, before: Before): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`matchesWhere needs a global pattern (flag g), not /${pattern.source}/${pattern.flags}`);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const { index } = match;
    const allowed = allowsMatchAt(text, index, before);
    // Refused, or empty (which would find itself again): go on from the next character.
    if (!allowed || match[0].length === 0) pattern.lastIndex = index + 1;
    if (allowed) yield match;
  }
}

/** Whether a global pattern has a match that `before` allows: `test` with the lookbehind. */
export function hasMatchWhere(pattern: RegExp, text: string, before: Before): boolean {
  if (!pattern.global) throw new Error(`hasMatchWhere needs a global pattern (flag g), not /${pattern.source}/${pattern.flags}`);
  // The loop of matchesWhere without its generator: this is asked several times of every mention.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (allowsMatchAt(text, match.index, before)) return true;
    pattern.lastIndex = match.index + 1;
  }
  return false;
}
