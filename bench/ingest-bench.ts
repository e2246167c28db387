import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDetector } from '../src/detection/index.js';
import { parseWatchlist } from '../src/watchlist/parse-watchlist.js';
import { openStore } from '../src/store/index.js';
import { createPipeline } from '../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../src/pipeline/watchlist-detector.js';
import { toPosting } from '../src/pipeline/validate-posting.js';
import { syntheticPostings } from './synthetic-postings.js';

/**
 * End-to-end ingest: synthetic postings through detection, hits and the outbox into a real
 * SQLite file. Target (issue 11): ≥ 6,000 postings/s on the 2-core reference machine.
 */
/** Postings per transaction; the same batch size `leakwatch ingest` uses. */
export const INGEST_BATCH = 200;

export async function runIngestBench(options: { postings?: number } = {}): Promise<Record<string, number | string>> {
  const count = options.postings ?? Number(process.env.BENCH_INGEST_POSTINGS ?? 20_000);
  const organizations = parseWatchlist(JSON.parse(readFileSync(new URL('../seeds/watchlist.json', import.meta.url), 'utf8')));
  const postings = syntheticPostings(organizations, count).map((line) => toPosting(line, 'bench'));
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  try {
    store.watchlist.importAll(organizations, 'bench');
    const pipeline = createPipeline({
      store,
      detector: createWatchlistDetector(store.watchlist, compileDetector),
      destinationsFor: () => ['console'],
    });
    let hits = 0;
    const started = process.hrtime.bigint();
    // In batches, as `leakwatch ingest` and a scan hand them over: one commit per batch.
    for (let start = 0; start < postings.length; start += INGEST_BATCH) {
      for (const result of pipeline.ingestAll(postings.slice(start, start + INGEST_BATCH))) if (!(result instanceof Error)) hits += result.hits.length;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const figures = {
      ingest_postings: count,
      ingest_hits: hits,
      ingest_alerts_queued: store.alerts.deliveryCounts().queued,
      ingest_seconds: Number(seconds.toFixed(2)),
      ingest_postings_per_s: Math.round(count / seconds),
      ingest_target_postings_per_s: 6000,
      ingest_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(`ingest: ${count} postings in ${figures.ingest_seconds} s = ${figures.ingest_postings_per_s} postings/s (target ≥ 6,000), ${hits} hits, peak RSS ${figures.ingest_peak_rss_mb} MB`);
    return figures;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runIngestBench();
