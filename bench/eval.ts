import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scoreDetection, type ExpectedPosting, type PredictedLine } from './score-detection.js';

/**
 * `npm run eval -- --set DIR [--predictions FILE] [--json FILE]`: runs `leakwatch analyze` on
 * DIR/postings.jsonl with DIR/watchlist.json — the same command a user or the held-out scorer
 * runs — and scores its output (definitions in ../shared/eval/FORMAT.md). With --predictions
 * it scores an existing analyze output instead.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { set: { type: 'string', default: '../shared/eval/dev' }, predictions: { type: 'string' }, json: { type: 'string' }, quiet: { type: 'boolean' } } });
const setDir = resolve(values.set!);
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
if (!values.quiet) {
  console.log(`\nmisses (${score.misses.length}):`);
  for (const miss of score.misses) console.log(`  ${miss}`);
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(score, null, 2)}\n`);
