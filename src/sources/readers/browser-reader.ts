import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { needsTor, DEFAULT_USER_AGENT } from '../net/http-client.js';
import { toSocksProxy } from '../net/socks-connector.js';
import { startFilterFront, type FilterFront } from '../net/socks-filter-front.js';
import { SourceError } from '../source-errors.js';
import type { BrowserSource } from '../source-config.js';
import type { ReadContext, ReadResult } from '../source-reader.js';
import { toStableId } from '../scraped-item.js';
import { isDownloadLink } from './download-links.js';
import { extractWithSelectors, readNextUrl } from './extract-with-selectors.js';

const MAX_ITEM_SCREENSHOTS = 25;
/** How long to wait for the page's load event once its response has arrived. */
const LOAD_GRACE_MS = 5000;

/**
 * `browser` sources: the page rendered by Chromium (JavaScript off unless asked), read with the
 * same selectors as `html`, with a screenshot of each new item kept as evidence. Only the
 * source's own host is loaded: third-party requests, archive links and downloads are refused.
 */
export async function readBrowserSource(source: BrowserSource, context: ReadContext): Promise<ReadResult> {
  const host = new URL(source.url).hostname;
  let front: FilterFront | undefined;
  let proxy: { server: string } | undefined;
  const upstream = needsTor(source.url, source.proxy) ? context.torSocksUrl : source.proxy !== 'none' ? source.proxy : undefined;
  if (needsTor(source.url, source.proxy) && !upstream) {
    throw new SourceError('needs-tor', `${host} needs Tor and TOR_SOCKS_URL is not set, so it was not opened (never in the clear). Set TOR_SOCKS_URL (see docs/sources.md, Tor).`, { url: source.url });
  }
  return context.http.queues.run(new URL(source.url).host, async () => {
    if (upstream) {
      front = await startFilterFront(toSocksProxy(upstream), [host]);
      proxy = { server: front.url };
    }
    const browser = await context.browser.acquire();
    const browserContext = await browser.newContext({
      javaScriptEnabled: source.javascript,
      acceptDownloads: false,
      serviceWorkers: 'block',
      userAgent: DEFAULT_USER_AGENT,
      viewport: { width: 1280, height: 900 },
      ...(proxy ? { proxy } : {}),
    });
    const stopOnAbort = () => void browserContext.close().catch(() => undefined);
    context.signal.addEventListener('abort', stopOnAbort, { once: true });
    try {
      await browserContext.route('**/*', (route) => {
        const request = route.request();
        const allowed = new URL(request.url()).hostname === host && !isDownloadLink(request.url());
        if (allowed) return route.continue();
        // A refused navigation answered 204 leaves the page as it was; an abort would replace it
        // with an error page (a script's `location = 'dump.zip'` must not wipe what we read).
        return request.isNavigationRequest() && request.frame().parentFrame() === null ? route.fulfill({ status: 204, body: '' }) : route.abort('blockedbyclient');
      });
      const page = await browserContext.newPage();
      page.on('download', (download) => void download.cancel().catch(() => undefined));
      return await readPages(source, page, context);
    } catch (error) {
      if (context.signal.aborted) throw context.signal.reason ?? error;
      if (error instanceof SourceError) throw error;
      throw new SourceError('unreachable', `Chromium could not load ${source.url}: ${(error as Error).message.split('\n')[0]}`, { url: source.url, cause: error });
    } finally {
      context.signal.removeEventListener('abort', stopOnAbort);
      await browserContext.close().catch(() => undefined);
      await front?.close();
    }
  });
}

async function readPages(source: BrowserSource, page: Page, context: ReadContext): Promise<ReadResult> {
  const items: Record<string, unknown>[] = [];
  const timeout = Math.min(source.timeoutSeconds * 1000, 60_000);
  let url: string | undefined = source.url;
  let pages = 0;
  const maxPages = source.pagination?.maxPages ?? 1;
  while (url && pages < maxPages) {
    // Wait for the response only: a page whose script navigates away (to a refused download)
    // never reaches "load", and goto would wait for it until the timeout.
    const response = await page.goto(url, { waitUntil: 'commit', timeout });
    if (!response) throw new SourceError('unreachable', `${url} gave no response in Chromium.`, { url });
    if (response.status() >= 400) throw new SourceError(response.status() >= 500 ? 'unreachable' : 'http-status', `${url} answered HTTP ${response.status()} in Chromium.`, { url });
    // Not "domcontentloaded" either: it too never fires while a refused navigation is pending.
    await page.waitForLoadState('load', { timeout: LOAD_GRACE_MS }).catch(() => undefined);
    if (source.waitFor) await page.waitForSelector(source.waitFor, { timeout });
    pages += 1;
    const html = await page.content();
    const found = extractWithSelectors(html, source.selectors, page.url());
    await takeEvidence(source, page, found, context);
    items.push(...found);
    const ids = found.map((item) => String(item.externalId));
    if (found.length === 0 || context.knownIds(ids).size === ids.length) break;
    url = source.pagination ? readNextUrl(html, source.pagination.next, page.url()) : undefined;
  }
  return { items, pages };
}

/** Screenshots of the new items (or of the page), saved under EVIDENCE_DIR/<source id>/. */
async function takeEvidence(source: BrowserSource, page: Page, found: Record<string, unknown>[], context: ReadContext): Promise<void> {
  const known = context.knownIds(found.map((item) => String(item.externalId)));
  const fresh = found.map((item, index) => ({ item, index })).filter(({ item }) => !known.has(String(item.externalId)));
  if (fresh.length === 0) return;
  const directory = join(context.evidenceDir, source.id);
  mkdirSync(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let pageShot: string | undefined;
  const shootPage = async () => {
    if (!pageShot) {
      const name = `${stamp}-page-${toStableId(page.url()).slice(0, 8)}.png`;
      await page.screenshot({ path: join(directory, name), fullPage: true, timeout: 15_000 });
      pageShot = `${source.id}/${name}`;
    }
    return pageShot;
  };
  for (const [position, { item, index }] of fresh.entries()) {
    if (source.screenshot === 'item' && position < MAX_ITEM_SCREENSHOTS) {
      const name = `${stamp}-${toStableId(String(item.externalId)).slice(0, 12)}.png`;
      try {
        await page.locator(source.selectors.item).nth(index).screenshot({ path: join(directory, name), timeout: 10_000 });
        item.screenshotPath = `${source.id}/${name}`;
        continue;
      } catch {
        // An element that cannot be shot (hidden, zero size) falls back to the page.
      }
    }
    item.screenshotPath = await shootPage();
  }
}
