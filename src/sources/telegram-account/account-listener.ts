import { schedule, type ScheduledTask } from 'node-cron';
import type { Logger } from '../../config/logger.js';
import type { Store } from '../../store/index.js';
import type { IngestOutcome, ScanSummary } from '../scan-source.js';
import type { Posting } from '../../model/posting.js';
import { toPosting } from '../scraped-item.js';
import type { TelegramAccountSource } from '../source-config.js';
import { SourceError } from '../source-errors.js';
import { AccountSessionError, isRevokedSession, toAccountError, type AccountChat, type AccountClient, type AccountConnectionUpdate } from './account-client.js';
import { toAccountItem, toMessageEvent, toPeerKey, toPeerNames } from './message-to-item.js';
import { createAccountRequester, parseChatCursors, readChatForward, realSleep, type AccountRequester, type Sleep } from './read-chat-history.js';
import { recordAccountRun, saveChatCursor, type RunTotals } from './record-account-run.js';

export interface AccountListenerOptions {
  store: Store;
  /** Synchronous: a page's cursor is saved right after its postings are stored. */
  ingestAll: (postings: Posting[]) => IngestOutcome[];
  /** Opens the account (GramJS in `leakwatch run`, a fake in tests); may throw AccountSessionError. */
  openClient: () => Promise<AccountClient>;
  logger: Logger;
  notifyAdmins?: (text: string) => Promise<void>;
  sleep?: Sleep;
  random?: () => number;
  /** Gap between two requests of the account [1000]. */
  requestIntervalMs?: number;
  /** Longest FLOOD_WAIT waited for in place; a longer one fails the chat until the next run [600]. */
  maxFloodWaitSeconds?: number;
  /** First and longest wait between attempts to connect [2 s, 5 min], doubled each time, with jitter. */
  reconnectInitialMs?: number;
  reconnectMaxMs?: number;
  /** How long a dropped connection may take to come back by itself before it is reopened [60 s]. */
  reconnectGraceMs?: number;
  /** How long a scan asked for while connecting waits for the connection [30 s]. */
  connectWaitMs?: number;
  /** Catch-up runs on each source's cron schedule [true]. */
  scheduled?: boolean;
}

interface SourceRuntime {
  source: TelegramAccountSource;
  chats: Map<string, AccountChat>;
  /** Declared references already found, to the chat id. */
  resolved: Map<string, string>;
  /** Chats of the declaration that could not be resolved yet, with why. */
  unresolved: Map<string, string>;
}

/**
 * `telegram-account` sources in `leakwatch run`: one connection of the user account, live
 * updates for every listed chat, and a catch-up read of each chat's history from the last
 * message seen at connect, after each reconnect and on the source's schedule. Each page of a
 * catch-up is stored, and its chat's cursor moved, before the next page is asked for. Live
 * messages are stored as they come but do not move the cursor: the next catch-up reads past
 * them (already stored, so nothing is stored twice), and any message the live stream dropped
 * is caught there. Only reads: it never sends, reacts, marks read or joins.
 */
export function createAccountListener(sources: TelegramAccountSource[], options: AccountListenerOptions) {
  const { store, logger } = options;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const stopping = new AbortController();
  const runtimes = new Map<string, SourceRuntime>(sources.map((source) => [source.id, { source, chats: new Map(), resolved: new Map(), unresolved: new Map() }]));
  const running = new Map<string, Promise<ScanSummary>>();
  const tasks: ScheduledTask[] = [];
  const request: AccountRequester = createAccountRequester({
    sleep, requestIntervalMs: options.requestIntervalMs ?? 1000, maxFloodWaitSeconds: options.maxFloodWaitSeconds ?? 600, signal: stopping.signal,
    onFloodWait: (seconds, what) => logger.warn({ seconds, what }, 'Telegram asked to wait (FLOOD_WAIT); waiting'),
  });
  let client: AccountClient | undefined;
  let unsubscribe: (() => void) | undefined;
  let connected = false;
  let connecting: Promise<void> | undefined;
  let dropTimer: NodeJS.Timeout | undefined;
  /** Set when the session is revoked: nothing more is tried until someone logs in again. */
  let fatal: AccountSessionError | undefined;

  const ingest = (runtime: SourceRuntime, items: NonNullable<ReturnType<typeof toAccountItem>>[]) => {
    let newPostings = 0;
    let hits = 0;
    const kind = runtime.source.kind ?? 'telegram';
    options.ingestAll(items.map((item) => toPosting(runtime.source.id, kind, item))).forEach((result, index) => {
      if (result instanceof Error) {
        logger.warn({ source: runtime.source.id, externalId: items[index]!.externalId, err: result.message }, 'item not ingested');
        return;
      }
      if (result.status === 'new' || result.status === 'duplicate') newPostings += 1;
      hits += result.hits.length;
    });
    return { newPostings, hits };
  };

  const onUpdate = (update: Parameters<Parameters<AccountClient['onUpdate']>[0]>[0]) => {
    if ('connectionState' in update) return onConnection(update);
    const event = toMessageEvent(update as { className?: string; message?: unknown });
    if (!event) return;
    const chatId = toPeerKey(event.message.peerId);
    if (!chatId) return;
    const entities = (update as { _entities?: Map<unknown, never> })._entities;
    const names = toPeerNames(entities ? entities.values() : []);
    for (const runtime of runtimes.values()) {
      const chat = runtime.chats.get(chatId);
      if (!chat) continue;
      const item = toAccountItem(event.message, chat, names);
      if (!item) continue;
      try {
        const { newPostings, hits } = ingest(runtime, [item]);
        logger.debug({ source: runtime.source.id, chatId, messageId: event.message.id, kind: event.kind, newPostings, hits }, 'Telegram account message');
      } catch (error) {
        logger.error({ source: runtime.source.id, chatId, messageId: event.message.id, err: (error as Error).message }, 'Telegram account message not stored');
      }
    }
  };

  const onConnection = (update: AccountConnectionUpdate) => {
    if (update.connectionState === 'disconnected') {
      if (!connected) return;
      connected = false;
      logger.warn('Telegram account disconnected; GramJS reconnects');
      clearTimeout(dropTimer);
      // GramJS reconnects by itself; if it has not come back after the grace period, reopen with backoff.
      dropTimer = setTimeout(() => { if (!connected && !stopping.signal.aborted) void reopen(); }, options.reconnectGraceMs ?? 60_000);
      dropTimer.unref();
      return;
    }
    if (connected || !client) return;
    connected = true;
    clearTimeout(dropTimer);
    logger.info('Telegram account reconnected; reading what was missed');
    for (const runtime of runtimes.values()) void catchUp(runtime.source.id);
  };

  const closeClient = async () => {
    unsubscribe?.();
    unsubscribe = undefined;
    const closing = client;
    client = undefined;
    connected = false;
    await closing?.disconnect().catch(() => undefined);
  };

  const reopen = async () => {
    await closeClient();
    await connect();
  };

  /** Connect, with exponential backoff and jitter between attempts; then catch every source up. */
  const connect = (): Promise<void> => {
    connecting ??= (async () => {
      let attempt = 0;
      while (!stopping.signal.aborted && !fatal) {
        try {
          const opened = await options.openClient();
          client = opened;
          await opened.connect();
          const me = await opened.getMe();
          unsubscribe = opened.onUpdate(onUpdate);
          connected = true;
          logger.info({ sources: sources.map((source) => source.id), account: me.username ? `@${me.username}` : me.id }, 'Telegram account connected');
          break;
        } catch (error) {
          await closeClient();
          const failure = toAccountError(error, 'connecting the account');
          if (failure instanceof AccountSessionError) {
            fatal = failure;
            break;
          }
          const delay = Math.min(options.reconnectMaxMs ?? 300_000, (options.reconnectInitialMs ?? 2000) * 2 ** attempt) * (0.5 + random() / 2);
          attempt += 1;
          logger.warn({ err: failure.message, attempt, retryInMs: Math.round(delay) }, 'cannot connect the Telegram account; retrying');
          for (const runtime of runtimes.values()) recordRun(runtime, { read: 0, newPostings: 0, hits: 0, error: failure }, store.scanRuns.start(runtime.source.id), Date.now());
          await sleep(delay, stopping.signal).catch(() => undefined);
        }
      }
    })().finally(() => { connecting = undefined; });
    return connecting.then(async () => {
      await Promise.all([...runtimes.keys()].map((sourceId) => catchUp(sourceId)));
    });
  };

  const resolveChats = async (runtime: SourceRuntime, opened: AccountClient) => {
    const { source } = runtime;
    if (source.allChats) {
      const chats = await request(() => opened.listChats(), 'listing the chats');
      for (const chat of chats) if (chat.kind !== 'user') runtime.chats.set(chat.id, chat);
    }
    for (const reference of source.chats.filter((candidate) => !runtime.resolved.has(candidate))) {
      try {
        const chat = await request(() => opened.resolveChat(reference), `finding ${reference}`);
        runtime.chats.set(chat.id, chat);
        runtime.resolved.set(reference, chat.id);
        runtime.unresolved.delete(reference);
      } catch (error) {
        if (isRevokedSession(error) || stopping.signal.aborted) throw error;
        runtime.unresolved.set(reference, toAccountError(error, `finding ${reference}`).message);
      }
    }
  };

  const recordRun = (runtime: SourceRuntime, totals: RunTotals, runId: number, started: number): ScanSummary =>
    recordAccountRun({ store, logger, ...(options.notifyAdmins ? { notifyAdmins: options.notifyAdmins } : {}) }, runtime.source, totals, { runId, started, chats: runtime.chats.size + runtime.unresolved.size });

  const runCatchUp = async (runtime: SourceRuntime): Promise<ScanSummary> => {
    const started = Date.now();
    const runId = store.scanRuns.start(runtime.source.id);
    const totals: RunTotals = { read: 0, newPostings: 0, hits: 0, error: null, chatErrors: [] };
    try {
      if (fatal) throw fatal;
      const opened = client;
      if (!opened || !connected) throw new SourceError('unreachable', 'The Telegram account is not connected (leakwatch keeps retrying with backoff); what was missed is read once it is.');
      await resolveChats(runtime, opened);
      for (const [reference, why] of runtime.unresolved) totals.chatErrors!.push(`${reference}: ${why}`);
      for (const chat of runtime.chats.values()) {
        try {
          const lastSeen = parseChatCursors(store.sources.getState(runtime.source.id).cursor)[chat.id] ?? null;
          const result = await readChatForward(opened, chat, lastSeen, runtime.source.backfillDepth, request, (page) => {
            const items = page.messages.flatMap((message) => toAccountItem(message, chat, page.names) ?? []);
            const counted = ingest(runtime, items);
            totals.newPostings += counted.newPostings;
            totals.hits += counted.hits;
            totals.read += page.messages.length;
            saveChatCursor(store, runtime.source.id, chat.id, page.lastId);
          });
          if (result.skippedOlder) logger.warn({ source: runtime.source.id, chatId: chat.id, backfillDepth: runtime.source.backfillDepth }, `more than backfillDepth messages were new in ${chat.title}: only the newest ${runtime.source.backfillDepth} were read`);
        } catch (error) {
          if (isRevokedSession(error) || stopping.signal.aborted) throw error;
          totals.chatErrors!.push(`${chat.title} (${chat.id}): ${toAccountError(error, `reading ${chat.title}`).message}`);
        }
      }
    } catch (error) {
      if (stopping.signal.aborted) totals.error = new SourceError('timeout', `The run of ${runtime.source.id} was stopped because leakwatch is stopping.`, { cause: error });
      else totals.error = toAccountError(error, 'reading the chats');
      if (totals.error instanceof AccountSessionError && !fatal) {
        fatal = totals.error;
        void closeClient();
      }
    }
    return recordRun(runtime, totals, runId, started);
  };

  /** A catch-up of one source now; one already running is awaited, not doubled. */
  const catchUp = (sourceId: string): Promise<ScanSummary> => {
    const current = running.get(sourceId);
    if (current) return current;
    const runtime = runtimes.get(sourceId)!;
    const promise = runCatchUp(runtime).finally(() => running.delete(sourceId));
    running.set(sourceId, promise);
    return promise;
  };

  return {
    /** Connects in the background: a Telegram that cannot be reached never holds up the monitor. */
    start(): void {
      if (options.scheduled ?? true) {
        for (const source of sources) tasks.push(schedule(source.schedule, () => { if (!stopping.signal.aborted && connected) void catchUp(source.id); }, { name: `source:${source.id}` }));
      }
      void connect().catch((error: unknown) => logger.error({ err: (error as Error).message }, 'Telegram account listener failed'));
    },
    has(sourceId: string): boolean {
      return runtimes.has(sourceId);
    },
    /** Catch up now: one source or all of them (what `/scan` and scanNow ask for). */
    async scanNow(sourceId?: string): Promise<ScanSummary[]> {
      const ids = sourceId ? [sourceId].filter((id) => runtimes.has(id)) : [...runtimes.keys()];
      // A connection in progress is given a little time; one that keeps failing (backing off for
      // minutes) must not hold up `/scan`: the run then records that the account is not connected.
      if (connecting) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([connecting.catch(() => undefined), new Promise((resolve) => { timer = setTimeout(resolve, options.connectWaitMs ?? 30_000); timer.unref(); })]);
        clearTimeout(timer);
      }
      return Promise.all(ids.map((id) => catchUp(id)));
    },
    isConnected(): boolean {
      return connected;
    },
    async stop(): Promise<void> {
      stopping.abort(new Error('leakwatch is stopping'));
      clearTimeout(dropTimer);
      for (const task of tasks) await task.destroy();
      await Promise.allSettled([...running.values()]);
      await connecting?.catch(() => undefined);
      await closeClient();
    },
  };
}

export type AccountListener = ReturnType<typeof createAccountListener>;
