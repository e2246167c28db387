import { DATA_TYPES, type DataType } from '../model/analysis.js';
import { NOT_DATA, UPPER_CASE_ONLY } from './lexicon/data-type-words.js';
import { hitsOf, type VocabularyScan } from './lexicon/vocabulary.js';
import type { NormalizedText } from './normalize-text.js';

export interface DataTypeMention {
  type: DataType;
  index: number;
  word: string;
}

/**
 * The kinds of data a posting claims, in the benchmark vocabulary, with the words that said
 * so. A mention inside an explicit "not data" phrase ("password in comments") does not count,
 * nor a word inside an e-mail address, and short acronyms (SIN, HR, CP) count only when
 * written in capitals.
 */
export function extractDataTypes(normalized: NormalizedText, scan: VocabularyScan): { dataTypes: DataType[]; mentions: DataTypeMention[] } {
  const { text } = normalized;
  const mentions: DataTypeMention[] = [];
  for (const type of DATA_TYPES) {
    const hits = hitsOf(scan, `type:${type}`);
    if (hits.length === 0) continue;
    const notData = NOT_DATA[type];
    const excluded = notData ? [...text.matchAll(notData)].map((match) => [match.index, match.index + match[0].length] as const) : [];
    const accepted = hits.find((hit) => {
      if (isInsideRanges(excluded, hit.index)) return false;
      if (isInsideEmailAddress(text, hit.index)) return false;
      if (UPPER_CASE_ONLY.has(hit.word)) {
        const original = normalized.original.slice(normalized.starts[hit.index], normalized.ends[hit.end - 1]);
        if (original !== original.toUpperCase()) return false;
      }
      return true;
    });
    if (accepted) mentions.push({ type, index: accepted.index, word: accepted.word });
  }
  // An address shown as a row or column of a dump ("| user@example.ca |") says e-mails are in it.
  if (!mentions.some((mention) => mention.type === 'email')) {
    const row = /(?:^|[|;:,\t]\s{0,20})[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[|;:,\t]|$)/mu.exec(text);
    if (row) mentions.push({ type: 'email', index: row.index, word: row[0].trim() });
  }
  const present = new Set(mentions.map((mention) => mention.type));
  return { dataTypes: DATA_TYPES.filter((type) => present.has(type)), mentions };
}

/**
 * Whether `index` falls in one of `ranges` (from matchAll: in order, not overlapping), by binary
 * search: checking every range for every hit was quadratic when each hit is excluded, as in a
 * million characters of "password=" (issue 13).
 */
function isInsideRanges(ranges: readonly (readonly [number, number])[], index: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle]![1] <= index) low = middle + 1; else high = middle;
  }
  return low < ranges.length && ranges[low]![0] <= index;
}

/** "prenom.nom@mediprix.fr" names no data type: the words are part of an address. */
function isInsideEmailAddress(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < 100 && !/[\s|;,<>()"]/.test(text[start - 1]!)) start -= 1;
  let end = index;
  while (end < text.length && end - index < 100 && !/[\s|;,<>()"]/.test(text[end]!)) end += 1;
  return /[\w.+-]@[\w-]+\.\w/.test(text.slice(start, end));
}
