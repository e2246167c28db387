import type { CheerioAPI } from 'cheerio';
import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';
import { SOURCE_KINDS, type SourceKind } from '../../model/posting.js';

/** A fetched page as a scraper's parse function sees it. */
export interface ScrapePage {
  html: string;
  /** Final URL, for resolving relative links. */
  url: string;
  $: CheerioAPI;
}

/** What a scraper returns per item; checked with zod before it goes anywhere. */
export interface ScrapedFields {
  externalId: string;
  title?: string;
  body?: string;
  url?: string;
  author?: string;
  publishedAt?: string;
  meta?: Record<string, unknown>;
}

/**
 * One site-specific parser, one file in scrapers/, found by the registry: adding a site touches
 * nothing else. `parse` is pure (page in, items out); fetching, paging, Tor and storing are done
 * around it.
 */
export interface ScraperDeclaration {
  /** Equals the file name without .ts; also the source id unless sources.json says otherwise. */
  id: string;
  name: string;
  /** One line: what the site is and what an item is. */
  description: string;
  kind: SourceKind;
  /** The list page. Onion addresses move: override with "url" in sources.json. */
  url: string;
  /** Default cron schedule. */
  schedule: string;
  /** `tor`: only reachable through Tor, so listed but disabled until TOR_SOCKS_URL is set. */
  needs: 'tor'[];
  /** The recorded page under test/fixtures/scrapers/ the contract test parses, and what it must yield. */
  recorded: { file: string; minItems: number };
  parse(page: ScrapePage): ScrapedFields[];
  /** The next list page, if the site paginates and the source allows more than one page. */
  nextPageUrl?(page: ScrapePage): string | undefined;
}

export function defineScraper(declaration: ScraperDeclaration): ScraperDeclaration {
  return declaration;
}

export const scraperMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a kebab-case id equal to the file name'),
  name: z.string().min(1).max(100),
  description: z.string().min(10).max(300),
  kind: z.enum(SOURCE_KINDS),
  url: z.string().refine((value) => /^https?:\/\//.test(value) && URL.canParse(value), 'an http(s) URL'),
  schedule: z.string().refine((value) => isValidCron(value), 'a cron expression'),
  needs: z.array(z.literal('tor')),
  recorded: z.object({ file: z.string().regex(/^[a-z0-9-]+\.html?$/, 'a file name in test/fixtures/scrapers/'), minItems: z.number().int().min(1) }),
  parse: z.function(),
  nextPageUrl: z.function().optional(),
});
