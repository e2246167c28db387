/** The small pieces of one-typo matching, shared by the compiler and the matcher. */

/**
 * The first or last four letters of long names with their length, as a set of bits: a word whose
 * own first four and last four are both absent at its length cannot be one edit from any of them
 * (see findTypos). A hash, so two different keys may share a bit; that only sends a word to the
 * exact check.
 */
export const FOUR_BITS = 1 << 22;

/**
 * The bit of four code units at `at`, in a word of `length` units. Runs holding a unit at or
 * above 8192 (beyond Latin, Greek and Cyrillic) share one bit per length: they go to the exact check.
 */
export function fourBit(codes: ArrayLike<number>, at: number, length: number): number {
  const a = codes[at]!;
  const b = codes[at + 1]!;
  const c = codes[at + 2]!;
  const d = codes[at + 3]!;
  const first = (a | b | c | d) >= 8192 ? 0 : a * 8192 + b;
  const second = first === 0 ? length : c * 8192 + d;
  const mixed = Math.imul(Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b) ^ length, 0xc2b2ae35);
  return (mixed >>> 10) & (FOUR_BITS - 1);
}

export const hasFourBit = (bits: Uint32Array, bit: number): boolean => (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
export const addFourBit = (bits: Uint32Array, bit: number): void => { bits[bit >>> 5]! |= 1 << (bit & 31); };

/**
 * Levenshtein distance ≤ 1, or one swap of neighbours. Compares the two in place, with no
 * string cut out of either: typos over several words compare each run of words with every name
 * its keys bring, and the slices were most of that time.
 */
export function isOneEditAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (a.length === b.length) {
    if (isSameFrom(a, i + 1, b, i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && isSameFrom(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? isSameFrom(a, i + 1, b, i) : isSameFrom(a, i, b, i + 1);
}

/** Whether a from `aFrom` on and b from `bFrom` on are the same text (nothing, past the end). */
function isSameFrom(a: string, aFrom: number, b: string, bFrom: number): boolean {
  const rest = Math.max(0, a.length - aFrom);
  if (rest !== Math.max(0, b.length - bFrom)) return false;
  for (let k = 0; k < rest; k += 1) if (a.charCodeAt(aFrom + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}
