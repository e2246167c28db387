import type { Logger } from '../config/logger.js';
import type { Settings } from '../config/settings.js';
import { createBrowserProvider, type BrowserProvider } from './browser/browser-provider.js';
import { createHttpClient, type HttpClient } from './net/http-client.js';
import { readSourcesFile } from './parse-sources.js';
import { resolveSources, type ResolvedSource } from './resolve-sources.js';
import type { ScraperDeclaration } from './scrapers/define-scraper.js';
import { loadScrapers } from './scrapers/scraper-registry.js';

export interface SourcesSetup {
  file: string;
  resolved: ResolvedSource[];
  scrapers: ReadonlyMap<string, ScraperDeclaration>;
  http: HttpClient;
  browser: BrowserProvider;
  close(): Promise<void>;
}

/** The declarations (file + scrapers/), checked, and the shared HTTP layer and browser they use. */
export async function openSources(settings: Settings, logger: Logger): Promise<SourcesSetup> {
  const { file, sources } = readSourcesFile(settings.SOURCES_FILE);
  const scrapers = new Map((await loadScrapers()).map((scraper) => [scraper.id, scraper]));
  const resolved = resolveSources(sources, scrapers, { torConfigured: Boolean(settings.TOR_SOCKS_URL) });
  const http = createHttpClient({ torSocksUrl: settings.TOR_SOCKS_URL, concurrency: settings.SCAN_CONCURRENCY, perHostConcurrency: settings.SCAN_PER_HOST_CONCURRENCY });
  const browser = createBrowserProvider(settings.CHROMIUM_PATH);
  logger.debug({ file, sources: resolved.length }, 'sources loaded');
  return {
    file,
    resolved,
    scrapers,
    http,
    browser,
    async close() {
      await browser.close();
      await http.close();
    },
  };
}
