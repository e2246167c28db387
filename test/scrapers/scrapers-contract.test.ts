import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScraperSource } from '../../src/sources/readers/scraper-reader.js';
import { isDownloadLink } from '../../src/sources/readers/download-links.js';
import { checkScrapedItems } from '../../src/sources/scraped-item.js';
import { checkScraper, listScraperFiles } from '../../src/sources/scrapers/scraper-registry.js';
import { sourceDeclarationSchema, type ScraperSource } from '../../src/sources/source-config.js';
import { FIXTURES_DIR, startLocalSite, type LocalSite } from '../support/local-site.js';
import { createTestReadContext } from '../sources/read-context.js';

let site: LocalSite;
beforeAll(async () => { site = await startLocalSite(); });
afterAll(async () => { await site.close(); });

const files = listScraperFiles();

describe('every scraper in scrapers/', () => {
  it('there are scrapers to check', () => {
    expect(files.map((file) => basename(file))).toEqual(expect.arrayContaining(['lorenz.ts', 'dark-leak-market.ts']));
  });

  it.each(files.map((file) => [basename(file), file]))('%s: valid metadata, and it parses its recorded page from the local site', async (_name, file) => {
    const scraper = checkScraper((await import(file)).default, file);
    const recorded = `scrapers/${scraper.recorded.file}`;
    expect(existsSync(`${FIXTURES_DIR}${recorded}`), `record the page at test/fixtures/${recorded}`).toBe(true);
    const source = sourceDeclarationSchema.parse({ id: scraper.id, type: 'scraper', url: site.url(`/${recorded}`) }) as ScraperSource;
    const { context, close } = createTestReadContext();
    const firstRequest = site.requests.length;
    try {
      const result = await readScraperSource(source, scraper, context);
      const { items, rejected } = checkScrapedItems(result.items);
      expect(rejected).toEqual([]);
      expect(items.length).toBeGreaterThanOrEqual(scraper.recorded.minItems);
      expect(new Set(items.map((item) => item.externalId)).size).toBe(items.length);
      // Items point at pages to read, never at the archives a leak site links.
      expect(items.filter((item) => item.url && isDownloadLink(item.url))).toEqual([]);
    } finally { await close(); }
    // Reading the page fetched that page only: no link on it was followed.
    expect(site.requests.slice(firstRequest).map((request) => request.path)).toEqual([`/${recorded}`]);
  });
});
