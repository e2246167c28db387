import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PostingKind } from '../src/model/analysis.js';
import { KIND_MODEL_FILE, MODEL_KINDS, predictKind, writeKindModel } from '../src/detection/kind-model.js';
import { trainKindModel, type LabelledPosting, type TrainingOptions } from '../src/detection/train-kind-model.js';
import { normalizeText } from '../src/detection/normalize-text.js';
import { toCleanText } from '../src/pipeline/validate-posting.js';

/**
 * `npm run train-kind`: trains the kind model (src/detection/kind-model.ts) on every labelled
 * set — ../shared/eval/dev and bench/eval-sets/* — and writes src/detection/lexicon/kind-model.tsv.
 *
 * `npm run train-kind -- --leave-one-out [--opinions DIR]`: for each set, trains on all the
 * others and scores the model on that one, which it has never read: the honest measure of how
 * it does on text nobody trained it on. With --opinions, writes each set's probabilities as
 * DIR/<set>.json.
 *
 * Once a set is in the training data, its own eval score no longer says how detection does on
 * unseen text: a new blind set is scored once before it is added here.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: {
  'leave-one-out': { type: 'boolean' },
  only: { type: 'string' },
  opinions: { type: 'string' },
  dev: { type: 'string', default: join(ROOT, '../shared/eval/dev') },
} });

interface Set { name: string; postings: (LabelledPosting & { id: string })[] }

function readSet(dir: string): Set {
  const postings = readFileSync(join(dir, 'postings.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const posting = JSON.parse(line) as { id: string; text: string; source?: string; expect: { kind: PostingKind } };
    return { id: posting.id, normalizedText: normalizeText(toCleanText(posting.text, posting.id).text).text, source: posting.source, kind: posting.expect.kind };
  });
  return { name: basename(dir), postings };
}

const setDirs = [
  ...(existsSync(join(values.dev!, 'postings.jsonl')) ? [resolve(values.dev!)] : []),
  ...readdirSync(join(ROOT, 'bench/eval-sets')).map((name) => join(ROOT, 'bench/eval-sets', name)).filter((dir) => existsSync(join(dir, 'postings.jsonl'))).sort(),
];
const sets = setDirs.map(readSet);
const OPTIONS: TrainingOptions = { minPostings: 2, l2: 1, epochs: 200, learningRate: 0.05, dropBelow: 0.01 };

if (values['leave-one-out']) {
  if (values.opinions) mkdirSync(values.opinions, { recursive: true });
  let right = 0;
  let total = 0;
  for (const held of sets.filter((set) => !values.only || values.only.split(',').includes(set.name))) {
    const model = trainKindModel(sets.filter((set) => set !== held).flatMap((set) => set.postings), OPTIONS);
    const opinions = held.postings.map((posting) => ({ id: posting.id, expected: posting.kind, ...predictKind(model, posting.normalizedText, posting.source) }));
    const correct = opinions.filter((opinion) => opinion.kind === opinion.expected).length;
    right += correct;
    total += opinions.length;
    console.log(`${held.name.padEnd(10)} kind accuracy ${(correct / opinions.length).toFixed(3)} (${correct}/${opinions.length}), trained without it`);
    if (values.opinions) writeFileSync(join(values.opinions, `${held.name}.json`), JSON.stringify(Object.fromEntries(opinions.map((opinion) => [opinion.id, Object.fromEntries(MODEL_KINDS.map((kind, k) => [kind, opinion.probabilities[k]]))]))));
  }
  console.log(`all        kind accuracy ${(right / total).toFixed(3)} (${right}/${total})`);
} else {
  const postings = sets.flatMap((set) => set.postings);
  const startedMs = Date.now();
  const model = trainKindModel(postings, OPTIONS);
  writeFileSync(KIND_MODEL_FILE, writeKindModel(model));
  console.log(`trained on ${postings.length} postings of ${sets.length} sets (${sets.map((set) => set.name).join(', ')}) in ${((Date.now() - startedMs) / 1000).toFixed(1)} s: ${model.size} features, written to ${KIND_MODEL_FILE}`);
}
