import { COUNTRY_WORDS, SECTOR_WORDS, flagCountries } from './lexicon/context-words.js';
import { toWordPattern } from './lexicon/word-pattern.js';

/** A sector or country word found in the text, at a normalized offset. */
export interface ContextWord {
  kind: 'sector' | 'country';
  value: string;
  index: number;
  word: string;
}

const SECTOR_PATTERNS = Object.entries(SECTOR_WORDS).filter(([, words]) => words.length > 0).map(([sector, words]) => ({ value: sector, pattern: toWordPattern(words) }));
const COUNTRY_PATTERNS = Object.entries(COUNTRY_WORDS).map(([country, words]) => ({ value: country, pattern: toWordPattern(words) }));

/** Every sector and country word of a normalized text; flags (🇨🇦) count as country words. */
export function findContextWords(text: string): ContextWord[] {
  const found: ContextWord[] = [];
  for (const [kind, patterns] of [['sector', SECTOR_PATTERNS], ['country', COUNTRY_PATTERNS]] as const) {
    for (const { value, pattern } of patterns) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) found.push({ kind, value, index: match.index, word: match[0] });
    }
  }
  for (const flag of flagCountries(text)) found.push({ kind: 'country', value: flag.code, index: flag.index, word: `flag ${flag.code}` });
  return found.sort((a, b) => a.index - b.index);
}
