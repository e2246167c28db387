import { describe, expect, it } from 'vitest';
import { buildDeletionIndex, forEachNeighbour } from '../../src/detection/deletion-index.js';

/** The index it replaced: every form with at most one letter left out, as strings in a Map. */
function forms(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i += 1) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}
function neighboursByStrings(words: string[], word: string): number[] {
  const index = new Map<string, number[]>();
  words.forEach((indexed, wordIndex) => { for (const key of forms(indexed)) index.set(key, [...(index.get(key) ?? []), wordIndex]); });
  return forms(word).flatMap((key) => index.get(key) ?? []);
}
function neighbours(words: string[], word: string): number[] {
  const found: number[] = [];
  const codes = Uint16Array.from(`xx${word}`, (char) => char.charCodeAt(0));
  forEachNeighbour(buildDeletionIndex(words), codes, 2, codes.length, (wordIndex) => found.push(wordIndex));
  return found;
}

describe('deletion index', () => {
  it('finds names one letter apart, in the order of the forms and of the names', () => {
    const words = ['nordfracht', 'nordfrach', 'ordfracht', 'nordfrcht', 'nordfracht'];
    expect(neighbours(words, 'nordfracht')).toEqual(neighboursByStrings(words, 'nordfracht'));
    // The word itself first (both copies of it), then the names one letter shorter.
    expect(neighbours(words, 'nordfracht').slice(0, 2)).toEqual([0, 4]);
    expect(new Set(neighbours(words, 'nordfracht'))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(neighbours(words, 'nordfrxcht')).toEqual(neighboursByStrings(words, 'nordfrxcht'));
    expect(neighbours(words, 'lufthansa')).toEqual([]);
  });

  it('agrees with the index of strings on random words, including letters beyond Latin', () => {
    let seed = 11;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const word = () => Array.from({ length: 2 + Math.floor(random() * 5) }, () => 'abжш'[Math.floor(random() * 4)]).join('');
    const words = Array.from({ length: 200 }, word);
    for (let round = 0; round < 200; round += 1) {
      const probe = word();
      expect(neighbours(words, probe)).toEqual(neighboursByStrings(words, probe));
    }
  });
});
