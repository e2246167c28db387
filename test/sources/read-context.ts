import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/config/logger.js';
import { createBrowserProvider, type BrowserProvider } from '../../src/sources/browser/browser-provider.js';
import { createHttpClient, type HttpClientOptions } from '../../src/sources/net/http-client.js';
import type { ReadContext } from '../../src/sources/source-reader.js';

/** A ReadContext on real parts (HTTP layer, Chromium on demand, a temp evidence directory). */
export function createTestReadContext(options: HttpClientOptions & { known?: Set<string>; cursor?: string | null; browser?: BrowserProvider } = {}) {
  const evidenceDir = mkdtempSync(join(tmpdir(), 'leakwatch-evidence-'));
  const http = createHttpClient({ retries: 0, ...options });
  const browser = options.browser ?? createBrowserProvider(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const known = options.known ?? new Set<string>();
  const context: ReadContext = {
    http,
    browser,
    signal: new AbortController().signal,
    cursor: options.cursor ?? null,
    knownIds: (ids) => new Set(ids.filter((id) => known.has(id))),
    evidenceDir,
    torSocksUrl: options.torSocksUrl,
    logger: silentLogger,
  };
  return {
    context,
    async close() {
      await http.close();
      if (!options.browser) await browser.close();
      rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}
