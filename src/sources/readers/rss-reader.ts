import * as cheerio from 'cheerio';
import { SourceError } from '../source-errors.js';
import type { RssSource } from '../source-config.js';
import type { ReadContext, ReadResult } from '../source-reader.js';
import { toIsoDate, toStableId } from '../scraped-item.js';

/** `rss` sources: RSS 2.0 or Atom, news of breaches (postings are news-kind unless told otherwise). */
export async function readRssSource(source: RssSource, context: ReadContext): Promise<ReadResult> {
  const page = await context.http.fetchText(source.url, { signal: context.signal, proxy: source.proxy, accept: 'application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9' });
  return { items: parseFeed(page.body, page.url), pages: 1 };
}

/** Items of an RSS or Atom document. Pure. HTML inside descriptions is reduced to its text. */
export function parseFeed(xml: string, feedUrl: string): Record<string, unknown>[] {
  const $ = cheerio.load(xml, { xml: true });
  const isAtom = $('feed > entry').length > 0 || $('feed').length > 0;
  if (!isAtom && $('rss, rdf\\:RDF, channel').length === 0) {
    throw new SourceError('parse', `${feedUrl} is not an RSS or Atom feed (no <rss>, <channel> or <feed> element). Check the url.`, { url: feedUrl });
  }
  const nodes = isAtom ? $('feed > entry').toArray() : $('item').toArray();
  return nodes.map((node) => {
    const entry = $(node);
    const text = (selector: string) => entry.children(selector).first().text().trim();
    const title = toText(text('title'));
    const link = isAtom
      ? (entry.children('link[rel="alternate"]').attr('href') ?? entry.children('link').first().attr('href'))
      : text('link');
    const body = toText(isAtom ? text('summary') || text('content') : text('description') || text('content\\:encoded'));
    const date = toIsoDate(isAtom ? text('published') || text('updated') : text('pubDate') || text('dc\\:date'));
    const guid = isAtom ? text('id') : text('guid');
    const url = link && URL.canParse(link, feedUrl) ? new URL(link, feedUrl).href : undefined;
    const author = toText(isAtom ? entry.find('author > name').first().text() : text('dc\\:creator') || text('author'));
    return {
      externalId: guid || url || toStableId(title, body),
      ...(title ? { title } : {}),
      ...(body ? { body } : {}),
      ...(url ? { url } : {}),
      ...(author ? { author } : {}),
      ...(date ? { publishedAt: date } : {}),
    };
  });
}

/** Feed fields often carry escaped HTML; keep its text only, capped (teasers, not articles). */
function toText(value: string): string {
  const text = /[<&]/.test(value) ? cheerio.load(value).root().text() : value;
  return text.replace(/\s+/g, ' ').trim().slice(0, 20_000);
}
