import type { Logger } from '../config/logger.js';
import type { SourceKind } from '../model/posting.js';
import type { BrowserProvider } from './browser/browser-provider.js';
import type { HttpClient } from './net/http-client.js';
import type { SourceDeclaration } from './source-config.js';

/** What a reader may use during one run. Readers fetch (the edge) and hand pages to pure parsers. */
export interface ReadContext {
  http: HttpClient;
  browser: BrowserProvider;
  /** Aborted on the run timeout or when the monitor stops. */
  signal: AbortSignal;
  /** Where a source left off last time (Telegram: the newest message id), or null. */
  cursor: string | null;
  /** External ids of this source already stored: paging and screenshots stop at known items. */
  knownIds(externalIds: string[]): Set<string>;
  evidenceDir: string;
  torSocksUrl: string | undefined;
  logger: Logger;
}

export interface ReadResult {
  /** Raw items, checked with zod by the caller. */
  items: unknown[];
  /** The new cursor to store when the run succeeds. */
  cursor?: string | null;
  /** Pages fetched, for the summary and `sources test`. */
  pages: number;
}

export type SourceReader<S extends SourceDeclaration = SourceDeclaration> = (source: S, context: ReadContext) => Promise<ReadResult>;

/** The kind a source's postings carry when the declaration does not say. */
export const DEFAULT_KIND: Record<SourceDeclaration['type'], SourceKind> = {
  html: 'forum', browser: 'forum', telegram: 'telegram', 'telegram-account': 'telegram', json: 'dls', rss: 'news', scraper: 'forum',
};
