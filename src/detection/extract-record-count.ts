import {
  COUNT_LABEL_BEFORE, CURRENCY_AFTER, CURRENCY_BEFORE, EMPLOYEE_NOUNS, ENTITY_NOUNS, FILE_NOUNS, NOT_COUNT_BEFORE, NOT_COUNT_NOUNS, RECORD_NOUNS,
} from './lexicon/count-words.js';
import { normalizeText, normalizedTextOf, type NormalizedText } from './normalize-text.js';
import { matchesWhere } from './word-start-matches.js';

/**
 * The number of records or people a posting claims: "150k", "150 000", "150.000", "1,2M",
 * "1.1kk", "1,2 млн", "45'000", "mezzo milione", "~3 millions de lignes" → an integer.
 * Every number is read with what surrounds it: a currency makes it a price, GB a size, hosts
 * or employees a headcount, "sample" a sample; a record noun or a label ("rows: 27 412")
 * makes it the claim. The best-supported number wins, the first among equals; an exact figure
 * beats a rounded one that says the same ("27k accounts … hits: 27 118").
 */
export interface CountCandidate {
  value: number;
  index: number;
  score: number;
  rounded: boolean;
  why: string;
}

const NUMBER = /(?:[1-9]\d{0,2}(?:[ \u00a0\u202f'’]\d{3})+(?!\d)|[1-9]\d{0,2}(?:[.,]\d{3})+(?![\d]|[.,]\d)|\d+(?:[.,]\d+)?)/gu;
const MULTIPLIER = /^\s?(kk|к\s?к|k|к|tsd|lakhs?|lacs?|crores?|mln|mio|mila|mil|mille|mi|м|millionen|millions?|millones|millon|milhoes|milhao|miljoen|milioni|milione|млн|миллион\S*|тыс\S*|thousand|mm|m|bn|b|billions?|md)(?![\p{L}])\.?/u;
const WORDED = [
  { pattern: /(?:полтора|полторы)\s+(?:миллиона|млн)/gu, value: 1_500_000 },
  { pattern: /(?:mezzo|half a|half|un demi|demi|medio|meio|пол)[\s-]*(?:milione|million|millon|milhao|миллиона)/gu, value: 500_000 },
  { pattern: /(?:a|one|un|une|um|uma|ein|einer|один)\s+(?:million|millon|milhao|миллион)(?![\p{L}])/gu, value: 1_000_000 },
];
const RECORD_NOUN_BEFORE = new RegExp(`(?:${RECORD_NOUNS.filter((word) => !word.includes(' ')).map((word) => normalizeText(word.replace('*', '')).text).join('|')})\\S*\\s*(?:\\([^)]{0,30}\\))?\\s*[—–-]?\\s*[~≈]?\\s*$`, 'u');
/** German and Dutch compounds end in their record noun. */
const COMPOUND_RECORDS = ['datensatze', 'konten', 'kunden', 'eintrage', 'adressen', 'nummern', 'gegevens', 'akten'];
const FILLERS = new Set(['em', 'in', 'im', 'de', 'd', 'of', 'du', 'des', 'total', 'unique', 'online', 'en', 'the', 'di', 'von', 'van', 'approx', 'more', 'plus', 'over', 'fresh',
  'verified', 'valid', 'checked', 'active', 'real', 'full', 'new', 'mas', 'mais', 'uber', 'свыше', 'более', 'do', 'da', 'del']);

const toStemSet = (written: string[]) => {
  const words = written.map((word) => normalizeText(word).text);
  return { exact: new Set(words.filter((word) => !word.endsWith('*'))), stems: words.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)) };
};
const RECORDS = toStemSet(RECORD_NOUNS);
const ENTITIES = toStemSet(ENTITY_NOUNS);
const EMPLOYEES = toStemSet(EMPLOYEE_NOUNS);
const FILES = toStemSet(FILE_NOUNS);
const NOT_COUNTS = toStemSet(NOT_COUNT_NOUNS);
const isIn = (set: ReturnType<typeof toStemSet>, word: string) => set.exact.has(word) || set.stems.some((stem) => word.startsWith(stem));

function multiplierOf(word: string): number {
  if (/^(lakhs?|lacs?)$/.test(word)) return 100_000;
  if (/^crores?$/.test(word)) return 10_000_000;
  if (/^(kk|к\s?к|м|mi|mln|mio|millionen|millions?|millones|millon|milhoes|milhao|miljoen|milioni|milione|млн|миллион\S*|mm|m)$/u.test(word)) return 1_000_000;
  if (/^(bn|b|billions?|md)$/u.test(word)) return 1_000_000_000;
  return 1000;
}

/** Whether a record noun follows closely the word at `at`. */
function recordsFollow(words: string[], at: number): boolean {
  return words.slice(at + 1, at + 3).some((next) => isIn(RECORDS, next));
}

/** What the words after a number make of it: a score, or null when it is not a count at all. */
function scoreByUnit(after: string): { score: number; why: string } | null {
  const words = after.split(/[\n—|:;/()[\]•·,]/u, 1)[0]!.slice(0, 80).match(/[\p{L}]+(?:-[\p{L}]+)?/gu) ?? [];
  let looked = 0;
  // "3k employee records", "200 staff email accounts": a noun for people or places followed
  // closely by a record noun counts as records.
  for (const [at, written] of words.entries()) {
    // Compounds count by their last part: "Händler-Accounts", "Kundendatensätze".
    const word = written.includes('-') ? written.slice(written.lastIndexOf('-') + 1) : COMPOUND_RECORDS.find((tail) => written.endsWith(tail)) ?? written;
    if (FILLERS.has(word)) continue;
    if (isIn(NOT_COUNTS, word)) return null;
    if (isIn(RECORDS, word)) return { score: 3, why: `records (${word})` };
    if (isIn(ENTITIES, word) || isIn(EMPLOYEES, word)) return recordsFollow(words, at) ? { score: 3, why: `records (${word} …)` } : { score: 1, why: `people or places (${word})` };
    if (isIn(FILES, word)) return { score: 0.5, why: `files (${word})` };
    looked += 1;
    if (looked >= 3) break;
  }
  return { score: 0, why: 'bare' };
}

/**
 * "Group 1001 Insurance Holdings", "(Group 1001)": a plain number between a capitalized word and
 * another capitalized word or a closing bracket is part of a name. Read in the original text,
 * where the capitals are; a record noun after it ("MEDIPRIX 150000 CLIENTS") keeps it a count.
 */
function isPartOfName(original: NormalizedText | undefined, index: number, endIndex: number): boolean {
  if (!original) return false;
  const start = original.starts[index]!;
  const end = original.ends[endIndex - 1]!;
  const before = /(\p{Lu}[\p{Ll}]+)\s$/u.exec(original.original.slice(Math.max(0, start - 30), start));
  if (!before || isIn(RECORDS, before[1]!.toLowerCase())) return false;
  const after = /^(?:\s*\)|\s(\p{Lu}[\p{L}]*))/u.exec(original.original.slice(end, end + 30));
  return after !== null && (after[1] === undefined || !isIn(RECORDS, normalizedTextOf(after[1])));
}

// Two mask signs against a letter or digit: of fixed width, so the search stays linear on a line of stars.
const MASKED = /[\p{L}\p{N}][*•]{2}|[*•]{2}[\p{L}\p{N}]/u;

/**
 * A line of at least two field separators and a masked value: a data row shown as a sample. Read
 * within 200 characters after the number: an unbounded search for the line's end, from every
 * number of a long line, would be quadratic (as the search back was, issue 13).
 */
function isSampleRow(text: string, lineStart: number, index: number): boolean {
  const reach = text.slice(lineStart, index + 200);
  const newline = reach.indexOf('\n', index - lineStart);
  const line = newline === -1 ? reach : reach.slice(0, newline);
  let separators = 0;
  for (let at = 0; at < line.length && separators < 2; at += 1) if (line[at] === '|' || line[at] === ';' || line[at] === '\t') separators += 1;
  return separators >= 2 && MASKED.test(line);
}

/** A line that so far holds only a comment mark: "# ", "-- ", "// ". */
const COMMENT_MARK_ONLY = /^[ \t]*(?:#|--|\/\/)[ \t]+$/u;

/**
 * Adds the number at index…endIndex to `candidates` when it reads as a count. A function of the
 * module, not a closure made per posting: this runs on every posting (ingest).
 */
function consider(text: string, original: NormalizedText | undefined, candidates: CountCandidate[], index: number, endIndex: number, value: number, rounded: boolean): void {
  if (!Number.isFinite(value) || value < 10 || value > 1e10) return;
  // The line break is looked for within the 200 characters read, never back to the start of the
  // text: from every number of a long line that search was quadratic (issue 13).
  const lineStart = Math.max(0, index - 200) + text.slice(Math.max(0, index - 200), index).lastIndexOf('\n') + 1;
  const before = text.slice(Math.max(lineStart, index - 40), index);
  const after = text.slice(endIndex, endIndex + 100);
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return;
  if (/^\s*(?:%|[-–]\s?\d|:\d|\/\d|\.\w|x\d)/u.test(after) || /(?:\d[-–:/]|\d\s?[hч]\s?)$/u.test(before)) return;
  // "# 2270 rows", "-- rows: …": a dump's comment header states its size; "#3" elsewhere is a number.
  const commentHeader = COMMENT_MARK_ONLY.test(text.slice(lineStart, index));
  if (!commentHeader && NOT_COUNT_BEFORE.test(before)) return;
  // A sample shown on the same line is not the claim ("Échantillon 20 lignes", "Sample (masked): … 75000").
  if (/(?:sample|echantillon|muestra|amostra|campione|stichprobe|probe|образец|ex\.|e\.g\.)/u.test(text.slice(Math.max(lineStart, index - 200), index))) return;
  // Nor a row of the sample itself, below its label: fields between separators, some masked
  // ("M. | MART*** | 12 rue ***, 81000 Albi", "NI: AB12****C | ****5521"): its numbers are data.
  if (isSampleRow(text, lineStart, index)) return;
  const unit = scoreByUnit(after.replace(/^\s*\+?\)?/, ''));
  if (unit === null) return;
  let { score, why } = unit;
  if (COUNT_LABEL_BEFORE.test(before)) { score = 3; why = 'labelled'; }
  if (score === 0 && RECORD_NOUN_BEFORE.test(before)) { score = 2.5; why = 'after a record noun'; }
  if (score === 0) {
    // "4K" next to "Netflix" is a resolution: a small rounded figure needs a noun to be a count.
    if (rounded && value >= 10_000) { score = 2; why = 'rounded figure'; } else if (rounded) { score = 1; why = 'small rounded figure'; } else if (value >= 1000) { score = 1.5; why = 'figure'; } else return;
  }
  // Checked last, for the few numbers that are still candidates: it reads the original text.
  if (score < 3 && !rounded && /^\d+$/u.test(text.slice(index, endIndex)) && isPartOfName(original, index, endIndex)) return;
  candidates.push({ value: Math.round(value), index, score, rounded, why });
}

export function findCountCandidates(text: string, original?: NormalizedText): CountCandidate[] {
  const candidates: CountCandidate[] = [];
  // Searched without a lookbehind in front, which V8 would try at every position (word-start-matches.ts).
  for (const match of matchesWhere(NUMBER, text, 'not after a letter or digit')) {
    const raw = match[0];
    const index = match.index;
    let end = index + raw.length;
    if (raw.length > 1 && raw.startsWith('0') && !/^0[.,]/.test(raw)) continue;
    const rest = text.slice(end, end + 16);
    const multiplier = MULTIPLIER.exec(rest);
    let value: number;
    if (multiplier) {
      // "32m" after "11h" is minutes of a countdown, not 32 million.
      if (/^m{1,2}$/.test(multiplier[1]!) && /\d\s*[hч]\s*$/u.test(text.slice(Math.max(0, index - 8), index))) continue;
      const separators = raw.match(/[ \u00a0\u202f'’.,]/g) ?? [];
      const numeric = separators.length === 1 ? raw.replace(/[ \u00a0\u202f'’]/, '').replace(',', '.') : raw.replace(/[ \u00a0\u202f'’.,]/g, '');
      value = Number(numeric) * multiplierOf(multiplier[1]!);
      end += multiplier[0].length;
      consider(text, original, candidates, index, end, value, true);
      continue;
    }
    if (/^\d{1,3}(?:[ \u00a0\u202f'’.,]\d{3})+$/.test(raw)) {
      value = Number(raw.replace(/[ \u00a0\u202f'’.,]/g, ''));
    } else if (/[.,]/.test(raw)) {
      continue; // a decimal without a multiplier is a price or a rating, never a count
    } else {
      value = Number(raw);
      if (raw.length === 4 && value >= 1900 && value <= 2099) continue; // a year
    }
    consider(text, original, candidates, index, end, value, false);
  }
  for (const { pattern, value } of WORDED) {
    for (const match of matchesWhere(pattern, text, 'not after a letter')) consider(text, original, candidates, match.index, match.index + match[0].length, value, true);
  }
  return candidates.sort((a, b) => a.index - b.index);
}

/** Significant digits of a figure: 27118 has five, 27000 two. */
function precision(candidate: CountCandidate): number {
  let value = candidate.value;
  while (value >= 10 && value % 10 === 0) value /= 10;
  return String(value).length;
}

export function extractRecordCount(text: string, original?: NormalizedText): { count: number | null; candidate: CountCandidate | null } {
  const candidates = findCountCandidates(text, original);
  let best: CountCandidate | null = null;
  for (const candidate of candidates) if (best === null || candidate.score > best.score) best = candidate;
  if (best === null) return { count: null, candidate: null };
  // The most precise of the figures that say the same: "27k … hits: 27 118", "19 million … 19.2 million".
  const chosen = best;
  for (const candidate of candidates) {
    if (candidate.score >= Math.min(1.5, chosen.score) && Math.abs(candidate.value - chosen.value) <= chosen.value * 0.1 && precision(candidate) > precision(best)) best = candidate;
  }
  return { count: best.value, candidate: best };
}
