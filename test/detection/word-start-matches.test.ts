import { describe, expect, it } from 'vitest';
import { allowsMatchAt, hasMatchWhere, matchesWhere } from '../../src/detection/word-start-matches.js';

/** What the lookbehind form finds, to compare with. */
const withLookbehind = (lookbehind: string, source: string, text: string) =>
  [...text.matchAll(new RegExp(`${lookbehind}(?:${source})`, 'gu'))].map((match) => [match.index, match[0]]);
const withoutIt = (source: string, text: string, before: Parameters<typeof matchesWhere>[2]) =>
  [...matchesWhere(new RegExp(`(?:${source})`, 'gu'), text, before)].map((match) => [match.index, match[0]]);

describe('matches searched without a lookbehind in front', () => {
  const texts = [
    'free gratis unfree freegratis',
    'x free, (free) 𝐀free free𝐀 free',
    'em 3 dias; sistem 3 dias; em 12 dias',
    'carte, cartes|karte /tarjeta',
    '',
    'frefree free',
  ];

  it.each(texts)('finds what (?<![\\p{L}\\p{N}]) finds in %j', (text) => {
    for (const source of ['free|gratis', 'em \\d{1,2} dias|m 3', '(?<=[,;:|/]\\s?)(?:tarjetas?|carte|cartes|karte)', 'fre|free']) {
      expect(withoutIt(source, text, 'not after a letter or digit')).toEqual(withLookbehind('(?<![\\p{L}\\p{N}])', source, text));
    }
  });

  it.each(texts)('finds what (?<![\\p{L}]) and (?<=\\p{L}{2}) find in %j', (text) => {
    expect(withoutIt('free|gratis|\\d', text, 'not after a letter')).toEqual(withLookbehind('(?<![\\p{L}])', 'free|gratis|\\d', text));
    expect(withoutIt('free|ree', text, 'after two letters')).toEqual(withLookbehind('(?<=\\p{L}{2})', 'free|ree', text));
  });

  it('reads a letter outside the BMP before a match as one letter', () => {
    expect(allowsMatchAt('𝐀free', 2, 'not after a letter')).toBe(false);
    expect(allowsMatchAt('𝐀𝐀free', 4, 'after two letters')).toBe(true);
    expect(allowsMatchAt('a𝐀free', 3, 'after two letters')).toBe(true);
    expect(allowsMatchAt(' 𝐀free', 3, 'after two letters')).toBe(false);
  });

  it('tests like the lookbehind form and refuses a pattern that is not global', () => {
    expect(hasMatchWhere(/(?:daten)/gu, 'Personaldaten', 'after two letters')).toBe(true);
    expect(hasMatchWhere(/(?:daten)/gu, 'die daten', 'after two letters')).toBe(false);
    expect(() => [...matchesWhere(/free/u, 'free', 'not after a letter')]).toThrow(/flag g/);
  });
});
