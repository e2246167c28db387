import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHtmlSource } from '../../../src/sources/readers/html-reader.js';
import { sourceDeclarationSchema, type HtmlSource } from '../../../src/sources/source-config.js';
import { SourceError } from '../../../src/sources/source-errors.js';
import { checkScrapedItems } from '../../../src/sources/scraped-item.js';
import { startLocalSite, type LocalSite } from '../../support/local-site.js';
import { createTestReadContext } from '../read-context.js';

let site: LocalSite;
beforeAll(async () => { site = await startLocalSite(); });
afterAll(async () => { await site.close(); });

const selectors = { item: '.listing', title: 'h2', body: '.teaser', link: 'a.more@href', date: 'time@datetime', author: '.author' };
const market = (extra: Record<string, unknown> = {}) =>
  sourceDeclarationSchema.parse({ id: 'xmarket', type: 'html', url: site.url('/sources/market-list.html'), selectors, ...extra }) as HtmlSource;

describe('html sources (cheerio selectors)', () => {
  it('picks title, body, link, date and author out of each item', async () => {
    const { context, close } = createTestReadContext();
    try {
      const { items } = checkScrapedItems((await readHtmlSource(market(), context)).items);
      expect(items).toHaveLength(4);
      expect(items[0]).toEqual({
        externalId: site.url('/sources/market/thread-1.html'),
        title: '[SELLING] Médiprix customer database — 150,000 customers',
        body: 'name, email, phone, carte Vitale — $1,500, escrow accepted',
        url: site.url('/sources/market/thread-1.html'),
        author: 'seller_x',
        publishedAt: '2026-11-20T08:00:00.000Z',
      });
    } finally { await close(); }
  });

  it('follows the next-page link up to maxPages, and stops early on a page of known items', async () => {
    const { context, close } = createTestReadContext();
    try {
      const result = await readHtmlSource(market({ pagination: { next: 'a.next', maxPages: 5 } }), context);
      expect(result.pages).toBe(2);
      expect(result.items).toHaveLength(7);
    } finally { await close(); }
    const known = new Set([1, 2, 3, 4].map((n) => site.url(`/sources/market/thread-${n}.html`)));
    const second = createTestReadContext({ known });
    try {
      const result = await readHtmlSource(market({ pagination: { next: 'a.next', maxPages: 5 } }), second.context);
      expect(result.pages).toBe(1);
    } finally { await second.close(); }
  });

  it('fetches detail pages of new items only, and never the archive links on them', async () => {
    const known = new Set([site.url('/sources/market/thread-2.html')]);
    const { context, close } = createTestReadContext({ known });
    try {
      const first = site.requests.length;
      const { items } = checkScrapedItems((await readHtmlSource(market({ detail: { body: '.post-body', maxItems: 10 } }), context)).items);
      expect(items[0]!.body).toMatch(/^Full post 1: details of the offer/);
      expect(items[1]!.body).toBe('mail:pass combos, fresh');
      const paths = site.requests.slice(first).map((request) => request.path).sort();
      expect(paths).toEqual(['/sources/market-list.html', '/sources/market/thread-1.html', '/sources/market/thread-3.html', '/sources/market/thread-4.html']);
    } finally { await close(); }
  });

  it('reads malformed HTML without throwing', async () => {
    const { context, close } = createTestReadContext();
    try {
      const { items } = checkScrapedItems((await readHtmlSource(market({ url: site.url('/malformed'), selectors: { item: '.listing', title: 'h2', link: 'a@href' } }), context)).items);
      expect(items).toHaveLength(1);
      expect(items[0]!.title).toMatch(/^Broken listing/);
    } finally { await close(); }
  });

  it('finds nothing on a redesigned page (the scan turns this into an error, see scan-source tests)', async () => {
    const { context, close } = createTestReadContext();
    try {
      expect((await readHtmlSource(market({ url: site.url('/sources/market-list-redesign.html') }), context)).items).toEqual([]);
      const error = await readHtmlSource(market({ selectors: { ...selectors, item: '.listing[' } }), context).catch((caught: unknown) => caught);
      expect((error as SourceError).failure).toBe('config');
      expect((error as SourceError).message).toMatch(/item selector ".listing\[" is not valid CSS/);
    } finally { await close(); }
  });
});
