import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * `npm run bench [-- --only NAME] [-- --json FILE]`: every benchmark in turn, each printing its
 * figures; with --json the figures of all are also written to FILE. Benchmarks talk to
 * nothing but this machine (loopback servers, temp files).
 */
const BENCHES: Record<string, () => Promise<Record<string, number | string>>> = {
  ingest: async () => (await import('./ingest-bench.js')).runIngestBench(),
  scan: async () => (await import('./scan-bench.js')).runScanBench(),
  telegram: async () => (await import('./telegram-bench.js')).runTelegramBench(),
  matcher: async () => (await import('./matcher-bench.js')).runMatcherBench(),
  startup: async () => (await import('./startup-bench.js')).runStartupBench(),
  hunt: async () => (await import('./retro-hunt-bench.js')).runRetroHuntBench(),
  console: async () => (await import('./console-bench.js')).runConsoleBench(),
  hostile: async () => (await import('./hostile-bench.js')).runHostileBench(),
};

const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string', multiple: true } } });
const selected = values.only ?? Object.keys(BENCHES);
const unknown = selected.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(BENCHES).join(', ')}.`);
  process.exit(2);
}

const results: Record<string, Record<string, number | string>> = {};
for (const name of selected) {
  console.log(`\n== ${name}`);
  results[name] = await BENCHES[name]!();
}
const report = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length, at: new Date().toISOString() }, results };
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nfigures written to ${values.json}`);
}
