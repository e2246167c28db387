import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detection/aho-corasick.js';

const codes = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));
const occurrences = (patterns: string[], text: string) => {
  const automaton = buildAutomaton(patterns.map((pattern) => [...codes(pattern)]));
  const found: string[] = [];
  automaton.search(codes(text), text.length, (id, end) => found.push(`${patterns[id]}@${end - patterns[id]!.length + 1}`));
  return found.sort();
};
const naive = (patterns: string[], text: string) => {
  const found: string[] = [];
  patterns.forEach((pattern) => {
    for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) found.push(`${pattern}@${i}`);
  });
  return found.sort();
};

describe('buildAutomaton', () => {
  it('finds overlapping and nested patterns', () => {
    expect(occurrences(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he@2', 'hers@2', 'she@1']);
  });

  it('agrees with a naive search on random texts and patterns', () => {
    let seed = 7;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const word = (length: number) => Array.from({ length }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let round = 0; round < 50; round += 1) {
      const patterns = [...new Set(Array.from({ length: 12 }, () => word(1 + Math.floor(random() * 4))))];
      const text = word(200);
      expect(occurrences(patterns, text)).toEqual(naive(patterns, text));
    }
  });
});
