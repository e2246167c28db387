import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDetector } from '../src/detection/index.js';
import { createLogger } from '../src/config/logger.js';
import { loadSettings } from '../src/config/settings.js';
import { createMonitorRuntime } from '../src/cli/monitor-runtime.js';
import { huntArchive } from '../src/pipeline/retro-hunt-part.js';
import { createWatchlistDetector } from '../src/pipeline/watchlist-detector.js';
import { toPosting } from '../src/pipeline/validate-posting.js';
import { parseWatchlist } from '../src/watchlist/parse-watchlist.js';
import { openStore } from '../src/store/index.js';
import { syntheticPostings } from './synthetic-postings.js';

/**
 * Retro-hunt: `BENCH_HUNT_POSTINGS` (100,000) synthetic postings stored through the pipeline with
 * the seed watchlist less one organization; that organization is then added and hunted through
 * the archive. Target: ≤ 10 s for the hunt. A second hunt must find nothing.
 */
export async function runRetroHuntBench(): Promise<Record<string, number | string>> {
  const count = Number(process.env.BENCH_HUNT_POSTINGS ?? 100_000);
  const organizations = parseWatchlist(JSON.parse(readFileSync(new URL('../seeds/watchlist.json', import.meta.url), 'utf8')));
  const hunted = organizations.find((org) => org.id === 'mediprix')!;
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bench-'));
  const path = join(dir, 'bench.db');
  const store = openStore(path);
  try {
    store.watchlist.importAll(organizations.filter((org) => org !== hunted), 'bench');
    const settings = loadSettings({ DATABASE_PATH: path, LOG_LEVEL: 'silent' });
    const runtime = await createMonitorRuntime({ settings, logger: createLogger('silent'), store, detector: createWatchlistDetector(store.watchlist, compileDetector), close: () => undefined }, []);
    const postings = syntheticPostings(organizations, count).map((line) => toPosting(line, 'bench'));
    for (let start = 0; start < postings.length; start += 1000) runtime.pipeline.ingestAll(postings.slice(start, start + 1000));
    store.watchlist.put(hunted, 'bench');

    const first = await huntArchive(runtime, { orgIds: [hunted.id], actor: 'bench' });
    const second = await huntArchive(runtime, { orgIds: [hunted.id], actor: 'bench' });
    const figures = {
      hunt_postings: first.postingsRead,
      hunt_candidates: first.candidates,
      hunt_hits: first.hitsFound,
      hunt_seconds: Number(first.seconds.toFixed(2)),
      hunt_target_seconds: 10,
      hunt_second_run_hits: second.hitsFound,
      hunt_second_run_seconds: Number(second.seconds.toFixed(2)),
      hunt_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(`retro-hunt: ${figures.hunt_postings} stored postings hunted for ${hunted.id} in ${figures.hunt_seconds} s (target ≤ 10), ${first.candidates} mention it, ${first.hitsFound} hits; second run ${second.hitsFound} hits in ${figures.hunt_second_run_seconds} s; peak RSS ${figures.hunt_peak_rss_mb} MB`);
    return figures;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
