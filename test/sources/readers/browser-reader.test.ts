import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserProvider, type BrowserProvider } from '../../../src/sources/browser/browser-provider.js';
import { readBrowserSource } from '../../../src/sources/readers/browser-reader.js';
import { sourceDeclarationSchema, type BrowserSource } from '../../../src/sources/source-config.js';
import { SourceError } from '../../../src/sources/source-errors.js';
import { checkScrapedItems } from '../../../src/sources/scraped-item.js';
import { startLocalSite, type LocalSite } from '../../support/local-site.js';
import { startFakeTor, type FakeTor } from '../fake-tor.js';
import { createTestReadContext } from '../read-context.js';

// One Chromium for the whole file (launching is the slow part on 2 cores).
let site: LocalSite;
let browser: BrowserProvider;
beforeAll(async () => {
  site = await startLocalSite();
  browser = createBrowserProvider(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

const selectors = { item: '.listing', title: 'h2', body: '.teaser', link: 'a.more@href' };
const declare = (extra: Record<string, unknown> = {}) =>
  sourceDeclarationSchema.parse({ id: 'onion-market', type: 'browser', url: site.url('/sources/browser-market.html'), selectors, ...extra }) as BrowserSource;
const isPng = (path: string) => readFileSync(path).subarray(1, 4).toString('latin1') === 'PNG';

describe('browser sources (Chromium through playwright-core)', () => {
  it('renders with JavaScript off, screenshots each new item as evidence, and loads nothing but the page and its own assets', async () => {
    const { context, close } = createTestReadContext({ browser });
    try {
      const first = site.requests.length;
      const { items } = checkScrapedItems((await readBrowserSource(declare(), context)).items);
      expect(items.map((item) => item.title)).toEqual([
        '[SELLING] Médiprix customer database — 150,000 customers', 'Hospital records, 80k patients', 'SaaS admin panel access']);
      expect(items[0]!.url).toBe(site.url('/sources/market/thread-1.html'));
      for (const item of items) {
        expect(item.screenshotPath).toMatch(/^onion-market\/\d{8}T\d{6}Z-[0-9a-f]{12}\.png$/);
        expect(isPng(join(context.evidenceDir, item.screenshotPath!))).toBe(true);
      }
      const paths = site.requests.slice(first).map((request) => request.path);
      expect(paths).toContain('/sources/market.css');
      // Archive links, the <img> and <iframe> pointing at dumps: none of them was requested.
      expect(paths.filter((path) => path.startsWith('/files/'))).toEqual([]);
    } finally { await close(); }
  });

  it('takes no screenshot of items already stored', async () => {
    const known = new Set([site.url('/sources/market/thread-1.html'), site.url('/sources/market/thread-2.html')]);
    const { context, close } = createTestReadContext({ browser, known });
    try {
      const { items } = checkScrapedItems((await readBrowserSource(declare(), context)).items);
      expect(items.filter((item) => item.screenshotPath).map((item) => item.title)).toEqual(['SaaS admin panel access']);
      expect(readdirSync(join(context.evidenceDir, 'onion-market'))).toHaveLength(1);
    } finally { await close(); }
  });

  it('runs scripts only when the source turns JavaScript on, and still blocks the download they start', async () => {
    const { context, close } = createTestReadContext({ browser });
    try {
      const first = site.requests.length;
      const { items } = checkScrapedItems((await readBrowserSource(declare({ javascript: true, screenshot: 'page' }), context)).items);
      expect(items.map((item) => item.title)).toContain('Injected by script');
      const pageShots = new Set(items.map((item) => item.screenshotPath));
      expect(pageShots.size).toBe(1);
      expect(existsSync(join(context.evidenceDir, [...pageShots][0]!))).toBe(true);
      expect(site.requests.slice(first).filter((request) => request.path.startsWith('/files/'))).toEqual([]);
    } finally { await close(); }
  });

  it('reaches an .onion page through the filtering front and Tor, which sees only the onion host', async () => {
    const tor: FakeTor = await startFakeTor(site.port);
    const onion = 'darkmarketxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion';
    const { context, close } = createTestReadContext({ browser, torSocksUrl: tor.url });
    try {
      const { items } = checkScrapedItems((await readBrowserSource(declare({ url: `http://${onion}/sources/browser-market.html` }), context)).items);
      expect(items).toHaveLength(3);
      expect(items[0]!.url).toBe(`http://${onion}/sources/market/thread-1.html`);
      expect(tor.connects.length).toBeGreaterThan(0);
      expect(tor.connects.every((connect) => connect.host === onion && connect.addressType === 3)).toBe(true);
    } finally {
      await close();
      await tor.close();
    }
  });

  it('does not open an .onion page in the clear when Tor is not configured', async () => {
    const { context, close } = createTestReadContext({ browser });
    try {
      const error = await readBrowserSource(declare({ url: 'http://darkmarketxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion/' }), context).catch((caught: unknown) => caught);
      expect((error as SourceError).failure).toBe('needs-tor');
    } finally { await close(); }
  });
});
