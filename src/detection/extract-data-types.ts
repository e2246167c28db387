import { DATA_TYPES, type DataType } from '../model/analysis.js';
import { ACCESS_DATA_WORDS, DATA_TYPE_WORDS, NOT_DATA, UPPER_CASE_ONLY } from './lexicon/data-type-words.js';
import { toWordPattern } from './lexicon/word-pattern.js';
import type { NormalizedText } from './normalize-text.js';

/** One compiled pattern per data type, built once at load. */
const PATTERNS = (Object.entries(DATA_TYPE_WORDS) as [Exclude<DataType, 'access'>, string[]][]).map(([type, words]) => ({ type, pattern: toWordPattern(words) }));
const ACCESS_DATA = toWordPattern(ACCESS_DATA_WORDS);

export interface DataTypeMention {
  type: DataType;
  index: number;
  word: string;
}

/**
 * The kinds of data a posting claims, in the benchmark vocabulary, with the words that said
 * so. A mention inside an explicit "not data" phrase ("password in comments") does not count,
 * and short acronyms (SIN, HR, CP) count only when written in capitals.
 */
export function extractDataTypes(normalized: NormalizedText): { dataTypes: DataType[]; mentions: DataTypeMention[] } {
  const { text } = normalized;
  const mentions: DataTypeMention[] = [];
  for (const { type, pattern } of PATTERNS) {
    const excluded = NOT_DATA[type] ? [...text.matchAll(NOT_DATA[type]!)].map((match) => [match.index, match.index + match[0].length] as const) : [];
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const word = match[0];
      if (excluded.some(([from, to]) => match.index >= from && match.index < to)) continue;
      if (isInsideEmailAddress(text, match.index)) continue;
      if (UPPER_CASE_ONLY.has(word)) {
        const original = normalized.original.slice(normalized.starts[match.index], normalized.ends[match.index + word.length - 1]);
        if (original !== original.toUpperCase()) continue;
      }
      mentions.push({ type, index: match.index, word });
      break;
    }
  }
  // An address shown as a row or column of a dump ("| user@example.ca |") says e-mails are in it.
  if (!mentions.some((mention) => mention.type === 'email')) {
    const row = /(?:^|[|;:,\t]\s*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[|;:,\t]|$)/mu.exec(text);
    if (row) mentions.push({ type: 'email', index: row.index, word: row[0].trim() });
  }
  ACCESS_DATA.lastIndex = 0;
  const access = ACCESS_DATA.exec(text);
  if (access) mentions.push({ type: 'access', index: access.index, word: access[0] });
  const present = new Set(mentions.map((mention) => mention.type));
  return { dataTypes: DATA_TYPES.filter((type) => present.has(type)), mentions };
}

/** "prenom.nom@mediprix.fr" names no data type: the words are part of an address. */
function isInsideEmailAddress(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/[\s|;,<>()"]/.test(text[start - 1]!)) start -= 1;
  let end = index;
  while (end < text.length && !/[\s|;,<>()"]/.test(text[end]!)) end += 1;
  return /[\w.+-]@[\w-]+\.\w/.test(text.slice(start, end));
}
