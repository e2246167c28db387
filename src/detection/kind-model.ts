import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PostingKind } from '../model/analysis.js';
import { featureHash, kindFeatureHashes } from './kind-features.js';

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
  /** A feature's hash (featureHash) → one weight per kind of MODEL_KINDS. */
  weights: Map<number, Float64Array>;
  /** A feature's hash → the feature, for the explanation and the file. */
  names: Map<number, string>;
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
  const present: { feature: string; weight: number }[] = [];
  for (const hash of hashes) {
    const weight = model.weights.get(hash)?.[k];
    if (weight !== undefined && weight > 0) present.push({ feature: model.names.get(hash)!, weight });
  }
  return present.sort((a, b) => b.weight - a.weight).slice(0, 4).map(({ feature }) => feature);
}

/**
 * The weights by hash in flat typed arrays with open addressing: a posting looks up a few
 * hundred features, and a Map of 26,000 numbers cost as much as making them.
 */
interface WeightTable { mask: number; keys: Uint32Array; rows: Int32Array; weights: Float64Array }
const tables = new WeakMap<KindModel, WeightTable>();

function tableOf(model: KindModel): WeightTable {
  let table = tables.get(model);
  if (table) return table;
  const K = MODEL_KINDS.length;
  let size = 1024;
  while (size < model.weights.size * 3) size <<= 1;
  table = { mask: size - 1, keys: new Uint32Array(size), rows: new Int32Array(size).fill(-1), weights: new Float64Array(model.weights.size * K) };
  let row = 0;
  for (const [hash, weights] of model.weights) {
    let slot = (hash ^ (hash >>> 15)) & table.mask;
    while (table.rows[slot] !== -1) slot = (slot + 1) & table.mask;
    table.keys[slot] = hash;
    table.rows[slot] = row;
    table.weights.set(weights, row * K);
    row += 1;
  }
  tables.set(model, table);
  return table;
}

const scores = new Float64Array(MODEL_KINDS.length);

function opinionOf(model: KindModel, hashes: Uint32Array): KindOpinion {
  const { mask, keys, rows, weights } = tableOf(model);
  const K = MODEL_KINDS.length;
  for (let k = 0; k < K; k++) scores[k] = model.bias[k]!;
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i]!;
    let slot = (hash ^ (hash >>> 15)) & mask;
    let row = rows[slot]!;
    while (row !== -1 && keys[slot] !== hash) { slot = (slot + 1) & mask; row = rows[slot]!; }
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
 * then a feature and its weights per line, tab-separated.
 */
export function parseKindModel(tsv: string, file = KIND_MODEL_FILE): KindModel {
  const lines = tsv.split('\n');
  const header = lines[0]?.split('\t') ?? [];
  if (header[0] !== 'feature' || header.slice(1).join(',') !== MODEL_KINDS.join(',')) {
    throw new Error(`${file}: the first line must be "feature" and the kinds ${MODEL_KINDS.join(', ')}, tab-separated; retrain it with \`npm run train-kind\``);
  }
  let bias: Float64Array | undefined;
  const weights = new Map<number, Float64Array>();
  const names = new Map<number, string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const fields = line.split('\t');
    const values = Float64Array.from(fields.slice(1), Number);
    if (values.length !== MODEL_KINDS.length || values.some((value) => !Number.isFinite(value))) {
      throw new Error(`${file}:${i + 1}: expected a feature and ${MODEL_KINDS.length} numbers; retrain it with \`npm run train-kind\``);
    }
    if (fields[0] === '<bias>') { bias = values; continue; }
    const hash = featureHash(fields[0]!);
    // Two features of one hash would share a weight row; with ~25,000 features of 2^32 hashes it
    // is unlikely, and the trainer keeps the first, so file and model agree.
    if (weights.has(hash)) continue;
    weights.set(hash, values);
    names.set(hash, fields[0]!);
  }
  if (!bias) throw new Error(`${file}: no <bias> line; retrain it with \`npm run train-kind\``);
  return { bias, weights, names };
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
