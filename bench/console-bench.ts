import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDetector } from '../src/detection/index.js';
import { createLogger } from '../src/config/logger.js';
import { loadSettings } from '../src/config/settings.js';
import { createMonitorRuntime } from '../src/cli/monitor-runtime.js';
import { createWatchlistDetector } from '../src/pipeline/watchlist-detector.js';
import { toPosting } from '../src/pipeline/validate-posting.js';
import { huntArchive } from '../src/pipeline/retro-hunt-part.js';
import { parseWatchlist } from '../src/watchlist/parse-watchlist.js';
import { openStore } from '../src/store/index.js';
import { serveConsole } from '../src/web/serve-console.js';
import { createSignInLink } from '../src/web/sign-in-links.js';
import { syntheticPostings } from './synthetic-postings.js';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * The web console over HTTP on 127.0.0.1 against a database of `BENCH_CONSOLE_POSTINGS`
 * (100,000) postings stored through the pipeline, about 10,000 of them hits: a page of the alert
 * list (no filter, filters, a far page) and a search, each asked many times in turn, signed in.
 * Targets: p95 ≤ 100 ms for a list page, ≤ 200 ms for a search.
 */
export async function runConsoleBench(): Promise<Record<string, number | string>> {
  const count = Number(process.env.BENCH_CONSOLE_POSTINGS ?? 100_000);
  const rounds = Number(process.env.BENCH_CONSOLE_ROUNDS ?? 40);
  const organizations = parseWatchlist(JSON.parse(readFileSync(new URL('../seeds/watchlist.json', import.meta.url), 'utf8')));
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bench-'));
  const path = join(dir, 'bench.db');
  const store = openStore(path);
  try {
    store.watchlist.importAll(organizations, 'bench');
    const settings = loadSettings({ DATABASE_PATH: path, LOG_LEVEL: 'silent' });
    const logger = createLogger('silent');
    const runtime = await createMonitorRuntime({ settings, logger, store, detector: createWatchlistDetector(store.watchlist, compileDetector), close: () => undefined }, []);
    const postings = syntheticPostings(organizations, count, 0.1, 7).map((line) => toPosting(line, 'bench'));
    for (let start = 0; start < postings.length; start += 1000) runtime.pipeline.ingestAll(postings.slice(start, start + 1000));
    const hits = store.hits.count();
    // Ingest leaves the search index to its first reader (migration 014): timed here on its own,
    // as the first search after a large import pays it.
    const indexStarted = performance.now();
    store.searchIndex.catchUp();
    const indexSeconds = (performance.now() - indexStarted) / 1000;

    const served = await serveConsole({ store, logger, host: '127.0.0.1', port: 0, baseUrl: 'http://127.0.0.1', sessionHours: 1, evidenceDir: dir, hunt: (request) => huntArchive(runtime, request) });
    try {
      const token = createSignInLink(store, { userId: 0, userName: 'bench', role: 'admin' }, served.url).url.split('/').at(-1)!;
      const signIn = await fetch(`${served.url}/sign-in`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ token }) });
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      const time = async (path: string): Promise<number> => {
        const started = performance.now();
        const response = await fetch(`${served.url}${path}`, { headers: { cookie } });
        const body = await response.text();
        if (response.status !== 200 || body.length < 1000) throw new Error(`GET ${path} answered ${response.status}`);
        return performance.now() - started;
      };
      const busiest = store.console.topOrgs('0000', 1)[0]!.orgId;
      const lists = ['/alerts', `/alerts?org=${busiest}&severity=critical`, '/alerts?kind=sale&page=20', '/alerts?source=bench&from=2000-01-01'];
      const searches = ['/alerts?q=database', '/alerts?q=escrow+records', '/alerts?q=Médiprix', '/alerts?q=nothingmatchesthis'];
      for (const path of [...lists, ...searches]) await time(path);
      const listMs: number[] = [];
      const searchMs: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        for (const path of lists) listMs.push(await time(path));
        for (const path of searches) searchMs.push(await time(path));
      }
      const figures = {
        console_postings: count,
        console_search_index_seconds: Number(indexSeconds.toFixed(2)),
        console_hits: hits,
        console_alerts: store.console.alerts({}, 1, 0).total,
        console_list_p50_ms: Number(percentile(listMs, 50).toFixed(1)),
        console_list_p95_ms: Number(percentile(listMs, 95).toFixed(1)),
        console_list_target_p95_ms: 100,
        console_search_p50_ms: Number(percentile(searchMs, 50).toFixed(1)),
        console_search_p95_ms: Number(percentile(searchMs, 95).toFixed(1)),
        console_search_target_p95_ms: 200,
      };
      console.log(`console: ${count} postings, ${hits} hits, ${figures.console_alerts} alerts; alert list page p50 ${figures.console_list_p50_ms} ms, p95 ${figures.console_list_p95_ms} ms (target ≤ 100); search p50 ${figures.console_search_p50_ms} ms, p95 ${figures.console_search_p95_ms} ms (target ≤ 200); ${listMs.length} + ${searchMs.length} requests; indexing the ${count} postings for search, before the first: ${figures.console_search_index_seconds} s`);
      return figures;
    } finally {
      await served.close();
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
