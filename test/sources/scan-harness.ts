import { readFileSync } from 'node:fs';
import { silentLogger } from '../../src/config/logger.js';
import { compileDetector } from '../../src/detection/index.js';
import { createPipeline } from '../../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { createBrowserProvider } from '../../src/sources/browser/browser-provider.js';
import { createHttpClient, type HttpClientOptions } from '../../src/sources/net/http-client.js';
import type { ScanDeps } from '../../src/sources/scan-source.js';
import { loadScrapers } from '../../src/sources/scrapers/scraper-registry.js';
import { sourceDeclarationSchema, type SourceDeclaration } from '../../src/sources/source-config.js';
import { parseWatchlist } from '../../src/watchlist/parse-watchlist.js';
import { createTempStore } from '../support/temp-store.js';

/**
 * Scans on real parts: a temp SQLite file with the seed watchlist (or the one given), the real pipeline and
 * detector, the real HTTP layer. Admin notices are collected instead of sent.
 */
export async function createScanHarness(http: HttpClientOptions = {}, watchlist: unknown = JSON.parse(readFileSync(new URL('../../seeds/watchlist.json', import.meta.url), 'utf8'))) {
  const temp = createTempStore();
  const { store } = temp;
  store.watchlist.importAll(parseWatchlist(watchlist), 'test');
  const pipeline = createPipeline({ store, detector: createWatchlistDetector(store.watchlist, compileDetector), destinationsFor: () => ['console'] });
  const notices: string[] = [];
  const client = createHttpClient({ retries: 0, headersTimeoutMs: 5000, ...http });
  const browser = createBrowserProvider('/usr/bin/chromium');
  const deps: ScanDeps = {
    store,
    ingestAll: (postings) => pipeline.ingestAll(postings),
    http: client,
    browser,
    scrapers: new Map((await loadScrapers()).map((scraper) => [scraper.id, scraper])),
    evidenceDir: `${temp.dir}/evidence`,
    torSocksUrl: http.torSocksUrl,
    logger: silentLogger,
    notifyAdmins: async (text) => { notices.push(text); },
  };
  return {
    store,
    deps,
    notices,
    declare: (entry: Record<string, unknown>): SourceDeclaration => sourceDeclarationSchema.parse(entry),
    async close() {
      await client.close();
      await browser.close();
      temp.cleanup();
    },
  };
}
