/**
 * The way back from a normalized posting to the original, written only when it is read. Nearly
 * every unit is copied one for one (normalize-text.ts, copyRun), so its offsets are its own
 * index shifted by a constant over a whole run: the runs are noted (three numbers each) and the
 * offset arrays filled from them on first read. The watchlist matcher never reads them (it
 * quotes nothing); the rules of detection read them where a posting names something or counts
 * records. Filled for every posting, even in a loop of their own after the copy, they were a
 * sixth of the normalization's time under the profiler.
 */

/** from, to (end exclusive) and shift of each run, one after the other. */
let runs = new Int32Array(3 * 256);
let runCount = 0;
/** Counts the texts normalized with offsets on read: the runs and arrays belong to the last one. */
let generation = 0;

/** A text is being normalized: the runs of the one before are dropped. */
export function startOffsetRuns(): void {
  runCount = 0;
  generation += 1;
}

/** Units [from, to) of the normalized text come from units [from + shift, to + shift) of the original. */
export function addOffsetRun(from: number, to: number, shift: number): void {
  if (from === to) return;
  if (runCount * 3 + 3 > runs.length) {
    const grown = new Int32Array(runs.length * 2);
    grown.set(runs);
    runs = grown;
  }
  runs[runCount * 3] = from;
  runs[runCount * 3 + 1] = to;
  runs[runCount * 3 + 2] = shift;
  runCount += 1;
}

/** Writes the offsets of units [from, to), copied one for one from `shift` places further in the original. */
export function fillOffsets(starts: Int32Array, ends: Int32Array, from: number, to: number, shift: number): void {
  for (let k = from; k < to; k += 1) {
    starts[k] = k + shift;
    ends[k] = k + shift + 1;
  }
}

/**
 * A normalized text whose `starts` and `ends` (the first `size` units, and the end of the text at
 * starts[size]) are filled from the runs when first read. The arrays are the reused ones, which
 * only the units that are not copied one for one were written into so far. A class, so that the
 * two getters sit on one prototype: an object literal with getters, made for every posting, left
 * every reader of the normalized text on a slow path (the detector was 7 % slower for it).
 */
export class TextWithOffsetsOnRead {
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #written = generation;
  #filled = false;

  constructor(readonly original: string, readonly text: string, starts: Int32Array, ends: Int32Array, size: number) {
    this.#starts = starts.subarray(0, size + 1);
    this.#ends = ends.subarray(0, size);
  }

  get starts(): Int32Array {
    if (!this.#filled) this.#fill();
    return this.#starts;
  }

  get ends(): Int32Array {
    if (!this.#filled) this.#fill();
    return this.#ends;
  }

  #fill(): void {
    if (this.#written !== generation) {
      throw new Error('The offsets of a normalized posting were read after the next posting was normalized, which reuses their arrays: read normalized.starts and .ends before calling normalizeTextAndView again.');
    }
    for (let run = 0; run < runCount; run += 1) fillOffsets(this.#starts, this.#ends, runs[run * 3]!, runs[run * 3 + 1]!, runs[run * 3 + 2]!);
    this.#filled = true;
  }
}
