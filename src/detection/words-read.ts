import type { CompactView } from './compact-view.js';

/**
 * The words of a posting's first lines, hashed once for the matchers that read only there (a
 * typo over several words, a generic word in another language): where sellers and leak sites
 * name the victim. Every typo and translated generic word of the blind sets stood in the first
 * 200 characters; 512 letters are about the first 650.
 */
export const LETTERS_READ = 512;

export interface WordsRead {
  /** How many words start within the letters read. */
  count: number;
  /** FNV-1a hash of each word's letters, and where it ends in the compact view. */
  hashes: Uint32Array;
  ends: Int32Array;
}

let read: WordsRead = { count: 0, hashes: new Uint32Array(256), ends: new Int32Array(256) };

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of codes[from, to): one word, as the indexes of the names key theirs. */
export function wordHash(codes: ArrayLike<number>, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let k = from; k < to; k += 1) hash = Math.imul(hash ^ codes[k]!, FNV_PRIME);
  return hash >>> 0;
}

/** FNV-1a of text[from, to)'s code units, continuing from `hash` (a string's own hash when it starts at FNV_OFFSET). */
export function textHash(text: string, from = 0, to = text.length, hash = FNV_OFFSET): number {
  let h = hash;
  for (let k = from; k < to; k += 1) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}

/** The words of the view's first LETTERS_READ letters. Its arrays are reused by the next call: read them before then. */
export function readFirstWords(view: CompactView): WordsRead {
  const { codes, length, tokenStarts, tokenCount } = view;
  let count = 0;
  while (count < tokenCount && tokenStarts[count]! < LETTERS_READ) count += 1;
  if (read.hashes.length < count) read = { count, hashes: new Uint32Array(count * 2), ends: new Int32Array(count * 2) };
  for (let token = 0; token < count; token += 1) {
    const end = token + 1 < tokenCount ? tokenStarts[token + 1]! : length;
    read.ends[token] = end;
    read.hashes[token] = wordHash(codes, tokenStarts[token]!, end);
  }
  read.count = count;
  return read;
}
