import { ASCII_LETTER_UNIT, charClass, learnSingleUnit, LOOK_ALIKE_BITS, lookAlikeOf, NON_WORD, normalizeCodePoint, SINGLE_UNKNOWN, singleUnit, STOP_BITS, VIEW_DIGIT, VIEW_KIND_SHIFT, viewKindOf, WORD_UNIT } from './character-table.js';
import { addToView, createViewWriter, finishView, growView, matcherViewWriter, NEXT_GAP, readDigitsAsLetters, SEP_NONE, startView, toCompactTermFromView, toText, type CompactTerm, type CompactView, type ViewWriter } from './compact-view.js';
import { readHtmlEntity } from './html-entities.js';
import { addOffsetRun, fillOffsets, startOffsetRuns, TextWithOffsetsOnRead } from './offsets-on-read.js';

/**
 * One text in the form detection reads, with the way back to the original: `starts[i]` and
 * `ends[i]` are the offsets (UTF-16 units) in the original of normalized character `i`, so a
 * match is quoted as it was written.
 *
 * The one pass, shared by the watchlist compiler and the postings: HTML entities decoded,
 * NFKC/NFKD compatibility forms (full-width letters), case folded, accents and every combining
 * mark dropped, zero-width and bidi formatting characters dropped, and look-alike Cyrillic and
 * Greek letters mapped to Latin inside words that are otherwise Latin (a Russian word is left
 * alone). Linear in the text: each character is looked at a bounded number of times.
 */
export interface NormalizedText {
  original: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The normalized code units are written here and copied into a string at the end: one buffer
 * for every call instead of one per text (starts and ends are returned, so they cannot be).
 */
let scratchCodes = new Uint16Array(4096);


interface Output {
  codes: Uint16Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  latin: Uint16Array<ArrayBuffer> | undefined;
}

/** Room for `needed` more units after `size`. A function of its own, so the loop's variables stay local. */
function grown(output: Output, size: number, needed: number, view: ViewWriter): Output {
  const capacity = Math.max(size + needed, output.ends.length * 2);
  growView(view, capacity);
  const codes = new Uint16Array(capacity); codes.set(output.codes.subarray(0, size)); scratchCodes = codes;
  const starts = new Int32Array(capacity + 1); starts.set(output.starts.subarray(0, size));
  const ends = new Int32Array(capacity); ends.set(output.ends.subarray(0, size));
  let latin: Uint16Array<ArrayBuffer> | undefined;
  if (output.latin) { latin = new Uint16Array(capacity); latin.set(output.latin.subarray(0, size)); }
  return { codes, starts, ends, latin };
}


/**
 * Copies the characters that are one unit in and one unit out (nearly all of them) from
 * `index` on, and returns where it stopped: at the end, at a character that needs more (an
 * entity, an expansion, a surrogate pair, a sign the compact view decides on later), or at a
 * look-alike before `latin` exists. The loop of the whole normalization, kept small so that V8
 * compiles it tightly; there is always room, since the arrays are kept at least as long as the
 * rest of the text. It writes the compact view in the same pass (addToView, inlined, its state
 * in local variables): reading the text a second time for it cost as much as this whole loop.
 * Once `latin` exists it also reads words, to write in Latin those that mix the two alphabets.
 * The offsets back to the original are not written here: the units it copies are one for one,
 * so the caller notes the run (offsets-on-read.ts).
 */
function copyRun(units: Uint16Array, index: number, length: number, size: number, codes: Uint16Array, latin: Uint16Array | undefined, view: ViewWriter): number {
  let start = word.start;
  let seen = word.seen;
  const { codes: viewCodes, tokenStarts, tokenSeps, tokenPositions } = view;
  let { gap, length: viewLength, digits, tokenStart, tokenCount } = view;
  // What stops the loop, in one test: a unit not learnt yet or not one for one, a sign, and a
  // look-alike before `latin` exists.
  const stop = latin === undefined ? STOP_BITS | LOOK_ALIKE_BITS : STOP_BITS;
  while (index < length) {
    const entry = singleUnit[units[index]!]!;
    if ((entry & stop) !== 0) break;
    const kind = (entry >>> VIEW_KIND_SHIFT) & 7;
    const lookAlike = (entry >>> 16) & 0xff;
    const unit = entry & 0xffff;
    // `latin` exists once a look-alike was met (see the break above), and holds zeros elsewhere.
    if (lookAlike !== 0) latin![size] = lookAlike;
    codes[size] = unit;
    if (kind > VIEW_DIGIT) {
      if (seen === SEEN_BOTH) {
        writeInLatin(codes, latin!, start, size);
        // The word is the last size - start units of the view too.
        writeInLatin(viewCodes, latin!, start, size, viewLength - size);
      }
      start = size + 1;
      seen = 0;
      gap = NEXT_GAP[gap * 8 + kind]!;
    } else {
      seen |= ((entry & ASCII_LETTER_UNIT) !== 0 ? SEEN_ASCII : 0) | (lookAlike !== 0 ? SEEN_LOOK_ALIKE : 0);
      if (gap !== SEP_NONE) {
        readDigitsAsLetters(viewCodes, tokenStart, viewLength, digits);
        digits = 0;
        tokenStart = viewLength;
        tokenStarts[tokenCount] = viewLength;
        tokenSeps[tokenCount] = gap;
        tokenPositions[tokenCount++] = size;
      }
      digits += kind;
      viewCodes[viewLength] = unit;
      viewLength += 1;
      gap = SEP_NONE;
      // The ASCII letters that follow in the same word (most of a word in Latin script): they
      // map to themselves lower-cased, look like nothing else and stay in the word, so they need
      // no table and no branch but the loop's (the unit after the text is 0, which ends it).
      const runFrom = index;
      for (let lower = units[index + 1]! | 0x20; lower - 97 >>> 0 < 26; lower = units[index + 1]! | 0x20) {
        size += 1;
        index += 1;
        codes[size] = lower;
        viewCodes[viewLength++] = lower;
      }
      if (index !== runFrom) seen |= SEEN_ASCII;
    }
    size += 1;
    index += 1;
  }
  word.start = start;
  word.seen = seen;
  view.gap = gap;
  view.length = viewLength;
  view.digits = digits;
  view.tokenStart = tokenStart;
  view.tokenCount = tokenCount;
  return index;
}

/**
 * The word being read (see copyRun): where it starts, and what it has seen (bit 1 an ASCII
 * letter, bit 2 a look-alike). A word with both is written in Latin when it ends
 * ("Сurаleaf" → "curaleaf"); Russian words, with no ASCII letter, stay Russian. Until the
 * first look-alike no word has seen one.
 */
const word = { start: 0, seen: 0 };
const SEEN_ASCII = 1;
const SEEN_LOOK_ALIKE = 2;
const SEEN_BOTH = 3;

/** Reads units [from, to) written by the slow path into the word; the last one's look-alike too. */
function readIntoWord(codes: Uint16Array, latin: Uint16Array, from: number, to: number, view: ViewWriter): void {
  for (let k = from; k < to; k += 1) {
    if (charClass(codes[k]!) === NON_WORD) {
      if (word.seen === SEEN_BOTH) {
        writeInLatin(codes, latin, word.start, k);
        writeInLatin(view.codes, latin, word.start, k, view.length - k);
      }
      word.start = k + 1;
      word.seen = 0;
    } else {
      word.seen |= (codes[k]! >= 97 && codes[k]! <= 122 ? SEEN_ASCII : 0) | (latin[k] !== 0 ? SEEN_LOOK_ALIKE : 0);
    }
    addToView(view, codes[k]!, viewKindOf(codes[k]!), k);
  }
}

/** At the first look-alike, at `at`: the word it is in started before, maybe with ASCII letters. */
function startReadingWords(codes: Uint16Array, at: number): void {
  let start = at;
  while (start > 0 && charClass(codes[start - 1]!) !== NON_WORD) start -= 1;
  word.start = start;
  word.seen = 0;
  for (let k = start; k < at; k += 1) if (codes[k]! >= 97 && codes[k]! <= 122) word.seen = SEEN_ASCII;
}

/** Units [from, to) in Latin where they look like a Latin letter; in `target` at `shift` places from there. */
function writeInLatin(target: Uint16Array, latin: Uint16Array, from: number, to: number, shift = 0): void {
  for (let k = from; k < to; k += 1) if (latin[k] !== 0) target[k + shift] = latin[k]!;
}

export function normalizeText(original: string): NormalizedText {
  return normalize(original, OFFSETS_NEW, startView(scratchView, 0));
}

/** Where normalizeText and normalizedTextOf write the view they do not return. */
const scratchView = createViewWriter();

/**
 * normalizeText and the compact view of its text (toCompactView), written in the same pass: what
 * the watchlist matcher reads, one posting at a time. The view's arrays and the offsets
 * (`starts`, `ends`) are overwritten by the next call of this (the view also by toCompactView):
 * read them before then. Two arrays the size of every posting, made new for each, were most of
 * what the matcher left to the garbage collector, which at 100,000 terms marks a large heap.
 * The offsets are written when first read (offsets-on-read.ts); read after the next call, they
 * throw rather than give another posting's.
 */
export function normalizeTextAndView(original: string): { normalized: NormalizedText; view: CompactView } {
  const view = startView(matcherViewWriter, original.length + (original.length >> 3) + 16);
  const normalized = normalize(original, OFFSETS_REUSED, view);
  return { normalized, view: finishView(view, normalized.text) };
}

/**
 * The normalized text alone, for watchlist terms and lexicons: without the way back to the
 * original, whose two arrays per call cost more than the work on a short string.
 */
export function normalizedTextOf(original: string): string {
  return normalize(original, OFFSETS_NONE, startView(scratchView, 0)).text;
}

/**
 * A watchlist term's compact form and its own word breaks, from the term as written: what
 * toCompactTerm(normalizedTextOf(term)) gives, in one pass (compiling 100,000 terms made both).
 */
export function toCompactTermOf(term: string): CompactTerm {
  const view = startView(matcherViewWriter, term.length + (term.length >> 3) + 16);
  const text = normalize(term, OFFSETS_NONE, view).text;
  return toCompactTermFromView(finishView(view, text));
}

/** The offsets a call returns: in new arrays, in arrays reused by the next such call, or none. */
const OFFSETS_NEW = 0;
const OFFSETS_REUSED = 1;
const OFFSETS_NONE = 2;
const NO_OFFSETS = new Int32Array(0);
/** Per kind of offsets but new: the arrays the last call wrote, kept for the next. */
const kept: ({ starts: Int32Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer> } | undefined)[] = [undefined, { starts: new Int32Array(4097), ends: new Int32Array(4096) }, { starts: new Int32Array(4097), ends: new Int32Array(4096) }];
/**
 * The look-alikes' Latin letters, reused from text to text and all zeros between them: a text
 * writes only its look-alikes and clears what it wrote, so the copy loop writes nothing for the
 * other units.
 */
let scratchLatin = new Uint16Array(4096);

function normalize(original: string, offsets: number, view: ViewWriter): NormalizedText {
  const length = original.length;
  // An eighth more than the text: room for expansions (ß, æ, entities seldom grow) without regrowing.
  let capacity = length + (length >> 3) + 16;
  if (scratchCodes.length < capacity) scratchCodes = new Uint16Array(Math.max(capacity, scratchCodes.length * 2));
  const reused = kept[offsets];
  if (reused !== undefined && reused.ends.length < capacity) { reused.ends = new Int32Array(capacity * 2); reused.starts = new Int32Array(capacity * 2 + 1); }
  let codes = scratchCodes;
  let starts = reused === undefined ? new Int32Array(capacity + 1) : reused.starts;
  let ends = reused === undefined ? new Int32Array(capacity) : reused.ends;
  capacity = ends.length;
  growView(view, capacity);
  // The Latin letter each look-alike stands for, decided from the written case; 0 for others.
  // Allocated at the first look-alike: most postings have none.
  let latin: Uint16Array<ArrayBuffer> | undefined;
  word.start = 0;
  word.seen = 0;
  const units = toUnits(original);
  if (offsets === OFFSETS_REUSED) startOffsetRuns();
  let size = 0;
  let index = 0;
  while (index < length) {
    const next = copyRun(units, index, length, size, codes, latin, view);
    if (offsets === OFFSETS_REUSED) addOffsetRun(size, size + next - index, index - size);
    else if (offsets === OFFSETS_NEW) fillOffsets(starts, ends, size, size + next - index, index - size);
    size += next - index;
    index = next;
    if (index === length) break;
    const code = original.charCodeAt(index);
    // A unit seen for the first time: learnt, then read again (by the loop, if it can copy it).
    if (singleUnit[code] === SINGLE_UNKNOWN) { learnSingleUnit(code); continue; }
    if (latin === undefined && singleUnit[code]! >= 0 && ((singleUnit[code]! >>> 16) & 0xff) !== 0) {
      // The first look-alike: from here on the run copies what each one stands for too, and
      // reads words to write in Latin those that mix the two.
      latin = zeroedLatin(capacity);
      startReadingWords(codes, size);
      continue;
    }
    // The rare cases: an HTML entity, a character that becomes none or several, a surrogate pair.
    let value: string;
    let width: number;
    let codePoint = -1;
    if (code === 38) {
      const entity = readHtmlEntity(original, index);
      value = entity ? [...entity.value].map((char) => normalizeCodePoint(char.codePointAt(0)!)).join('') : '&';
      width = entity ? entity.length : 1;
    } else {
      codePoint = original.codePointAt(index)!;
      width = codePoint > 0xffff ? 2 : 1;
      value = normalizeCodePoint(codePoint);
    }
    if (capacity - size < value.length + (length - index)) {
      ({ codes, starts, ends, latin } = grown({ codes, starts, ends, latin }, size, value.length + (length - index), view));
      capacity = ends.length;
    }
    const from = size;
    for (let k = 0; k < value.length; k += 1) {
      codes[size] = value.charCodeAt(k);
      starts[size] = index;
      ends[size] = index + width;
      size += 1;
    }
    const lookAlike = codePoint !== -1 && value.length > 0 ? lookAlikeOf(codePoint, value) : 0;
    if (lookAlike !== 0 && latin === undefined) {
      latin = zeroedLatin(capacity);
      startReadingWords(codes, from);
    }
    if (latin !== undefined) {
      if (lookAlike !== 0) latin[size - 1] = lookAlike;
      readIntoWord(codes, latin, from, size, view);
    } else {
      for (let k = from; k < size; k += 1) addToView(view, codes[k]!, viewKindOf(codes[k]!), k);
    }
    index += width;
  }
  // The last word ends with the text. Most postings hold no Cyrillic or Greek letter at all:
  // then no word was read.
  if (latin !== undefined && word.seen === SEEN_BOTH) {
    writeInLatin(codes, latin, word.start, size);
    writeInLatin(view.codes, latin, word.start, size, view.length - size);
  }
  starts[size] = length;
  const text = toText(codes, size);
  if (latin !== undefined) {
    // Zeros again for the next text, which writes only its look-alikes.
    latin.fill(0, 0, size);
    scratchLatin = latin;
  }
  if (reused !== undefined) {
    // Kept as grown, if the text outgrew them.
    reused.starts = starts;
    reused.ends = ends;
  }
  if (offsets === OFFSETS_NONE) return { original, text, starts: NO_OFFSETS, ends: NO_OFFSETS };
  if (offsets === OFFSETS_REUSED) return new TextWithOffsetsOnRead(original, text, starts, ends, size);
  return { original, text, starts: starts.subarray(0, size + 1), ends: ends.subarray(0, size) };
}

/** The reused look-alike array, with room for `capacity` units: all zeros (each text clears what it wrote). */
function zeroedLatin(capacity: number): Uint16Array<ArrayBuffer> {
  if (scratchLatin.length < capacity) scratchLatin = new Uint16Array(Math.max(capacity, scratchLatin.length * 2));
  return scratchLatin;
}

/**
 * The UTF-16 units of the text being normalized, copied by Buffer#write (native code) into a
 * reused array, with a 0 after the last: the loop reads a typed array instead of calling
 * charCodeAt on the string, and the 0 ends the loop over ASCII letters without a bound check.
 * With the look-alike array kept at zero (below), the pass took about a tenth less time.
 */
let scratchUnits = new Uint16Array(4096);
let scratchUnitBytes = Buffer.from(scratchUnits.buffer);

function toUnits(original: string): Uint16Array {
  if (scratchUnits.length <= original.length) {
    scratchUnits = new Uint16Array(Math.max(original.length + 1, scratchUnits.length * 2));
    scratchUnitBytes = Buffer.from(scratchUnits.buffer);
  }
  // A call into native code costs more than a short loop: watchlist terms and lexicon words are short.
  if (original.length < 64) for (let k = 0; k < original.length; k += 1) scratchUnits[k] = original.charCodeAt(k);
  else scratchUnitBytes.write(original, 0, 'utf16le');
  scratchUnits[original.length] = 0;
  return scratchUnits;
}

/** The original text behind normalized range [from, to). */
export function quoteOriginal(normalized: NormalizedText, from: number, to: number): string {
  if (to <= from) return '';
  return normalized.original.slice(normalized.starts[from], normalized.ends[to - 1]);
}
