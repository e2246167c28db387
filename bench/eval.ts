import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { scoreDetection, type ExpectedPosting, type PredictedLine } from './score-detection.js';
import { buildRansomfeedSet } from './real-sets/build-ransomfeed-set.js';
import { buildBreachIndexSet } from './real-sets/build-breach-index-set.js';
import { predictByKeywordSearch } from './real-sets/keyword-search.js';
import type { BuiltSet } from './real-sets/built-set.js';

/**
 * `npm run eval -- --set DIR [--predictions FILE] [--json FILE]`: runs `leakwatch analyze` on
 * DIR/postings.jsonl with DIR/watchlist.json — the same command a user or the held-out scorer
 * runs — and scores its output (definitions in ../shared/eval/FORMAT.md). With --predictions
 * it scores an existing analyze output instead.
 *
 * `--set real:ransomfeed` and `--set real:breach-index` build a set from the real data of
 * ../shared/corpora (bench/real-sets/) and also score a plain keyword search on it, the
 * baseline detection must beat on real text.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { set: { type: 'string', default: '../shared/eval/dev' }, predictions: { type: 'string' }, json: { type: 'string' }, quiet: { type: 'boolean' }, corpora: { type: 'string', default: '../shared/corpora' } } });
const REAL_SETS: Record<string, (corporaDir: string) => BuiltSet> = { 'real:ransomfeed': buildRansomfeedSet, 'real:breach-index': buildBreachIndexSet };
let builtSet: BuiltSet | undefined;
let setDir = resolve(values.set!);
if (values.set! in REAL_SETS) {
  const corporaDir = resolve(values.corpora!);
  if (!existsSync(corporaDir)) {
    console.error(`eval: ${corporaDir} not found. Real-data sets are built from ../shared/corpora; give its place with --corpora DIR.`);
    process.exit(2);
  }
  builtSet = REAL_SETS[values.set!]!(corporaDir);
  setDir = mkdtempSync(join(tmpdir(), `leakwatch-${values.set!.slice(5)}-`));
  writeFileSync(join(setDir, 'watchlist.json'), `${JSON.stringify(builtSet.watchlist, null, 1)}\n`);
  writeFileSync(join(setDir, 'postings.jsonl'), `${builtSet.postings.map((posting) => JSON.stringify(posting)).join('\n')}\n`);
}
const postingsPath = join(setDir, 'postings.jsonl');
const watchlistPath = join(setDir, 'watchlist.json');
for (const path of [postingsPath, watchlistPath]) {
  if (!existsSync(path)) {
    console.error(`eval: ${path} not found. --set takes a folder holding watchlist.json and postings.jsonl (see ../shared/eval/FORMAT.md).`);
    process.exit(2);
  }
}

const readJsonLines = <T>(text: string): T[] => text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
const expected = readJsonLines<ExpectedPosting>(readFileSync(postingsPath, 'utf8'));

async function runAnalyze(): Promise<string> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/leakwatch.js'), 'analyze', '--watchlist', watchlistPath, '--input', postingsPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) console.error(`eval: leakwatch analyze exited with code ${code}; scoring what it printed.`);
  return output;
}

const started = performance.now();
const predicted = readJsonLines<PredictedLine>(values.predictions ? readFileSync(values.predictions, 'utf8') : await runAnalyze());
const seconds = (performance.now() - started) / 1000;
const score = scoreDetection(expected, predicted);
const pct = (value: number) => value.toFixed(3);
console.log(`set: ${setDir} (${score.postings} postings${values.predictions ? '' : `, analysed in ${seconds.toFixed(1)} s`})`);
console.log(`organizations  precision ${pct(score.orgPrecision)}  recall ${pct(score.orgRecall)}  F1 ${pct(score.orgF1)}`);
console.log(`alerts         false ${score.falseAlerts}  missed ${score.missedAlerts}`);
console.log(`kind           accuracy ${pct(score.kindAccuracy)}`);
console.log(`record count   exact ${pct(score.recordCountExact)}`);
console.log(`data types     F1 ${pct(score.dataTypesF1)}`);
if (builtSet) {
  const baseline = scoreDetection(expected, predictByKeywordSearch(builtSet));
  console.log(`keyword search organizations  precision ${pct(baseline.orgPrecision)}  recall ${pct(baseline.orgRecall)}  F1 ${pct(baseline.orgF1)}  false alerts ${baseline.falseAlerts}  missed ${baseline.missedAlerts}`);
}
if (!values.quiet) {
  console.log(`\nmisses (${score.misses.length}):`);
  for (const miss of score.misses) console.log(`  ${miss}`);
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(score, null, 2)}\n`);
