import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonSource } from '../../../src/sources/readers/json-reader.js';
import { readRssSource } from '../../../src/sources/readers/rss-reader.js';
import { sourceDeclarationSchema, type JsonSource, type RssSource } from '../../../src/sources/source-config.js';
import { SourceError } from '../../../src/sources/source-errors.js';
import { checkScrapedItems } from '../../../src/sources/scraped-item.js';
import { startLocalSite, type LocalSite } from '../../support/local-site.js';
import { createTestReadContext } from '../read-context.js';

let site: LocalSite;
beforeAll(async () => { site = await startLocalSite(); });
afterAll(async () => { await site.close(); });

const json = (extra: Record<string, unknown>) => sourceDeclarationSchema.parse({ id: 'feed', type: 'json', ...extra }) as JsonSource;
const rss = (path: string) => sourceDeclarationSchema.parse({ id: 'news', type: 'rss', url: site.url(path) }) as RssSource;

describe('json feeds', () => {
  it('maps the ransomware.live recent-victims feed by default', async () => {
    const { context, close } = createTestReadContext();
    try {
      const result = await readJsonSource(json({ format: 'ransomware.live', url: site.url('/sources/ransomware-live-recent.json') }), context);
      const { items, rejected } = checkScrapedItems(result.items);
      expect(rejected).toEqual([]);
      expect(items).toHaveLength(40);
      expect(items[0]).toMatchObject({ title: 'Mediplast AB', publishedAt: '2024-03-06T00:21:38.128Z', meta: { group: '8base' } });
      expect(items[0]!.body).toMatch(/^Ransomware group 8base lists Mediplast AB as a victim\.\nMediplast Mediplast is a Swedish company/);
      // Same victim, same id on the next fetch: that is what makes scans incremental.
      const again = checkScrapedItems((await readJsonSource(json({ format: 'ransomware.live', url: site.url('/sources/ransomware-live-recent.json') }), context)).items).items;
      expect(again.map((item) => item.externalId)).toEqual(items.map((item) => item.externalId));
    } finally { await close(); }
  });

  it('maps the RansomLook recent feed by default', async () => {
    const { context, close } = createTestReadContext();
    try {
      const { items } = checkScrapedItems((await readJsonSource(json({ format: 'ransomlook', url: site.url('/sources/ransomlook-recent.json') }), context)).items);
      expect(items).toHaveLength(30);
      expect(items.every((item) => typeof item.meta?.group === 'string' && item.title)).toBe(true);
      expect(items.some((item) => item.title === 'alpes-sante-travail.org' && item.meta?.group === 'lockbit3')).toBe(true);
    } finally { await close(); }
  });

  it('takes a custom mapping, and names the problem when the feed is not JSON', async () => {
    site.route('/custom.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { posts: [{ key: 'a1', name: 'Médiprix', text: 'db for sale', when: 1763700000 }] } }));
    });
    const { context, close } = createTestReadContext();
    try {
      const custom = await readJsonSource(json({ url: site.url('/custom.json'), mapping: { items: 'data.posts', id: 'key', title: 'name', body: 'text', date: 'when' } }), context);
      expect(custom.items).toEqual([{ externalId: 'a1', title: 'Médiprix', body: 'db for sale', publishedAt: '2025-11-21T04:40:00.000Z', meta: {} }]);
      const error = await readJsonSource(json({ format: 'ransomlook', url: site.url('/sources/market-list.html') }), context).catch((caught: unknown) => caught);
      expect((error as SourceError).failure).toBe('parse');
      expect((error as SourceError).message).toMatch(/did not return JSON/);
    } finally { await close(); }
  });
});

describe('rss and atom feeds', () => {
  it('reads RSS items with their text, link, author and date', async () => {
    const { context, close } = createTestReadContext();
    try {
      const { items } = checkScrapedItems((await readRssSource(rss('/sources/zataz-feed.xml'), context)).items);
      expect(items).toHaveLength(3);
      expect(items[0]).toEqual({
        externalId: 'https://www.zataz.com/?p=104211',
        title: 'Fuite de données : une base clients de pharmacies proposée sur Telegram',
        body: 'Un vendeur propose sur Telegram le fichier clients d’un groupement de 150 pharmacies : noms, courriels, téléphones, mutuelle.',
        url: 'https://www.zataz.com/fuite-base-clients-pharmacies-telegram/',
        author: 'Damien Bancal',
        publishedAt: '2026-11-20T08:00:00.000Z',
      });
    } finally { await close(); }
  });

  it('reads Atom entries, resolving relative links', async () => {
    const { context, close } = createTestReadContext();
    try {
      const { items } = checkScrapedItems((await readRssSource(rss('/sources/atom-feed.xml'), context)).items);
      expect(items.map((item) => [item.externalId, item.url, item.publishedAt])).toEqual([
        ['urn:uuid:entry-1', 'https://news.example/ocs-canada-post', '2026-11-20T10:00:00.000Z'],
        ['urn:uuid:entry-2', site.url('/roundup-47'), '2026-11-19T10:00:00.000Z'],
      ]);
      expect(items[0]!.body).toBe('Delivery records of the Ontario Cannabis Store were read.');
    } finally { await close(); }
  });

  it('says so when the url serves HTML instead of a feed', async () => {
    const { context, close } = createTestReadContext();
    try {
      const error = await readRssSource(rss('/sources/market-list.html'), context).catch((caught: unknown) => caught);
      expect((error as SourceError).message).toMatch(/not an RSS or Atom feed/);
    } finally { await close(); }
  });
});
