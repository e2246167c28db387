import type { Logger } from '../config/logger.js';
import type { Posting } from '../model/posting.js';
import type { Store } from '../store/index.js';
import type { BrowserProvider } from './browser/browser-provider.js';
import type { HttpClient } from './net/http-client.js';
import { kindOf, readSourceItems } from './readers/index.js';
import { checkScrapedItems, toPosting, type ScrapedItem } from './scraped-item.js';
import type { ScraperDeclaration } from './scrapers/define-scraper.js';
import type { SourceDeclaration } from './source-config.js';
import { SourceError, toSourceError, type SourceFailure } from './source-errors.js';
import { describeHealthChange, nextSourceState, type HealthChange } from './source-health.js';

/** What scanning reads of an ingest result: counts, and whether the posting was analysed. */
export type IngestOutcome = { status: string; hits: unknown[]; notAnalysed?: string } | Error;

/** What scanning needs from the rest of leakwatch; the pipeline is passed in as one function. */
export interface ScanDeps {
  store: Store;
  /**
   * `runtime.pipeline.ingestAll`: the new items of one run go in as one batch (one commit);
   * an item the pipeline refuses comes back as an Error in its place. Only counts are used here.
   */
  ingestAll: (postings: Posting[]) => IngestOutcome[] | Promise<IngestOutcome[]>;
  http: HttpClient;
  browser: BrowserProvider;
  scrapers: ReadonlyMap<string, ScraperDeclaration>;
  evidenceDir: string;
  torSocksUrl: string | undefined;
  logger: Logger;
  notifyAdmins?: (text: string) => Promise<void>;
  /** Aborted when the monitor stops: runs in flight end as errors, nothing half-written. */
  signal?: AbortSignal;
}

export interface ScanSummary {
  sourceId: string;
  itemsSeen: number;
  newPostings: number;
  hits: number;
  error: string | null;
  failure?: SourceFailure;
  durationMs: number;
  change: HealthChange;
}

export interface ReadOutcome {
  items: ScrapedItem[];
  rejected: string[];
  pages: number;
  cursor: string | null | undefined;
}

/**
 * Fetch and parse one source, without storing anything: what a run does before the pipeline,
 * and all that `leakwatch sources test` does. Finding nothing is an error unless the source
 * allows it; so is a run past its timeout, whatever the reader was doing.
 */
export async function readSource(source: SourceDeclaration, deps: Omit<ScanDeps, 'store' | 'ingestAll'>, options: { cursor: string | null; knownIds(ids: string[]): Set<string>; previousBest?: number; lastSuccessAt?: string | null }): Promise<ReadOutcome> {
  const timeoutMs = source.timeoutSeconds * 1000;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = deps.signal ? AbortSignal.any([deps.signal, deadline]) : deadline;
  const reading = readSourceItems(source, {
    http: deps.http, browser: deps.browser, signal, cursor: options.cursor, knownIds: options.knownIds, evidenceDir: deps.evidenceDir,
    torSocksUrl: deps.torSocksUrl, logger: deps.logger,
  }, deps.scrapers);
  // If the deadline wins the race, the reader's own late failure must not surface as unhandled.
  reading.catch(() => undefined);
  let result;
  try {
    result = await untilAborted(reading, signal);
  } catch (error) {
    if (deadline.aborted) throw new SourceError('timeout', `The run of ${source.id} passed its ${source.timeoutSeconds} s timeout and was stopped (timeoutSeconds).`, { cause: error });
    if (deps.signal?.aborted) throw new SourceError('timeout', `The run of ${source.id} was stopped because leakwatch is stopping.`, { cause: error });
    throw error;
  }
  const { items, rejected } = checkScrapedItems(result.items);
  if (items.length === 0 && !source.allowEmpty) {
    const before = (options.previousBest ?? 0) > 0 ? `; it found ${options.previousBest} before${options.lastSuccessAt ? ` (last good run ${options.lastSuccessAt})` : ''}` : '';
    const dropped = rejected.length > 0 ? ` ${rejected.length} item(s) were rejected, first: ${rejected[0]}.` : '';
    throw new SourceError('empty', `${source.id} found 0 items in ${result.pages} page(s)${before}. The page layout or the selectors probably changed (or the address now serves something else).${dropped} Check with: leakwatch sources test ${source.id}`);
  }
  return { items, rejected, pages: result.pages, cursor: result.cursor };
}

/**
 * One run of one source: read, pass only items not seen before to the pipeline, record the run
 * in scan_runs and the source's health, tell the admins when the health turns. Never throws:
 * a broken source is a recorded error, and the other sources go on.
 */
export async function scanSource(source: SourceDeclaration, deps: ScanDeps): Promise<ScanSummary> {
  const started = Date.now();
  const { store } = deps;
  const runId = store.scanRuns.start(source.id);
  const previous = store.sources.getState(source.id);
  const knownIds = (ids: string[]) => store.postings.knownExternalIds(source.id, ids);
  let itemsSeen = 0;
  let newPostings = 0;
  let hits = 0;
  let error: string | null = null;
  let failure: SourceFailure | undefined;
  let cursor = previous.cursor;
  try {
    const outcome = await readSource(source, deps, { cursor: previous.cursor, knownIds, previousBest: previous.bestItems, lastSuccessAt: previous.lastSuccessAt });
    itemsSeen = outcome.items.length;
    if (outcome.rejected.length > 0) deps.logger.warn({ source: source.id, rejected: outcome.rejected.slice(0, 5), count: outcome.rejected.length }, 'items rejected by validation');
    const known = knownIds(outcome.items.map((item) => item.externalId));
    const kind = kindOf(source, deps.scrapers);
    const fresh = outcome.items.filter((item) => !known.has(item.externalId));
    (await deps.ingestAll(fresh.map((item) => toPosting(source.id, kind, item)))).forEach((result, index) => {
      if (result instanceof Error) {
        // One unusable item (binary text) is logged; the rest of the run counts.
        deps.logger.warn({ source: source.id, externalId: fresh[index]!.externalId, err: result.message }, 'item not ingested');
        return;
      }
      // Stored without analysis (over its time budget): counted in `sources list`, the run goes on.
      if (result.notAnalysed) deps.logger.warn({ source: source.id, externalId: fresh[index]!.externalId, reason: result.notAnalysed }, 'posting stored without analysis');
      if (result.status === 'new' || result.status === 'duplicate') newPostings += 1;
      hits += result.hits.length;
    });
    if (outcome.cursor !== undefined) cursor = outcome.cursor;
  } catch (caught) {
    const sourceError = toSourceError(caught);
    error = sourceError.message;
    failure = sourceError.failure;
  }
  store.scanRuns.finish(runId, { itemsSeen, newPostings, hits, error });
  const { state, change } = nextSourceState(previous, { at: new Date().toISOString(), items: itemsSeen, error, ...(failure ? { failure } : {}) }, source.unhealthyAfter);
  store.sources.saveState({ ...state, cursor });
  if (error) deps.logger.warn({ source: source.id, failure, error }, 'source run failed');
  else deps.logger.info({ source: source.id, itemsSeen, newPostings, hits }, 'source scanned');
  if (change && deps.notifyAdmins) await deps.notifyAdmins(describeHealthChange(source.id, change, state)).catch(() => undefined);
  return { sourceId: source.id, itemsSeen, newPostings, hits, error, ...(failure ? { failure } : {}), durationMs: Date.now() - started, change };
}

/** Every source at once; the fetch queues keep the real concurrency at the configured limits. */
export function scanSources(sources: SourceDeclaration[], deps: ScanDeps, onDone?: (summary: ScanSummary) => void): Promise<ScanSummary[]> {
  return Promise.all(sources.map(async (source) => {
    const summary = await scanSource(source, deps);
    onDone?.(summary);
    return summary;
  }));
}

/** Resolve with the promise, or reject as soon as the signal aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}
