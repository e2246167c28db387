import type { SourceKind } from '../../model/posting.js';
import type { SourceDeclaration } from '../source-config.js';
import { DEFAULT_KIND, type ReadContext, type ReadResult } from '../source-reader.js';
import type { ScraperDeclaration } from '../scrapers/define-scraper.js';
import { readBrowserSource } from './browser-reader.js';
import { readHtmlSource } from './html-reader.js';
import { readJsonSource } from './json-reader.js';
import { readRssSource } from './rss-reader.js';
import { readScraperSource } from './scraper-reader.js';
import { readTelegramSource } from './telegram-reader.js';
import { readTelegramAccountSource } from '../telegram-account/read-account-source.js';

/** One reader per source type; a new type adds a line here and a file beside this one. */
export function readSourceItems(source: SourceDeclaration, context: ReadContext, scrapers: ReadonlyMap<string, ScraperDeclaration>): Promise<ReadResult> {
  switch (source.type) {
    case 'html': return readHtmlSource(source, context);
    case 'browser': return readBrowserSource(source, context);
    case 'telegram': return readTelegramSource(source, context);
    case 'telegram-account': return readTelegramAccountSource(source, context);
    case 'json': return readJsonSource(source, context);
    case 'rss': return readRssSource(source, context);
    case 'scraper': return readScraperSource(source, scrapers.get(source.scraper ?? source.id), context);
  }
}

export function kindOf(source: SourceDeclaration, scrapers: ReadonlyMap<string, ScraperDeclaration>): SourceKind {
  if (source.kind) return source.kind;
  if (source.type === 'scraper') return scrapers.get(source.scraper ?? source.id)?.kind ?? DEFAULT_KIND.scraper;
  return DEFAULT_KIND[source.type];
}
