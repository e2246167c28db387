import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detection/aho-corasick.js';

const codes = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));
const occurrences = (patterns: string[], text: string, denseEntries?: number) => {
  const automaton = buildAutomaton(patterns, denseEntries === undefined ? {} : { denseEntries });
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

  // Rows for every state near the root (the default here, the patterns being few), for the
  // root alone (every other step probes the double array and follows failures), and in between.
  it.each([undefined, 0, 40])('agrees with a naive search on random texts and patterns (dense entries %s)', (denseEntries) => {
    let seed = 7;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    // Letters no pattern holds ('d') and letters beyond Latin (Cyrillic ж) in the text as well.
    const word = (length: number, letters = 'abcж') => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    for (let round = 0; round < 50; round += 1) {
      const patterns = [...new Set(Array.from({ length: 12 }, () => word(1 + Math.floor(random() * 5))))];
      const text = word(300, 'abcdж');
      expect(occurrences(patterns, text, denseEntries)).toEqual(naive(patterns, text));
    }
  });

  it('keeps one output per pattern when patterns repeat and nest', () => {
    expect(occurrences(['ab', 'ab', 'b', 'abab'], 'ababx', 0)).toEqual(['ab@0', 'ab@2', 'abab@0', 'b@1', 'b@3']);
  });
});
