import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PostingKind } from '../model/analysis.js';
import { featureHash, featureHashOf, kindFeatureHashes } from './kind-features.js';

export { kindFeatures, MODEL_TEXT_CHARS } from './kind-features.js';

/**
 * A second opinion on what a posting is, learned from labelled postings: a multinomial logistic
 * regression over the posting's words, word pairs and word beginnings. The rules in
 * classify-kind.ts read cues from lexicons (the features are in kind-features.ts); a seller who writes "SLIV … klienty — бесплатно",
 * "prezzo in pv" or "LIBERADOS. mega link" uses words no lexicon had, and the rules fall back to
 * `other`. The model has read thousands of postings in seven languages and weighs every word it
 * met, so it covers the vocabulary the lexicons lack; revise-kind.ts decides when it is heard.
 *
 * The weights are trained by bench/train-kind-model.ts (`npm run train-kind`) and kept in
 * lexicon/kind-model.tsv: one line per feature, a weight per kind.
 */
export const MODEL_KINDS: readonly PostingKind[] = ['sale', 'leak', 'ransom', 'access', 'news', 'other'];

export interface KindModel {
  bias: Float64Array;
  /** How many features it weighs. */
  size: number;
  /** A feature's hash (featureHash) → one weight per kind of MODEL_KINDS. */
  readonly weights: Map<number, Float64Array>;
  /** A feature's hash → the feature, for the explanation and the file. */
  readonly names: Map<number, string>;
}

export interface KindOpinion {
  kind: PostingKind;
  probability: number;
  /** One per kind of MODEL_KINDS, in that order. */
  probabilities: Float64Array;
}

/** What the model reads in a normalized posting: its features hashed in one pass, no strings made. */
export function predictKind(model: KindModel, normalizedText: string, source: string | undefined): KindOpinion {
  return opinionOf(model, kindFeatureHashes(normalizedText, source));
}

/** The same from hashes already made (kindFeatureHashes): a caller that may explain the opinion keeps them. */
export function predictKindFromHashes(model: KindModel, hashes: Uint32Array): KindOpinion {
  return opinionOf(model, hashes);
}

/** The same from features as strings (training, leave-one-set-out, tests). */
export function predictKindFromFeatures(model: KindModel, features: Iterable<string>): KindOpinion {
  return opinionOf(model, Uint32Array.from(new Set(Array.from(features, featureHash))));
}

/** Of a posting's features (their hashes), those that weigh most for `kind`: worked out only when an opinion is explained. */
export function strongestFeatures(model: KindModel, hashes: Uint32Array, kind: PostingKind): string[] {
  const k = MODEL_KINDS.indexOf(kind);
  const table = tableOf(model);
  const present: { row: number; weight: number }[] = [];
  for (const hash of hashes) {
    const row = rowOf(table, hash);
    const weight = row === -1 ? 0 : table.weights[row * MODEL_KINDS.length + k]!;
    if (weight > 0) present.push({ row, weight });
  }
  return present.sort((a, b) => b.weight - a.weight).slice(0, 4).map(({ row }) => table.nameOfRow(row));
}

/**
 * The weights by hash in flat typed arrays with open addressing: a posting looks up a few
 * hundred features, and a Map of 26,000 numbers cost as much as making them.
 */
interface WeightTable { mask: number; keys: Uint32Array; rows: Int32Array; weights: Float64Array; nameOfRow: (row: number) => string }
const tables = new WeakMap<KindModel, WeightTable>();

function emptyTable(features: number, nameOfRow: (row: number) => string): WeightTable {
  let size = 1024;
  while (size < features * 3) size <<= 1;
  return { mask: size - 1, keys: new Uint32Array(size), rows: new Int32Array(size).fill(-1), weights: new Float64Array(features * MODEL_KINDS.length), nameOfRow };
}

/** Puts `hash` at `row`; false when a feature of the same hash is already there. */
function placeRow(table: WeightTable, hash: number, row: number): boolean {
  let slot = (hash ^ (hash >>> 15)) & table.mask;
  while (table.rows[slot] !== -1) {
    if (table.keys[slot] === hash) return false;
    slot = (slot + 1) & table.mask;
  }
  table.keys[slot] = hash;
  table.rows[slot] = row;
  return true;
}

function rowOf(table: WeightTable, hash: number): number {
  let slot = (hash ^ (hash >>> 15)) & table.mask;
  let row = table.rows[slot]!;
  while (row !== -1 && table.keys[slot] !== hash) { slot = (slot + 1) & table.mask; row = table.rows[slot]!; }
  return row;
}

/** The table of a model made in memory (training); a model read from its file is born with one. */
function tableOf(model: KindModel): WeightTable {
  let table = tables.get(model);
  if (table) return table;
  const names: string[] = [];
  table = emptyTable(model.weights.size, (row) => names[row]!);
  let row = 0;
  for (const [hash, weights] of model.weights) {
    placeRow(table, hash, row);
    table.weights.set(weights, row * MODEL_KINDS.length);
    names.push(model.names.get(hash)!);
    row += 1;
  }
  tables.set(model, table);
  return table;
}

const scores = new Float64Array(MODEL_KINDS.length);

function opinionOf(model: KindModel, hashes: Uint32Array): KindOpinion {
  const table = tableOf(model);
  const { weights } = table;
  const K = MODEL_KINDS.length;
  for (let k = 0; k < K; k++) scores[k] = model.bias[k]!;
  for (let i = 0; i < hashes.length; i++) {
    const row = rowOf(table, hashes[i]!);
    if (row === -1) continue;
    const base = row * K;
    for (let k = 0; k < K; k++) scores[k]! += weights[base + k]!;
  }
  const probabilities = softmax(scores);
  let best = 0;
  for (let k = 1; k < K; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  return { kind: MODEL_KINDS[best]!, probability: probabilities[best]!, probabilities };
}

export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) { out[k] = Math.exp(scores[k]! - max); sum += out[k]!; }
  for (let k = 0; k < scores.length; k++) out[k]! /= sum;
  return out;
}

export const KIND_MODEL_FILE = fileURLToPath(new URL('./lexicon/kind-model.tsv', import.meta.url));

/**
 * The model as kind-model.tsv writes it: a header naming the kinds in order, a `<bias>` line,
 * then a feature and its weights per line, tab-separated. Read straight into the weight table,
 * without a string or an array per line (26,000 lines: 70–110 ms that way, once per process and
 * per analysis thread); the features' names are cut from the file only when asked for.
 */
export function parseKindModel(tsv: string, file = KIND_MODEL_FILE): KindModel {
  const K = MODEL_KINDS.length;
  const firstEnd = tsv.indexOf('\n');
  const header = tsv.slice(0, firstEnd === -1 ? tsv.length : firstEnd).split('\t');
  if (header[0] !== 'feature' || header.slice(1).join(',') !== MODEL_KINDS.join(',')) {
    throw new Error(`${file}: the first line must be "feature" and the kinds ${MODEL_KINDS.join(', ')}, tab-separated; retrain it with \`npm run train-kind\``);
  }
  let lineCount = 0;
  for (let at = tsv.indexOf('\n'); at !== -1; at = tsv.indexOf('\n', at + 1)) lineCount += 1;
  const nameStarts = new Int32Array(lineCount + 1);
  const nameEnds = new Int32Array(lineCount + 1);
  const table = emptyTable(lineCount + 1, (row) => tsv.slice(nameStarts[row], nameEnds[row]));
  let bias: Float64Array | undefined;
  let rows = 0;
  let lineNumber = 1;
  const values = new Float64Array(K);
  for (let start = firstEnd + 1; firstEnd !== -1 && start < tsv.length;) {
    lineNumber += 1;
    let end = tsv.indexOf('\n', start);
    if (end === -1) end = tsv.length;
    if (end > start) {
      const nameEnd = tsv.indexOf('\t', start);
      let fields = 0;
      let at = nameEnd;
      while (at !== -1 && at < end && fields < K) {
        const next = tsv.indexOf('\t', at + 1);
        const fieldEnd = next === -1 || next > end ? end : next;
        values[fields++] = decimalAt(tsv, at + 1, fieldEnd);
        at = fieldEnd === end ? -1 : fieldEnd;
      }
      if (nameEnd === -1 || nameEnd > end || fields !== K || at !== -1 || !values.every(Number.isFinite)) {
        throw new Error(`${file}:${lineNumber}: expected a feature and ${K} numbers; retrain it with \`npm run train-kind\``);
      }
      if (tsv.startsWith('<bias>\t', start)) bias = values.slice();
      // Two features of one hash would share a weight row; with ~26,000 features of 2^32 hashes
      // it is unlikely, and the trainer keeps the first, so file and model agree.
      else if (placeRow(table, featureHashOf(tsv, start, nameEnd), rows)) {
        table.weights.set(values, rows * K);
        nameStarts[rows] = start;
        nameEnds[rows] = nameEnd;
        rows += 1;
      }
    }
    start = end + 1;
  }
  if (!bias) throw new Error(`${file}: no <bias> line; retrain it with \`npm run train-kind\``);
  const model = modelOfTable(bias, table, rows);
  tables.set(model, table);
  return model;
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * The number written in tsv[from, to) as writeKindModel writes it ("-0.203", "1.53", "0"), read
 * without cutting a string: digits into an integer, divided by the power of ten of its decimals,
 * which is the same double as parsing the text. Anything else is read by Number.
 */
function decimalAt(tsv: string, from: number, to: number): number {
  let at = from;
  const negative = tsv.charCodeAt(at) === 45;
  if (negative) at += 1;
  let digits = 0;
  let decimals = -1;
  for (; at < to; at += 1) {
    const code = tsv.charCodeAt(at);
    if (code >= 48 && code <= 57) { digits = digits * 10 + (code - 48); if (decimals >= 0) decimals += 1; continue; }
    if (code === 46 && decimals === -1) { decimals = 0; continue; }
    return +tsv.slice(from, to);
  }
  if (at === from + (negative ? 1 : 0) || decimals > 6 || digits > Number.MAX_SAFE_INTEGER) return +tsv.slice(from, to);
  const value = decimals > 0 ? digits / POWERS_OF_TEN[decimals]! : digits;
  return negative ? -value : value;
}

/** A model read from its file: the Maps of KindModel are made from the table only if something asks (writing it back, tests). */
function modelOfTable(bias: Float64Array, table: WeightTable, rows: number): KindModel {
  let weights: Map<number, Float64Array> | undefined;
  let names: Map<number, string> | undefined;
  const build = () => {
    weights = new Map();
    names = new Map();
    for (let slot = 0; slot < table.rows.length; slot++) {
      const row = table.rows[slot]!;
      if (row === -1) continue;
      weights.set(table.keys[slot]!, table.weights.slice(row * MODEL_KINDS.length, (row + 1) * MODEL_KINDS.length));
      names.set(table.keys[slot]!, table.nameOfRow(row));
    }
  };
  return {
    bias,
    size: rows,
    get weights() { if (!weights) build(); return weights!; },
    get names() { if (!names) build(); return names!; },
  };
}

let loaded: KindModel | undefined;

/** Read once per process, when the first posting needs it (`leakwatch --help` never does). */
export function kindModel(): KindModel {
  loaded ??= parseKindModel(readFileSync(KIND_MODEL_FILE, 'utf8'));
  return loaded;
}

export function writeKindModel(model: KindModel): string {
  const round = (value: number) => String(Math.round(value * 1000) / 1000);
  const lines = [['feature', ...MODEL_KINDS].join('\t'), ['<bias>', ...Array.from(model.bias, round)].join('\t')];
  const rows = [...model.weights].map(([hash, weights]) => [model.names.get(hash)!, weights] as const);
  for (const [feature, weights] of rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push([feature, ...Array.from(weights, round)].join('\t'));
  }
  return lines.join('\n') + '\n';
}
