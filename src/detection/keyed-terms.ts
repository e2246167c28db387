import type { KeyedTerms } from './compiled-watchlist.js';

/**
 * Sorted look-ups shared by the indexes of names read beyond the automaton (typos over several
 * words, generic words in other languages, leak-site subjects): term indices kept as two flat
 * arrays sorted by key, found by halving.
 */

/** Room for term indices in a packed pair: a million names. */
export const INDEX_SPAN = 2 ** 20;

/**
 * Pairs packed as key × 2^20 + index in one Float64Array (exact below 2^52), sorted natively and
 * unpacked: at 100,000 names, pairs as small arrays made the compile's peak memory 10 MB larger.
 */
export function toKeyedTerms(packed: Float64Array): KeyedTerms {
  packed.sort();
  const keys = new Uint32Array(packed.length);
  const terms = new Int32Array(packed.length);
  packed.forEach((pair, at) => { keys[at] = Math.floor(pair / INDEX_SPAN); terms[at] = pair % INDEX_SPAN; });
  return { keys, terms };
}

/** The first index of a sorted array whose value is not below `key` (its length when none is). */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, key: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) { const mid = (low + high) >>> 1; if (sorted[mid]! < key) low = mid + 1; else high = mid; }
  return low;
}

/** Adds to `list` the terms stored under `key`, each once. */
export function addTermsOf(keyed: KeyedTerms, key: number, list: number[]): void {
  const { keys, terms } = keyed;
  for (let at = lowerBound(keys, key); at < keys.length && keys[at] === key; at += 1) if (!list.includes(terms[at]!)) list.push(terms[at]!);
}
