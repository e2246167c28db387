import type { Api } from 'telegram';
import type { AccountChat, AccountClient, HistoryPage, HistoryRequest } from './account-client.js';
import { toFloodWaitSeconds } from './account-client.js';
import { toPeerNames } from './message-to-item.js';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) => new Promise((resolve, reject) => {
  if (signal?.aborted) return reject(signal.reason);
  const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
  const onAbort = () => { clearTimeout(timer); reject(signal!.reason); };
  signal?.addEventListener('abort', onAbort, { once: true });
});

/** Messages per history request: Telegram's own ceiling for messages.getHistory. */
export const HISTORY_PAGE_SIZE = 100;

export interface AccountRequestOptions {
  sleep: Sleep;
  /** Gap between two requests of the account, whatever the chat: one account, one set of limits. */
  requestIntervalMs: number;
  /** A FLOOD_WAIT longer than this fails the chat's read (retried next run) instead of blocking it. */
  maxFloodWaitSeconds: number;
  signal?: AbortSignal;
  onFloodWait?: (seconds: number, what: string) => void;
}

/**
 * Requests of one account, one after the other and `requestIntervalMs` apart. FLOOD_WAIT_X is
 * honoured as Telegram asks: wait X seconds (plus one), then the same request again.
 */
export function createAccountRequester(options: AccountRequestOptions, now: () => number = Date.now) {
  let last = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();
  const paced = async <T>(call: () => Promise<T>, what: string): Promise<T> => {
    for (;;) {
      const wait = last + options.requestIntervalMs - now();
      if (wait > 0) await options.sleep(wait, options.signal);
      last = now();
      try {
        return await call();
      } catch (error) {
        const seconds = toFloodWaitSeconds(error);
        if (seconds === undefined || seconds > options.maxFloodWaitSeconds) throw error;
        options.onFloodWait?.(seconds, what);
        await options.sleep((seconds + 1) * 1000, options.signal);
      }
    }
  };
  return <T>(call: () => Promise<T>, what: string): Promise<T> => {
    const result = queue.then(() => paced(call, what));
    queue = result.catch(() => undefined);
    return result;
  };
}

export type AccountRequester = ReturnType<typeof createAccountRequester>;

export interface ChatPage {
  /** Readable and unreadable messages of the page (service messages too), oldest first. */
  messages: Api.Message[];
  /** The highest id of the page, service messages included: where the next read starts. */
  lastId: number;
  names: Map<string, string>;
}

export interface ChatReadResult {
  read: number;
  lastId: number | null;
  /** More than `depth` messages were new: the oldest of them were not read. */
  skippedOlder: boolean;
}

/**
 * Read a chat forward from the last message seen, oldest first, one page at a time, handing
 * each page to `onPage` before asking for the next one, so what a crash interrupts resumes
 * from the last page handed over. At most the newest `depth` messages after `lastSeenId` are
 * read (on a first read, the newest `depth`); one extra request finds where they start.
 */
export async function readChatForward(
  client: AccountClient, chat: AccountChat, lastSeenId: number | null, depth: number,
  request: AccountRequester, onPage: (page: ChatPage) => void | Promise<void>,
): Promise<ChatReadResult> {
  const minId = lastSeenId ?? 0;
  const ask = (params: HistoryRequest): Promise<HistoryPage> => request(() => client.getHistory(chat, params), `reading ${chat.title}`);
  // The depth-th newest message after minId (and the one below it, to know whether any was left out).
  const probe = await ask({ offsetId: 0, addOffset: depth - 1, limit: 2, minId });
  const probeIds = probe.messages.map((message) => message.id).sort((a, b) => b - a);
  const start = probeIds[0] ?? minId + 1;
  const skippedOlder = lastSeenId !== null && probeIds.length > 1;
  let offsetId = start;
  let read = 0;
  let lastId: number | null = null;
  while (read < depth) {
    const limit = Math.min(HISTORY_PAGE_SIZE, depth - read);
    const page = await ask({ offsetId, addOffset: -limit, limit, minId });
    const ids = page.messages.map((message) => message.id).filter((id) => id >= offsetId);
    if (ids.length === 0) break;
    const messages = page.messages.filter((message): message is Api.Message => message.className === 'Message' && message.id >= offsetId).sort((a, b) => a.id - b.id);
    lastId = Math.max(...ids);
    read += ids.length;
    await onPage({ messages, lastId, names: toPeerNames([...page.users, ...page.chats]) });
    if (ids.length < limit) break;
    offsetId = lastId + 1;
  }
  return { read, lastId, skippedOlder };
}

/** Per-chat "last message seen", kept as the source's cursor in source_state: {"chats": {"-100…": 1234}}. */
export function parseChatCursors(cursor: string | null): Record<string, number> {
  if (!cursor) return {};
  try {
    const parsed = JSON.parse(cursor) as { chats?: Record<string, unknown> };
    return Object.fromEntries(Object.entries(parsed.chats ?? {}).filter((entry): entry is [string, number] => Number.isInteger(entry[1])));
  } catch {
    return {};
  }
}

export function toCursorText(chats: Record<string, number>): string {
  return JSON.stringify({ chats });
}
