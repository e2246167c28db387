/**
 * The one-deletion neighbourhoods of the long watchlist names, for one-typo matching: a word is
 * one edit from a name when the two share a form with at most one letter left out (the word
 * itself or a deletion). At 100,000 terms that is over a million forms; as strings in a Map they
 * took most of the compile time and some 60 MB. Here each form is a 32-bit polynomial hash
 * computed from the code units, with no string made, in flat arrays: an open-addressed table of
 * hashes, each with a chain of (name, deleted position) entries in the order they were added.
 * Two forms that share a hash are told apart by comparing their letters, so a lookup returns
 * exactly what the Map of strings returned, in the same order.
 */
export interface DeletionIndex {
  /** The names, in the order they were added. */
  words: readonly string[];
  /**
   * Per table slot, side by side (SLOT fields): the hash held there, and the first and last
   * entry of its chain (-1: empty). At 100,000 terms the table is 24 MB, so nearly every probe
   * misses the caches: one array per field cost a miss per field, building and looking up.
   */
  slots: Int32Array;
  /** Per entry, side by side (ENTRY fields): the name, the position left out of it (-1: none), the next entry of its chain. */
  entries: Int32Array;
  mask: number;
}

/** Fields of a slot and of an entry. */
const SLOT = 3;
const SLOT_HASH = 0;
const SLOT_HEAD = 1;
const SLOT_TAIL = 2;
const ENTRY = 3;
const ENTRY_WORD = 0;
const ENTRY_AT = 1;
const ENTRY_NEXT = 2;

const BASE = 0x01000193;
let powers = new Int32Array(0);
let prefix = new Int32Array(0);
let suffix = new Int32Array(0);

/** BASE^k for k < length, and room for the prefix and suffix hashes of a word that long. */
function ensureLength(length: number): void {
  if (powers.length > length) return;
  const size = Math.max(64, length * 2);
  powers = new Int32Array(size);
  powers[0] = 1;
  for (let k = 1; k < size; k += 1) powers[k] = Math.imul(powers[k - 1]!, BASE);
  prefix = new Int32Array(size + 1);
  suffix = new Int32Array(size + 1);
}

/** Fills prefix[i] = hash(w[0, i)) and suffix[i] = hash(w[i, n)) for the word codes[from, from + n). */
function hashAffixes(codes: ArrayLike<number>, from: number, n: number): void {
  ensureLength(n + 1);
  prefix[0] = 0;
  for (let k = 0; k < n; k += 1) prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + codes[from + k]!) | 0;
  suffix[n] = 0;
  for (let k = n - 1; k >= 0; k -= 1) suffix[k] = (Math.imul(codes[from + k]!, powers[n - 1 - k]!) + suffix[k + 1]!) | 0;
}

/** The hash of the word of length n with position `at` left out (-1: the whole word), from its affixes. */
function formHash(n: number, at: number): number {
  return at === -1 ? prefix[n]! : (Math.imul(prefix[at]!, powers[n - 1 - at]!) + suffix[at + 1]!) | 0;
}

const toSlot = (hash: number, mask: number) => (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 7) & mask;

export function buildDeletionIndex(words: readonly string[]): DeletionIndex {
  let entries = 0;
  for (const word of words) entries += word.length + 1;
  let slots = 16;
  while (slots < entries * 2) slots *= 2;
  const mask = slots - 1;
  const table = new Int32Array(slots * SLOT);
  for (let slot = 0; slot < slots; slot += 1) { table[slot * SLOT + SLOT_HEAD] = -1; table[slot * SLOT + SLOT_TAIL] = -1; }
  const chains = new Int32Array(entries * ENTRY);
  let codes = new Uint16Array(64);
  let entry = 0;
  words.forEach((word, wordIndex) => {
    if (codes.length < word.length) codes = new Uint16Array(word.length * 2);
    for (let k = 0; k < word.length; k += 1) codes[k] = word.charCodeAt(k);
    hashAffixes(codes, 0, word.length);
    for (let at = -1; at < word.length; at += 1) {
      const hash = formHash(word.length, at);
      let slot = toSlot(hash, mask);
      while (table[slot * SLOT + SLOT_HEAD] !== -1 && table[slot * SLOT + SLOT_HASH] !== hash) slot = (slot + 1) & mask;
      const at3 = slot * SLOT;
      if (table[at3 + SLOT_HEAD] === -1) { table[at3 + SLOT_HASH] = hash; table[at3 + SLOT_HEAD] = entry; } else chains[table[at3 + SLOT_TAIL]! * ENTRY + ENTRY_NEXT] = entry;
      table[at3 + SLOT_TAIL] = entry;
      chains[entry * ENTRY + ENTRY_WORD] = wordIndex;
      chains[entry * ENTRY + ENTRY_AT] = at;
      chains[entry * ENTRY + ENTRY_NEXT] = -1;
      entry += 1;
    }
  });
  return { words, slots: table, entries: chains, mask };
}

/** A word's form hashes (itself, then without each letter), reused from word to word. */
let formHashes = new Int32Array(64);

/**
 * Calls `onWord(index)` for every indexed name sharing a form with the word codes[from, to),
 * visiting the word's forms in order (itself, then without its first letter, its second, …) and
 * the names of each form in the order they were added; a name may come more than once.
 */
export function forEachNeighbour(index: DeletionIndex, codes: ArrayLike<number>, from: number, to: number, onWord: (wordIndex: number) => void): void {
  const n = to - from;
  hashAffixes(codes, from, n);
  if (formHashes.length < n + 1) formHashes = new Int32Array((n + 1) * 2);
  const hashes = formHashes;
  for (let at = -1; at < n; at += 1) hashes[at + 1] = formHash(n, at);
  const { slots, entries, mask } = index;
  for (let at = -1; at < n; at += 1) {
    const hash = hashes[at + 1]!;
    let slot = toSlot(hash, mask);
    while (slots[slot * SLOT + SLOT_HEAD] !== -1 && slots[slot * SLOT + SLOT_HASH] !== hash) slot = (slot + 1) & mask;
    for (let entry = slots[slot * SLOT + SLOT_HEAD]!; entry !== -1; entry = entries[entry * ENTRY + ENTRY_NEXT]!) {
      const wordIndex = entries[entry * ENTRY + ENTRY_WORD]!;
      if (isSameForm(index.words[wordIndex]!, entries[entry * ENTRY + ENTRY_AT]!, codes, from, n, at)) onWord(wordIndex);
    }
  }
}

/** Whether `word` without position `wordAt` equals codes[from, from + n) without position `codesAt` (-1: nothing left out). */
function isSameForm(word: string, wordAt: number, codes: ArrayLike<number>, from: number, n: number, codesAt: number): boolean {
  const formLength = codesAt === -1 ? n : n - 1;
  if ((wordAt === -1 ? word.length : word.length - 1) !== formLength) return false;
  for (let k = 0; k < formLength; k += 1) {
    const own = word.charCodeAt(wordAt === -1 || k < wordAt ? k : k + 1);
    const other = codes[from + (codesAt === -1 || k < codesAt ? k : k + 1)]!;
    if (own !== other) return false;
  }
  return true;
}
