import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/config/logger.js';
import { loadSettings } from '../src/config/settings.js';
import { compileDetector } from '../src/detection/index.js';
import { createPipeline } from '../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../src/pipeline/watchlist-detector.js';
import { createBrowserProvider } from '../src/sources/browser/browser-provider.js';
import { createHttpClient } from '../src/sources/net/http-client.js';
import { scanSources } from '../src/sources/scan-source.js';
import { sourceDeclarationSchema } from '../src/sources/source-config.js';
import { openStore } from '../src/store/index.js';
import { parseWatchlist } from '../src/watchlist/parse-watchlist.js';

/**
 * One scan of 200 local sources, each a JSON feed on its own loopback address (127.0.0.2 …)
 * answering in 200 ms, at the default SCAN_CONCURRENCY. The ideal is
 * ceil(200 / concurrency) × 200 ms; target ≤ 1.3 × ideal for the scan itself. A second pass
 * runs the same scan through the full pipeline, to show what detection adds. Reports peak RSS.
 */
export async function runScanBench(options: { sources?: number; delayMs?: number } = {}): Promise<Record<string, number | string>> {
  const count = options.sources ?? Number(process.env.BENCH_SCAN_SOURCES ?? 200);
  const delayMs = options.delayMs ?? 200;
  const settings = loadSettings({});
  const servers: Server[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-scan-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  const http = createHttpClient({ concurrency: settings.SCAN_CONCURRENCY, perHostConcurrency: settings.SCAN_PER_HOST_CONCURRENCY, retries: 0 });
  const browser = createBrowserProvider(settings.CHROMIUM_PATH);
  try {
    const urls: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const host = `127.0.${Math.floor((index + 2) / 250)}.${((index + 2) % 250) + 1}`;
      const body = JSON.stringify(Array.from({ length: 5 }, (_, item) => ({
        victim: `Company ${index}-${item}`, group: 'benchgroup', discovered: '2026-11-20 10:00:00', description: `Victim ${item} of feed ${index}, 20 GB of files`, domain: `c${index}-${item}.example`,
      })));
      const server = createServer((_request, response) => {
        setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(body), delayMs);
      });
      await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
      servers.push(server);
      urls.push(`http://${host}:${(server.address() as AddressInfo).port}/recentvictims`);
    }
    const organizations = parseWatchlist(JSON.parse(readFileSync(new URL('../seeds/watchlist.json', import.meta.url), 'utf8')));
    store.watchlist.importAll(organizations, 'bench');
    const detector = createWatchlistDetector(store.watchlist, compileDetector);
    // Compile before the clock starts: the scan is measured, not the first compile.
    detector.current();
    const pipeline = createPipeline({ store, detector, destinationsFor: () => ['console'] });
    const sources = urls.map((url, index) => sourceDeclarationSchema.parse({ id: `bench-${index}`, type: 'json', format: 'ransomware.live', url }));

    const scanOnce = async (withPipeline: boolean) => {
      const started = process.hrtime.bigint();
      const summaries = await scanSources(sources.map((source) => ({ ...source, id: `${source.id}${withPipeline ? '' : '-fetch'}` })), {
        store, http, browser, scrapers: new Map(), evidenceDir: join(dir, 'evidence'), torSocksUrl: undefined, logger: silentLogger,
        ingestAll: withPipeline ? (postings) => pipeline.ingestAll(postings) : (postings) => postings.map(() => ({ status: 'new', hits: [] })),
      });
      return { seconds: Number(process.hrtime.bigint() - started) / 1e9, summaries };
    };
    // Pass 1 measures the scan itself (fetch, parse, queues, records); pass 2 adds the full
    // pipeline (detection, hits, outbox) on the 1,000 new postings, which the ingest bench measures alone.
    const scan = await scanOnce(false);
    const full = await scanOnce(true);
    const idealSeconds = Math.ceil(count / settings.SCAN_CONCURRENCY) * delayMs / 1000;
    const errors = [...scan.summaries, ...full.summaries].filter((summary) => summary.error).length;
    const figures = {
      scan_sources: count,
      scan_concurrency: settings.SCAN_CONCURRENCY,
      scan_ideal_seconds: idealSeconds,
      scan_seconds: Number(scan.seconds.toFixed(2)),
      scan_ratio_to_ideal: Number((scan.seconds / idealSeconds).toFixed(2)),
      scan_target_ratio: 1.3,
      scan_with_pipeline_seconds: Number(full.seconds.toFixed(2)),
      scan_with_pipeline_ratio_to_ideal: Number((full.seconds / idealSeconds).toFixed(2)),
      scan_new_postings: full.summaries.reduce((sum, summary) => sum + summary.newPostings, 0),
      scan_errors: errors,
      scan_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(`scan: ${count} sources (${delayMs} ms each) at concurrency ${settings.SCAN_CONCURRENCY}: ${figures.scan_seconds} s, ideal ${idealSeconds} s, ratio ${figures.scan_ratio_to_ideal} (target ≤ 1.3); with the pipeline on ${figures.scan_new_postings} new postings: ${figures.scan_with_pipeline_seconds} s (ratio ${figures.scan_with_pipeline_ratio_to_ideal}); ${errors} errors; peak RSS ${figures.scan_peak_rss_mb} MB`);
    if (errors > 0) console.log(`first error: ${[...scan.summaries, ...full.summaries].find((summary) => summary.error)?.error}`);
    return figures;
  } finally {
    await http.close();
    await browser.close();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runScanBench();
