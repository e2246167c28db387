import { flagCountries } from './lexicon/context-words.js';
import type { VocabularyScan } from './lexicon/vocabulary.js';

/** A sector or country word found in the text, at a normalized offset. */
export interface ContextWord {
  kind: 'sector' | 'country';
  value: string;
  index: number;
  word: string;
}

/** Every sector and country word of a normalized text; flags (🇨🇦) count as country words. */
export function findContextWords(text: string, scan: VocabularyScan): ContextWord[] {
  const found: ContextWord[] = [];
  for (const [category, hits] of scan) {
    const [kind, value] = category.split(':') as [string, string];
    if (kind !== 'sector' && kind !== 'country') continue;
    for (const hit of hits) found.push({ kind, value, index: hit.index, word: hit.word });
  }
  for (const flag of flagCountries(text)) found.push({ kind: 'country', value: flag.code, index: flag.index, word: `flag ${flag.code}` });
  return found.sort((a, b) => a.index - b.index);
}
