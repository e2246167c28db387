import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detection/word-start-trie.js';

const codes = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));

/** Words of `text` split at spaces, the way the compact view keeps them: letters run together, word starts apart. */
const toWords = (text: string) => {
  const starts: number[] = [];
  let letters = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    starts.push(letters.length);
    letters += word;
  }
  return { letters, starts: Int32Array.from(starts) };
};

const occurrences = (patterns: string[], text: string, denseEntries?: number) => {
  const automaton = buildAutomaton(patterns, denseEntries === undefined ? {} : { denseEntries });
  const { letters, starts } = toWords(text);
  const found: string[] = [];
  automaton.search(codes(letters), letters.length, starts, starts.length, (id, startToken, end) => {
    expect(end - patterns[id]!.length + 1).toBe(starts[startToken]);
    found.push(`${patterns[id]}@${starts[startToken]}`);
  });
  return found.sort();
};

/** Every occurrence that starts where a word does, found the slow way. */
const naive = (patterns: string[], text: string) => {
  const { letters, starts } = toWords(text);
  const found: string[] = [];
  patterns.forEach((pattern) => {
    for (let i = letters.indexOf(pattern); i !== -1; i = letters.indexOf(pattern, i + 1)) if (starts.includes(i)) found.push(`${pattern}@${i}`);
  });
  return [...new Set(found)].sort();
};

describe('buildAutomaton', () => {
  it('finds the patterns that start a word, across words, and none inside one', () => {
    expect(occurrences(['he', 'she', 'his', 'hers', 'shers'], 'us hers she rs')).toEqual(['he@2', 'hers@2', 'she@6', 'shers@6']);
  });

  // Rows for every state near the root (the default here, the patterns being few), for the
  // root alone (every other step probes the double array), and in between.
  it.each([undefined, 0, 40])('agrees with a naive search on random texts and patterns (dense entries %s)', (denseEntries) => {
    let seed = 7;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    // Letters no pattern holds ('d') and letters beyond Latin (Cyrillic ж) in the text as well.
    const word = (length: number, letters = 'abcж') => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    for (let round = 0; round < 50; round += 1) {
      const patterns = [...new Set(Array.from({ length: 12 }, () => word(1 + Math.floor(random() * 5))))];
      const text = word(300, 'abcdж  ');
      expect(occurrences(patterns, text, denseEntries)).toEqual(naive(patterns, text));
    }
  });

  it('keeps one output per pattern when patterns repeat and nest', () => {
    expect(occurrences(['ab', 'ab', 'b', 'abab'], 'abab x b', 0)).toEqual(['ab@0', 'abab@0', 'b@5']);
  });
});
