/** The small pieces of one-typo matching, shared by the compiler and the matcher. */

/** Four code units as one exact number (each below 8192: Latin, Greek and Cyrillic), or -1. */
export function packFour(codes: ArrayLike<number>, at: number): number {
  let key = 0;
  for (let k = 3; k >= 0; k -= 1) {
    const code = codes[at + k]!;
    if (code >= 8192) return -1;
    key = key * 8192 + code;
  }
  return key;
}

/** The word and every form of it with one letter left out. */
export function deletionNeighbourhood(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i += 1) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Levenshtein distance ≤ 1, or one swap of neighbours. */
export function isOneEditAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
