import * as cheerio from 'cheerio';
import type { HtmlSource } from '../source-config.js';
import type { ReadContext, ReadResult } from '../source-reader.js';
import { isDownloadLink } from './download-links.js';
import { extractWithSelectors, readNextUrl, readSelector } from './extract-with-selectors.js';

/**
 * `html` sources: a list page read with cheerio selectors, optional next-page links (stopping
 * once a page holds only known items), and optional detail pages for new items, same host only.
 */
export async function readHtmlSource(source: HtmlSource, context: ReadContext): Promise<ReadResult> {
  const items: Record<string, unknown>[] = [];
  let url: string | undefined = source.url;
  let pages = 0;
  const maxPages = source.pagination?.maxPages ?? 1;
  const visited = new Set<string>();
  while (url && pages < maxPages && !visited.has(url)) {
    visited.add(url);
    const page = await context.http.fetchText(url, { signal: context.signal, proxy: source.proxy });
    pages += 1;
    const found = extractWithSelectors(page.body, source.selectors, page.url);
    items.push(...found);
    const ids = found.map((item) => String(item.externalId));
    if (found.length === 0 || context.knownIds(ids).size === ids.length) break;
    url = source.pagination ? readNextUrl(page.body, source.pagination.next, page.url) : undefined;
  }
  if (source.detail) await addDetails(source, items, context);
  return { items, pages };
}

async function addDetails(source: HtmlSource, items: Record<string, unknown>[], context: ReadContext): Promise<void> {
  const known = context.knownIds(items.map((item) => String(item.externalId)));
  const host = new URL(source.url).host;
  const wanted = items.filter((item) => {
    const link = typeof item.url === 'string' ? item.url : undefined;
    // Never follow a link off the site or to an archive: the monitor reads pages, not dumps.
    return link && !known.has(String(item.externalId)) && new URL(link).host === host && !isDownloadLink(link);
  }).slice(0, source.detail!.maxItems);
  await Promise.all(wanted.map(async (item) => {
    try {
      const page = await context.http.fetchText(String(item.url), { signal: context.signal, proxy: source.proxy });
      const $ = cheerio.load(page.body);
      const body = readSelector($, $.root(), source.detail!.body)?.replace(/\s+/g, ' ').trim();
      if (body) item.body = body;
    } catch (error) {
      // The list entry is still worth analysing without its detail page.
      context.logger.warn({ source: source.id, url: item.url, err: (error as Error).message }, 'detail page not read');
    }
  }));
}
