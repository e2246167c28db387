import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDetector } from '../src/detection/index.js';
import { createPipeline } from '../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../src/pipeline/watchlist-detector.js';
import { openStore } from '../src/store/index.js';
import { parseWatchlist } from '../src/watchlist/parse-watchlist.js';
import { HOSTILE_SHAPES } from '../test/support/hostile-postings.js';

const CHARS = 1_000_000;
const TARGET_S_PER_MB = 2;

/**
 * Postings at the size cap made of the runs that make careless patterns quadratic (issue 13),
 * each through the whole pipeline in this thread (validation, detection, redaction, the store):
 * seconds per MB for each shape, and the worst. Target: ≤ 2 s per MB for every shape.
 */
export async function runHostileBench(): Promise<Record<string, number | string>> {
  const organizations = parseWatchlist(JSON.parse(readFileSync(new URL('../seeds/watchlist.json', import.meta.url), 'utf8')));
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bench-hostile-'));
  const store = openStore(join(dir, 'bench.db'));
  const figures: Record<string, number | string> = {};
  try {
    store.watchlist.importAll(organizations, 'bench');
    const pipeline = createPipeline({ store, detector: createWatchlistDetector(store.watchlist, compileDetector), destinationsFor: () => ['console'] });
    pipeline.ingest({ sourceId: 'bench', externalId: 'warm-up', text: 'warm-up: compile the watchlist before timing' });
    let worst = { shape: '', secondsPerMb: 0 };
    for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
      const text = make(CHARS);
      const megabytes = Buffer.byteLength(text) / 1e6;
      const started = process.hrtime.bigint();
      pipeline.ingest({ sourceId: 'bench', externalId: shape, text });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const secondsPerMb = seconds / megabytes;
      figures[`hostile_${shape}_s_per_mb`] = Number(secondsPerMb.toFixed(3));
      if (secondsPerMb > worst.secondsPerMb) worst = { shape, secondsPerMb };
      console.log(`hostile ${shape.padEnd(18)} ${megabytes.toFixed(2)} MB in ${seconds.toFixed(2)} s = ${secondsPerMb.toFixed(2)} s/MB`);
    }
    figures.hostile_worst_shape = worst.shape;
    figures.hostile_worst_s_per_mb = Number(worst.secondsPerMb.toFixed(3));
    figures.hostile_target_s_per_mb = TARGET_S_PER_MB;
    console.log(`hostile: worst ${worst.shape} at ${worst.secondsPerMb.toFixed(2)} s/MB (target ≤ ${TARGET_S_PER_MB} s/MB)`);
    return figures;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runHostileBench();
