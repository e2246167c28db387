import { normalizeText } from '../normalize-text.js';
import { matchesWhere } from '../word-start-matches.js';
import { COUNTRY_WORDS, SECTOR_WORDS } from './context-words.js';
import { ACCESS_DATA_WORDS, DATA_TYPE_WORDS } from './data-type-words.js';
import { ACCESS_TECH_WORDS, ACCESS_WORDS, DATA_NOUNS, INCIDENT_WORDS, LEAK_WORDS, NEWS_WORDS, NOT_AN_OFFER_WORDS, RANSOM_WORDS, SALE_WORDS } from './kind-words.js';

/** One word or phrase of a lexicon found in a text: normalized offsets, end exclusive. */
export interface WordHit {
  index: number;
  end: number;
  word: string;
}

/** Every lexicon hit of one text, by category (`type:email`, `sector:pharmacy`, `kind:sale`, …). */
export type VocabularyScan = ReadonlyMap<string, readonly WordHit[]>;

interface Entry {
  category: string;
  tokens: string[];
  /** The last token is a stem: "pharmac*" matches pharmacy, pharmacies, pharmaceutical. */
  stem: boolean;
}

/**
 * Every lexicon of detection (data types, sector and country words, kind cues) compiled into
 * one index keyed by a phrase's first word, so a text is read once, word by word, with a hash
 * look-up per word — instead of some eighty regular expressions, each walking the whole text.
 * Entries are written normalized (see lexicon files): `*` ends a stem, a space or other
 * punctuation separates words, `re:` marks a raw regular expression for the rare pattern that
 * words cannot say.
 */
function categories(): [string, readonly string[]][] {
  return [
    ...Object.entries(DATA_TYPE_WORDS).map(([type, words]) => [`type:${type}`, words] as [string, string[]]),
    ['type:access', ACCESS_DATA_WORDS],
    ...Object.entries(SECTOR_WORDS).map(([sector, words]) => [`sector:${sector}`, words] as [string, string[]]),
    ...Object.entries(COUNTRY_WORDS).map(([country, words]) => [`country:${country}`, words] as [string, string[]]),
    ['kind:sale', SALE_WORDS], ['kind:leak', LEAK_WORDS], ['kind:ransom', RANSOM_WORDS], ['kind:access', ACCESS_WORDS],
    ['kind:access-tech', ACCESS_TECH_WORDS], ['kind:news', NEWS_WORDS], ['kind:not-an-offer', NOT_AN_OFFER_WORDS], ['kind:data', DATA_NOUNS], ['kind:incident', INCIDENT_WORDS],
  ];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the words of a phrase: a little punctuation, never a new field or line. */
const PHRASE_GAP = /^[^\p{L}\p{N}\n,;|]{1,4}$/u;

interface CompiledVocabulary {
  byFirstWord: Map<string, Entry[]>;
  /** Entries whose first word is a stem, keyed by its first three letters. */
  byStemStart: Map<string, Entry[]>;
  raw: { category: string; pattern: RegExp }[];
}

let compiled: CompiledVocabulary | undefined;

function compile(): CompiledVocabulary {
  const byFirstWord = new Map<string, Entry[]>();
  const byStemStart = new Map<string, Entry[]>();
  const rawByCategory = new Map<string, string[]>();
  const push = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key);
    if (list) list.push(entry); else map.set(key, [entry]);
  };
  for (const [category, words] of categories()) {
    for (const written of words) {
      if (written.startsWith('re:')) {
        const list = rawByCategory.get(category) ?? [];
        list.push(written.slice(3));
        rawByCategory.set(category, list);
        continue;
      }
      const normalized = normalizeText(written).text;
      const stem = normalized.endsWith('*');
      const tokens = normalized.match(WORD) ?? [];
      if (tokens.length === 0) continue;
      const entry: Entry = { category, tokens, stem };
      // Stems under three letters would match half the language; they are read as whole words.
      if (stem && tokens.length === 1 && tokens[0]!.length >= 3) push(byStemStart, tokens[0]!.slice(0, 3), entry);
      else push(byFirstWord, tokens[0]!, entry);
    }
  }
  // No lookbehind in front: V8 then skips ahead to the first letters the pattern can start with,
  // where a lookbehind tried at every position made these few patterns cost as much as all the
  // words. The word start is checked on each match instead (word-start-matches.ts).
  const raw = [...rawByCategory].map(([category, sources]) => ({ category, pattern: new RegExp(`(?:${sources.join('|')})`, 'gu') }));
  return { byFirstWord, byStemStart, raw };
}

/** Read a normalized text once and report every lexicon hit, in text order within each category. */
export function scanVocabulary(text: string): VocabularyScan {
  compiled ??= compile();
  const words: { index: number; end: number; token: string }[] = [];
  // Handles and links name no data: "@mobile_deals_x" offers no phone numbers.
  const skipped: [number, number][] = [];
  for (const chunk of text.matchAll(/(?<!\S)(?:@\S+|\S*:\/\/\S+|www\.\S+)/gu)) skipped.push([chunk.index, chunk.index + chunk[0].length]);
  let skip = 0;
  for (const match of text.matchAll(WORD)) {
    while (skip < skipped.length && skipped[skip]![1] <= match.index) skip += 1;
    if (skip < skipped.length && skipped[skip]![0] <= match.index) continue;
    words.push({ index: match.index, end: match.index + match[0].length, token: match[0] });
  }
  const hits = new Map<string, WordHit[]>();
  for (let i = 0; i < words.length; i += 1) {
    const { token, index } = words[i]!;
    for (const entry of compiled.byFirstWord.get(token) ?? []) {
      const end = matchRest(entry, words, i, text);
      if (end !== -1) addHit(hits, text, entry.category, index, end);
    }
    if (token.length >= 3) {
      for (const entry of compiled.byStemStart.get(token.slice(0, 3)) ?? []) {
        if (token.startsWith(entry.tokens[0]!)) addHit(hits, text, entry.category, index, words[i]!.end);
      }
    }
  }
  for (const { category, pattern } of compiled.raw) {
    for (const match of matchesWhere(pattern, text, 'not after a letter or digit')) addHit(hits, text, category, match.index, match.index + match[0].length);
  }
  for (const list of hits.values()) list.sort((a, b) => a.index - b.index);
  return hits;
}

/** Records a hit; of two starting at the same place, the longer. Not a closure per scan: this runs on every posting. */
function addHit(hits: Map<string, WordHit[]>, text: string, category: string, index: number, end: number): void {
  const list = hits.get(category);
  const hit = { index, end, word: text.slice(index, end) };
  if (!list) { hits.set(category, [hit]); return; }
  const last = list[list.length - 1]!;
  if (last.index === index) { if (end > last.end) list[list.length - 1] = hit; return; }
  list.push(hit);
}

/** The end of a phrase that starts at word `first`, or -1 when the following words do not fit. */
function matchRest(entry: Entry, words: { index: number; end: number; token: string }[], first: number, text: string): number {
  const { tokens, stem } = entry;
  for (let k = 1; k < tokens.length; k += 1) {
    const word = words[first + k];
    if (!word || !PHRASE_GAP.test(text.slice(words[first + k - 1]!.end, word.index))) return -1;
    const isLast = k === tokens.length - 1;
    if (isLast && stem ? !word.token.startsWith(tokens[k]!) : word.token !== tokens[k]) return -1;
  }
  const last = words[first + tokens.length - 1]!;
  return last.end;
}

export function hitsOf(scan: VocabularyScan, category: string): readonly WordHit[] {
  return scan.get(category) ?? [];
}
