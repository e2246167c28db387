import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PostingKind } from '../model/analysis.js';

/**
 * A second opinion on what a posting is, learned from labelled postings: a multinomial logistic
 * regression over the posting's words, word pairs and word beginnings. The rules in
 * classify-kind.ts read cues from lexicons; a seller who writes "SLIV … klienty — бесплатно",
 * "prezzo in pv" or "LIBERADOS. mega link" uses words no lexicon had, and the rules fall back to
 * `other`. The model has read thousands of postings in seven languages and weighs every word it
 * met, so it covers the vocabulary the lexicons lack; revise-kind.ts decides when it is heard.
 *
 * The weights are trained by bench/train-kind-model.ts (`npm run train-kind`) and kept in
 * lexicon/kind-model.tsv: one line per feature, a weight per kind.
 */
export const MODEL_KINDS: readonly PostingKind[] = ['sale', 'leak', 'ransom', 'access', 'news', 'other'];

/** The first characters are where a posting says what it is; a dump's rows beyond add nothing. */
export const MODEL_TEXT_CHARS = 2000;
/** Words longer than this are also read by their beginning: "бесплатно"/"бесплатная", "liberados"/"liberado". */
const PREFIX_FROM = 6;
const PREFIX_LENGTH = 5;

/**
 * Letters, digits or one sign at a time: the text is normalized (lower case, no accents), so
 * "Ländle" and "LANDLE" are one word. Each alternative is a single character class repeated,
 * so the pattern is linear on any input.
 */
const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+|[^\p{L}\p{M}\p{Nd}\s_]/gu;
const DIGIT = /^\p{Nd}/u;

/**
 * The features of a posting: its source, each word, each pair of neighbouring words (the first
 * after a start mark), and the beginning of each long word. A number is read by its length
 * only ("<n3>"): 150 and 700 are both prices, 41 000 and 88 000 both counts.
 */
export function kindFeatures(normalizedText: string, source: string | undefined): Set<string> {
  const features = new Set<string>([`src:${source ?? '?'}`]);
  let previous = '^';
  for (const [token] of normalizedText.slice(0, MODEL_TEXT_CHARS).matchAll(TOKEN)) {
    const word = DIGIT.test(token) ? `<n${Math.min(token.length, 5)}>` : token;
    features.add(word);
    features.add(`${previous} ${word}`);
    if (word.length >= PREFIX_FROM && !word.startsWith('<')) features.add(`p5:${word.slice(0, PREFIX_LENGTH)}`);
    previous = word;
  }
  return features;
}

export interface KindModel {
  bias: Float64Array;
  /** Feature → one weight per kind of MODEL_KINDS. */
  weights: Map<string, Float64Array>;
}

export interface KindOpinion {
  kind: PostingKind;
  probability: number;
  probabilities: Record<PostingKind, number>;
  /** The features that weigh most for `kind`, for the explanation. */
  strongest: string[];
}

export function predictKind(model: KindModel, features: Iterable<string>): KindOpinion {
  const scores = Float64Array.from(model.bias);
  const present: [string, Float64Array][] = [];
  for (const feature of features) {
    const weights = model.weights.get(feature);
    if (!weights) continue;
    present.push([feature, weights]);
    for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]!;
  }
  const probabilities = softmax(scores);
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  const strongest = present
    .map(([feature, weights]) => ({ feature, weight: weights[best]! }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 4)
    .map(({ feature }) => feature);
  return {
    kind: MODEL_KINDS[best]!,
    probability: probabilities[best]!,
    probabilities: Object.fromEntries(MODEL_KINDS.map((kind, k) => [kind, probabilities[k]!])) as Record<PostingKind, number>,
    strongest,
  };
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
  const weights = new Map<string, Float64Array>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const fields = line.split('\t');
    const values = Float64Array.from(fields.slice(1), Number);
    if (values.length !== MODEL_KINDS.length || values.some((value) => !Number.isFinite(value))) {
      throw new Error(`${file}:${i + 1}: expected a feature and ${MODEL_KINDS.length} numbers; retrain it with \`npm run train-kind\``);
    }
    if (fields[0] === '<bias>') bias = values;
    else weights.set(fields[0]!, values);
  }
  if (!bias) throw new Error(`${file}: no <bias> line; retrain it with \`npm run train-kind\``);
  return { bias, weights };
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
  for (const [feature, weights] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push([feature, ...Array.from(weights, round)].join('\t'));
  }
  return lines.join('\n') + '\n';
}
