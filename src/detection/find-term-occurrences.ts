import { SEP_DOT, SEP_JOINER, textOffsetOf, type CompactView } from './compact-view.js';
import type { CompiledTerm, CompiledWatchlist, TermOccurrence } from './compiled-watchlist.js';

export type { TermOccurrence } from './compiled-watchlist.js';
import { fourBit, hasFourBit, isOneEditAway } from './typo-keys.js';
import { forEachNeighbour } from './deletion-index.js';
import { findPhraseTypos } from './phrase-typos.js';
import { findTranslatedNames } from './translated-names.js';
import { findShortenedNames } from './shortened-names.js';
import { readFirstWords, wordHash } from './words-read.js';
import { commonWords } from './lexicon/common-words.js';
import type { NormalizedText } from './normalize-text.js';
import { IN_FILE_NAMES_ONLY } from './name-variants.js';


/**
 * Every watchlist term in the text, in one pass of the automaton over the compact view, each
 * checked against word boundaries: a term must start and end on a word break ("ocs.ca" is not
 * in "docs.cat"), and may be split inside only where the term itself has a break, by dots or
 * hyphens ("O.C.S", "Médi-prix"), or letter by letter ("M e d i p r i x").
 */
export function findTermOccurrences(compiled: CompiledWatchlist, normalized: NormalizedText, view: CompactView): TermOccurrence[] {
  const found: TermOccurrence[] = [];
  const { codes, length, tokenStarts, tokenPositions, tokenCount } = view;
  const text = normalized.text;
  const startsExact = exactStartsFor(view.tokenCount);

  compiled.automaton.search(codes, length, tokenStarts, tokenCount, (patternId, startToken, end) => {
    const start = tokenStarts[startToken]!;
    // The word the match ends in, and whether it ends there too.
    let endToken = startToken;
    while (endToken + 1 < tokenCount && tokenStarts[endToken + 1]! <= end) endToken += 1;
    const endsWord = end + 1 === length || (endToken + 1 < tokenCount && tokenStarts[endToken + 1] === end + 1);
    const more = compiled.morePatternTerms.size === 0 ? undefined : compiled.morePatternTerms.get(patternId);
    for (let other = -1; other < (more === undefined ? 0 : more.length); other += 1) {
      const term = other === -1 ? compiled.patternTerms[patternId]! : more![other]!;
      if (!term.prefix && !endsWord) continue;
      const inner = hasAllowedInnerBreaks(term, view, startToken, endToken, end - start);
      if (inner === null) continue;
      const from = tokenPositions[startToken]!;
      const to = tokenPositions[endToken]! + end - tokenStarts[endToken]! + 1;
      const place = term.role === 'domain' ? domainPlace(text, from, to) : pathPlace(text, from, to);
      if (place === null) continue;
      // "emerita_pacientes.sql": the one distinctive word of a name is read only inside a file name or a path.
      if (place !== 'path' && term.variant === IN_FILE_NAMES_ONLY) continue;
      found.push({ term, from, to, place, typo: false, ...(inner === 'split' ? { split: true } : inner === 'split-words' ? { split: true, splitIntoWords: true } : {}) });
      startsExact[startToken] = 1;
    }
  });

  if (found.some(isWordAlone)) withoutSharedWordsAlone(found);
  if (compiled.typoTerms.length > 0) findTypos(compiled, view, text, startsExact, found);
  // A run of words one edit from a name it holds exactly ("СеверТелеком: в", "ArmyForce Online - 1")
  // is that name, already found: the exact occurrence speaks for the organization.
  const firstWords = readFirstWords(view);
  for (const { term, start, end, typedAs } of findPhraseTypos(compiled.phraseTypos, view, firstWords)) {
    const from = textOffsetOf(view, start);
    const to = textOffsetOf(view, end - 1) + 1;
    if (isNamedThere(found, term.orgIndex, from, to, true)) continue;
    found.push({ term, from, to, place: pathPlace(text, from, to), typo: true, typedAs });
  }
  for (const { term, start, end } of findTranslatedNames(compiled.translatedNames, view, firstWords)) {
    const from = textOffsetOf(view, start);
    const to = textOffsetOf(view, end - 1) + 1;
    if (isNamedThere(found, term.orgIndex, from, to, false)) continue;
    found.push({ term, from, to, place: pathPlace(text, from, to), typo: false, translated: true });
  }
  for (const { term, start, end, joined, tailDropped, firstCut } of findShortenedNames(compiled.shortenedNames, view, firstWords, startsExact)) {
    const from = textOffsetOf(view, start);
    const to = textOffsetOf(view, end - 1) + 1;
    if (isNamedThere(found, term.orgIndex, from, to, false) || (!joined && tailDropped && !endsItsPhrase(text, to))) continue;
    const place = pathPlace(text, from, to);
    const inFile = joined && (place === 'path' || isInIdentifier(text, from, to));
    if (inFile && firstCut) continue;
    found.push({ term, from, to, place, typo: false, shortened: inFile ? 'file' : 'words' });
  }
  return found.sort((a, b) => a.from - b.from || b.to - a.to);
}

const isWordAlone = (occurrence: TermOccurrence) => occurrence.term.variant === IN_FILE_NAMES_ONLY;

/**
 * A word read alone in a file name ("valbruna_erp.bak") that another organization's term also
 * covers says which of them no better than the word they share (sister companies "Valbruna
 * Alimentare", "Valbruna Logistica"): it is dropped, and the other's own term stays.
 */
function withoutSharedWordsAlone(found: TermOccurrence[]): void {
  const kept = found.filter((occurrence) => !isWordAlone(occurrence) || !found.some((other) => other !== occurrence && other.term.orgIndex !== occurrence.term.orgIndex && other.term.role !== 'keyword' && other.from < occurrence.to && occurrence.from < other.to));
  found.length = 0;
  found.push(...kept);
}

/**
 * Per word of the view, 1 where an exact match starts: such a word is no typo. Reused from
 * posting to posting (cleared for the words of each), instead of a Set asked for every long word.
 */
let exactStarts = new Uint8Array(4096);

function exactStartsFor(tokenCount: number): Uint8Array {
  if (exactStarts.length < tokenCount) exactStarts = new Uint8Array(tokenCount * 2);
  exactStarts.fill(0, 0, tokenCount);
  return exactStarts;
}

/** Whether a name, alias or domain of the organization was found over [from, to) already (`exactOnly`: not as a typo). */
function isNamedThere(found: TermOccurrence[], orgIndex: number, from: number, to: number, exactOnly: boolean): boolean {
  return found.some((other) => other.term.orgIndex === orgIndex && other.term.role !== 'keyword' && !(exactOnly && other.typo) && other.from < to && from < other.to);
}

/** How the text breaks a term: as the term does, or one long word split in two ("Val Trebbia" for Valtrebbia). */
type InnerBreaks = 'own' | 'split' | 'split-words' | null;

/** Parts of a word split in two are each this long at least, and the word twice that. */
const SPLIT_PART_MIN = 3;
const SPLIT_WORD_MIN = 8;

/**
 * The words the text breaks the match into: `startToken` to `endToken` of the view, the match
 * being `span` + 1 letters long. Each word after the first starts at a break of the text, which
 * must be one of the term's own, a dot or a joiner, or one space that splits a long word in two.
 */
function hasAllowedInnerBreaks(term: CompiledTerm, view: CompactView, startToken: number, endToken: number, span: number): InnerBreaks {
  const { tokenStarts, tokenSeps } = view;
  const start = tokenStarts[startToken]!;
  const textBreaks = endToken - startToken;
  if (term.role === 'domain') {
    // Broken exactly where the domain is, by the same kind of break ("ocsca" is not the domain ocs.ca).
    if (textBreaks !== term.breaks.size) return null;
    for (let token = startToken + 1; token <= endToken; token += 1) if (term.breaks.get(tokenStarts[token]! - start) !== tokenSeps[token]) return null;
    return 'own';
  }
  let foreignSpaces = 0;
  let foreignAt = -1;
  for (let token = startToken + 1; token <= endToken; token += 1) {
    const offset = tokenStarts[token]! - start;
    const sep = tokenSeps[token]!;
    if (term.breaks.has(offset)) continue;
    if (sep !== SEP_DOT && sep !== SEP_JOINER) { foreignSpaces += 1; foreignAt = offset; }
  }
  // Letter by letter ("M e d i p r i x"): a break after every letter.
  const letterSpaced = textBreaks === span;
  if (foreignSpaces === 0 || letterSpaced) return 'own';
  if (foreignSpaces !== 1 || !isSplittableAt(term, foreignAt)) return null;
  // "FreshBasket" as "FRESH BASKET", "PaddyPower" as "Paddy Power": two ordinary words are a
  // phrase as often as the name, so the mention needs corroboration like any weak term.
  return isTwoOrdinaryWords(term, foreignAt) ? 'split-words' : 'split';
}

function isTwoOrdinaryWords(term: CompiledTerm, offset: number): boolean {
  const [wordStart, wordEnd] = wordAround(term, offset);
  const words = commonWords();
  return words.has(term.compact.slice(wordStart, offset)) && words.has(term.compact.slice(offset, wordEnd));
}

/** The word of the term's compact form that holds `offset`: [start, end). */
function wordAround(term: CompiledTerm, offset: number): [number, number] {
  let wordStart = 0;
  let wordEnd = term.compact.length;
  for (const at of term.breaks.keys()) {
    if (at <= offset) wordStart = Math.max(wordStart, at);
    else wordEnd = Math.min(wordEnd, at);
  }
  return [wordStart, wordEnd];
}

/** A strong name's word of eight letters or more may be written as two words of three or more. */
function isSplittableAt(term: CompiledTerm, offset: number): boolean {
  if (term.weak || (term.role !== 'name' && term.role !== 'alias')) return false;
  const [wordStart, wordEnd] = wordAround(term, offset);
  return wordEnd - wordStart >= SPLIT_WORD_MIN && offset - wordStart >= SPLIT_PART_MIN && wordEnd - offset >= SPLIT_PART_MIN;
}

/** A domain is itself, a subdomain or an e-mail domain, never part of a longer name ("my-ocs.ca"). */
function domainPlace(text: string, from: number, to: number): string | null {
  const before = text[from - 1] ?? ' ';
  const after = text[to] ?? ' ';
  if (before === '-' || after === '-') return null;
  if (before === '@') return 'email-domain';
  if (before === '.') return 'subdomain';
  return pathPlace(text, from, to);
}

/** A name inside a file path or file name ("/exports/drogasil_clientes.csv") is worth saying so. */
function pathPlace(text: string, from: number, to: number): string {
  // Only the word around the match, and never more than 120 characters of it: a 1 MB posting
  // without a space must not make each match cost the whole text.
  const lowest = Math.max(0, from - 120);
  const highest = Math.min(text.length, to + 120);
  let left = from;
  while (left > lowest && !isWhiteSpace(text.charCodeAt(left - 1))) left -= 1;
  let right = to;
  while (right < highest && !isWhiteSpace(text.charCodeAt(right))) right += 1;
  return /\/|\\|\.(?:csv|xlsx?|sql|txt|json|pdf|zip|rar|7z|tar|gz|bak|db)\b/.test(text.slice(left, right)) ? 'path' : '';
}

/** Nothing but a sign, a line break or the end follows: "sonoran freight (SFL)", not "Granite State Auto Parts". */
function endsItsPhrase(text: string, to: number): boolean {
  return /^[^\S\n]*(?:[^\p{L}\p{N}\s]|\n|$)/u.test(text.slice(to, to + 8));
}

/** Joined to a file name's or a host's other parts: "auroradiag_pacientes", "backup_auroradiag", "sferatel.ru". */
function isInIdentifier(text: string, from: number, to: number): boolean {
  return /[_./\\@]/.test(text[from - 1] ?? ' ') || /[_.\/\\@][\p{L}\p{N}]/u.test(text.slice(to, to + 2));
}

/** What \s matches in a JavaScript regular expression. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Long names with one letter wrong, missing, extra or swapped: always weak, never a common word.
 * One edit in a word of eight letters or more leaves its first four or its last four letters
 * untouched, so a word that shares neither with any long name is skipped without building its
 * one-deletion neighbourhood; verdicts on words already seen are remembered per watchlist.
 */
function findTypos(compiled: CompiledWatchlist, view: CompactView, text: string, startsExact: Uint8Array, found: TermOccurrence[]): void {
  const { codes, length, tokenStarts, tokenPositions, tokenCount } = view;
  const { typoEnds } = compiled;
  const longest = compiled.typoMaxLength + 1;
  for (let token = 0; token < tokenCount; token += 1) {
    const start = tokenStarts[token]!;
    const end = token + 1 < tokenCount ? tokenStarts[token + 1]! : length;
    const size = end - start;
    if (size >= 7 && size <= longest
      && (hasFourBit(typoEnds, fourBit(codes, start, size)) || hasFourBit(typoEnds, fourBit(codes, end - 4, size)))
      && startsExact[token] === 0) {
      for (const term of typoCandidates(compiled, codes, start, end)) {
        // A word's letters are consecutive in the normalized text.
        const from = tokenPositions[token]!;
        found.push({ term, from, to: from + size, place: pathPlace(text, from, from + size), typo: true });
      }
    }
  }
}

const NO_TERMS: CompiledTerm[] = [];

/** The terms one edit from the word codes[from, to), remembered per watchlist by a hash of the word. */
function typoCandidates(compiled: CompiledWatchlist, codes: Uint16Array, from: number, to: number): CompiledTerm[] {
  // 30 bits: a small integer to V8, so the key is not boxed in a new heap number at each look-up.
  const hash = wordHash(codes, from, to) & 0x3fffffff;
  const cached = compiled.typoCache.get(hash);
  if (cached && isSameWord(cached.word, codes, from, to)) return cached.terms;
  // Spreading the subarray into the call went through its iterator, letter by letter.
  const word = String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  let result = NO_TERMS;
  if (!commonWords().has(word)) {
    const seen: CompiledTerm[] = [];
    forEachNeighbour(compiled.typoIndex(), codes, from, to, (termIndex) => {
      const term = compiled.typoTerms[termIndex]!;
      if (!seen.includes(term) && term.compact !== word && isOneEditAway(term.compact, word)) seen.push(term);
    });
    if (seen.length > 0) result = seen;
  }
  // Bounded: a stream of never-repeated words must not grow the cache without end.
  if (compiled.typoCache.size >= 50_000) compiled.typoCache.clear();
  compiled.typoCache.set(hash, { word, terms: result });
  return result;
}

function isSameWord(word: string, codes: Uint16Array, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let k = 0; k < word.length; k += 1) if (word.charCodeAt(k) !== codes[from + k]) return false;
  return true;
}
