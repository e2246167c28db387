import type { Logger } from '../../config/logger.js';
import type { Store } from '../../store/index.js';
import type { ScanSummary } from '../scan-source.js';
import type { TelegramAccountSource } from '../source-config.js';
import type { SourceError } from '../source-errors.js';
import { describeHealthChange, nextSourceState } from '../source-health.js';
import { AccountSessionError } from './account-client.js';
import { parseChatCursors, toCursorText } from './read-chat-history.js';

/** What one catch-up of an account source came to: counts, the error that stopped it, the chats that failed. */
export interface RunTotals {
  read: number;
  newPostings: number;
  hits: number;
  error: SourceError | null;
  chatErrors?: string[];
}

/** Move one chat's "last message seen" forward (never back), in the source's cursor. */
export function saveChatCursor(store: Store, sourceId: string, chatId: string, lastId: number): void {
  const state = store.sources.getState(sourceId);
  const cursors = parseChatCursors(state.cursor);
  if ((cursors[chatId] ?? 0) >= lastId) return;
  cursors[chatId] = lastId;
  store.sources.saveState({ ...state, cursor: toCursorText(cursors) });
}

/**
 * Record a catch-up as scanSource records a run: scan_runs, the source's health, one notice
 * to the admins when the health turns. A revoked session turns the source unhealthy at once:
 * nothing will work until someone logs in again.
 */
export function recordAccountRun(
  deps: { store: Store; logger: Logger; notifyAdmins?: (text: string) => Promise<void> },
  source: TelegramAccountSource, totals: RunTotals, run: { runId: number; started: number; chats: number },
): ScanSummary {
  const { store, logger } = deps;
  const problems = totals.chatErrors ?? [];
  const message = totals.error ? totals.error.message : problems.length > 0 ? `${problems.length} of ${run.chats} chats failed: ${problems.join('; ')}` : null;
  const failure = totals.error?.failure ?? (problems.length > 0 ? 'parse' : undefined);
  store.scanRuns.finish(run.runId, { itemsSeen: totals.read, newPostings: totals.newPostings, hits: totals.hits, error: message });
  const previous = store.sources.getState(source.id);
  const { state, change } = nextSourceState(previous, { at: new Date().toISOString(), items: totals.read, error: message, ...(failure ? { failure } : {}) },
    totals.error instanceof AccountSessionError ? 1 : source.unhealthyAfter);
  store.sources.saveState(state);
  if (message) logger.warn({ source: source.id, failure, error: message }, 'source run failed');
  else logger.info({ source: source.id, itemsSeen: totals.read, newPostings: totals.newPostings, hits: totals.hits }, 'source scanned');
  if (change && deps.notifyAdmins) void deps.notifyAdmins(describeHealthChange(source.id, change, state)).catch(() => undefined);
  return { sourceId: source.id, itemsSeen: totals.read, newPostings: totals.newPostings, hits: totals.hits, error: message, ...(failure ? { failure } : {}), durationMs: Date.now() - run.started, change };
}
