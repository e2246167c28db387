import type { PostingKind } from '../model/analysis.js';
import { featureHash, kindFeatures } from './kind-features.js';
import { MODEL_KINDS, softmax, type KindModel } from './kind-model.js';

export interface LabelledPosting {
  /** Normalized as detection reads it (normalizeText). */
  normalizedText: string;
  source: string | undefined;
  kind: PostingKind;
}

export interface TrainingOptions {
  /** A feature seen in fewer postings than this is a name or a typo, not vocabulary. */
  minPostings?: number;
  /** L2 penalty: keeps a word seen in a handful of postings from deciding alone. */
  l2?: number;
  epochs?: number;
  learningRate?: number;
  /** Features whose every weight is smaller than this are left out of the file. */
  dropBelow?: number;
}

/**
 * Multinomial logistic regression, trained in full batches with Adam: small enough (a few
 * thousand postings, tens of thousands of features) to train in seconds, and deterministic, so
 * the same sets give the same file.
 */
export function trainKindModel(postings: LabelledPosting[], options: TrainingOptions = {}): KindModel {
  const { minPostings = 2, l2 = 1, epochs = 200, learningRate = 0.05, dropBelow = 0 } = options;
  const K = MODEL_KINDS.length;
  const featureSets = postings.map((posting) => kindFeatures(posting.normalizedText, posting.source));
  const seen = new Map<string, number>();
  for (const features of featureSets) for (const feature of features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const vocabulary = [...seen].filter(([, count]) => count >= minPostings).map(([feature]) => feature).sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));

  // The postings' features as rows of indices (compressed sparse rows).
  const starts = new Int32Array(postings.length + 1);
  const columns: number[] = [];
  featureSets.forEach((features, row) => {
    for (const feature of features) { const column = index.get(feature); if (column !== undefined) columns.push(column); }
    starts[row + 1] = columns.length;
  });
  const labels = postings.map((posting) => {
    const k = MODEL_KINDS.indexOf(posting.kind);
    if (k === -1) throw new Error(`unknown kind "${posting.kind}": expected one of ${MODEL_KINDS.join(', ')}`);
    return k;
  });

  const n = postings.length;
  const V = vocabulary.length;
  const weights = new Float64Array(V * K);
  const bias = new Float64Array(K);
  const adam = { mW: new Float64Array(V * K), vW: new Float64Array(V * K), mB: new Float64Array(K), vB: new Float64Array(K) };
  const gradW = new Float64Array(V * K);
  const gradB = new Float64Array(K);
  const scores = new Float64Array(K);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    gradW.fill(0); gradB.fill(0);
    for (let row = 0; row < n; row++) {
      scores.set(bias);
      for (let j = starts[row]!; j < starts[row + 1]!; j++) { const base = columns[j]! * K; for (let k = 0; k < K; k++) scores[k]! += weights[base + k]!; }
      const probabilities = softmax(scores);
      for (let k = 0; k < K; k++) probabilities[k] = (probabilities[k]! - (labels[row] === k ? 1 : 0)) / n;
      for (let k = 0; k < K; k++) gradB[k]! += probabilities[k]!;
      for (let j = starts[row]!; j < starts[row + 1]!; j++) { const base = columns[j]! * K; for (let k = 0; k < K; k++) gradW[base + k]! += probabilities[k]!; }
    }
    for (let i = 0; i < V * K; i++) gradW[i]! += (l2 / n) * weights[i]!;
    adamStep(weights, gradW, adam.mW, adam.vW, epoch, learningRate);
    adamStep(bias, gradB, adam.mB, adam.vB, epoch, learningRate);
  }

  const kept = new Map<number, Float64Array>();
  const names = new Map<number, string>();
  vocabulary.forEach((feature, i) => {
    const row = weights.slice(i * K, (i + 1) * K);
    const hash = featureHash(feature);
    // Read by hash: of two features with one hash (unlikely in 2^32), the first in order is kept.
    if (kept.has(hash) || !row.some((weight) => Math.abs(weight) >= dropBelow)) return;
    kept.set(hash, row);
    names.set(hash, feature);
  });
  return { bias, size: kept.size, weights: kept, names };
}

function adamStep(params: Float64Array, grad: Float64Array, m: Float64Array, v: Float64Array, step: number, learningRate: number): void {
  const correctM = 1 - 0.9 ** step;
  const correctV = 1 - 0.999 ** step;
  for (let i = 0; i < params.length; i++) {
    m[i] = 0.9 * m[i]! + 0.1 * grad[i]!;
    v[i] = 0.999 * v[i]! + 0.001 * grad[i]! * grad[i]!;
    params[i]! -= (learningRate * (m[i]! / correctM)) / (Math.sqrt(v[i]! / correctV) + 1e-8);
  }
}
