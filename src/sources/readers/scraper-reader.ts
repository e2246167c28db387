import * as cheerio from 'cheerio';
import { SourceError } from '../source-errors.js';
import type { ScraperSource } from '../source-config.js';
import type { ReadContext, ReadResult } from '../source-reader.js';
import type { ScraperDeclaration, ScrapePage } from '../scrapers/define-scraper.js';

/** `scraper` sources: fetch the list page(s) and hand each to the site's own parse function. */
export async function readScraperSource(source: ScraperSource, scraper: ScraperDeclaration | undefined, context: ReadContext): Promise<ReadResult> {
  if (!scraper) throw new SourceError('config', `No scraper "${source.scraper ?? source.id}" in scrapers/ for source "${source.id}". Check the "scraper" field.`);
  const items: unknown[] = [];
  let url: string | undefined = source.url ?? scraper.url;
  let pages = 0;
  const visited = new Set<string>();
  while (url && pages < source.maxPages && !visited.has(url)) {
    visited.add(url);
    const response = await context.http.fetchText(url, { signal: context.signal, proxy: source.proxy });
    pages += 1;
    const page: ScrapePage = { html: response.body, url: response.url, $: cheerio.load(response.body) };
    let found: unknown[];
    try {
      found = scraper.parse(page);
    } catch (error) {
      throw new SourceError('parse', `The ${scraper.id} scraper failed on ${response.url}: ${(error as Error).message}. The page layout probably changed; update scrapers/${scraper.id}.ts.`, { url: response.url, cause: error });
    }
    items.push(...found);
    const ids = found.map((item) => String((item as { externalId?: unknown }).externalId));
    if (found.length === 0 || context.knownIds(ids).size === ids.length) break;
    url = scraper.nextPageUrl?.(page);
  }
  return { items, pages };
}
