import { loadSettingsFromEnvironment } from '../../config/load-env.js';
import type { Settings } from '../../config/settings.js';
import type { ScrapedItem } from '../scraped-item.js';
import type { TelegramAccountSource } from '../source-config.js';
import type { ReadContext, ReadResult } from '../source-reader.js';
import { isRevokedSession, toAccountError, type AccountChat, type AccountClient, type AccountCredentials } from './account-client.js';
import { loadAccountCredentials } from './account-session.js';
import { toAccountItem, toPeerNames } from './message-to-item.js';
import { createAccountRequester, parseChatCursors, readChatForward, realSleep, toCursorText } from './read-chat-history.js';

/** The account's proxy: `"proxy": "tor"` goes through TOR_SOCKS_URL, a socks URL through itself. */
export function toAccountProxyUrl(proxy: TelegramAccountSource['proxy'], settings: Pick<Settings, 'TOR_SOCKS_URL'>): string | undefined {
  if (proxy === 'none') return undefined;
  return proxy === 'tor' ? settings.TOR_SOCKS_URL : proxy;
}

/** The account from the settings (session file or TELEGRAM_SESSION), through GramJS. */
export async function openAccountFromSettings(settings: Settings, proxy: TelegramAccountSource['proxy'] = 'none'): Promise<AccountClient> {
  const credentials: AccountCredentials = loadAccountCredentials(settings);
  const proxyUrl = toAccountProxyUrl(proxy, settings);
  const { openGramJsAccount } = await import('./gramjs-client.js');
  return openGramJsAccount({ ...credentials, ...(proxyUrl ? { proxyUrl } : {}) });
}

/**
 * A one-off read of a `telegram-account` source (`leakwatch sources test`, `leakwatch scan
 * --once`): connect, read each chat from its last message seen (the newest `backfillDepth` on a
 * first read), disconnect. `leakwatch run` listens live instead (account-listener.ts).
 */
export async function readTelegramAccountSource(
  source: TelegramAccountSource, context: ReadContext,
  open: () => Promise<AccountClient> = () => openAccountFromSettings(loadSettingsFromEnvironment(), source.proxy), options: { requestIntervalMs?: number } = {},
): Promise<ReadResult> {
  const client = await open();
  const request = createAccountRequester({ sleep: realSleep, requestIntervalMs: options.requestIntervalMs ?? 1000, maxFloodWaitSeconds: Math.min(300, source.timeoutSeconds), signal: context.signal,
    onFloodWait: (seconds, what) => context.logger.warn({ source: source.id, seconds, what }, 'Telegram asked to wait (FLOOD_WAIT); waiting') });
  const cursors = parseChatCursors(context.cursor);
  const items: ScrapedItem[] = [];
  let pages = 0;
  try {
    await client.connect();
    await client.getMe();
    const chats = new Map<string, AccountChat>();
    if (source.allChats) for (const chat of await request(() => client.listChats(), 'listing the chats')) if (chat.kind !== 'user') chats.set(chat.id, chat);
    const failures: Error[] = [];
    let chatsRead = 0;
    for (const reference of source.chats) {
      try {
        const chat = await request(() => client.resolveChat(reference), `finding ${reference}`);
        chats.set(chat.id, chat);
      } catch (error) {
        if (isRevokedSession(error)) throw error;
        failures.push(toAccountError(error, `finding ${reference}`));
      }
    }
    for (const chat of chats.values()) {
      try {
        const { read } = await readChatForward(client, chat, cursors[chat.id] ?? null, source.backfillDepth, request, (page) => {
          pages += 1;
          items.push(...page.messages.flatMap((message) => toAccountItem(message, chat, page.names) ?? []));
          cursors[chat.id] = Math.max(cursors[chat.id] ?? 0, page.lastId);
        });
        // Nothing new: the newest message is still an item seen (already stored, so not stored
        // again), as the web preview's newest page is; a run that sees nothing is an error.
        if (read === 0) {
          const newest = await request(() => client.getHistory(chat, { offsetId: 0, addOffset: 0, limit: 5, minId: 0 }), `reading ${chat.title}`);
          const names = toPeerNames([...newest.users, ...newest.chats]);
          const readable = newest.messages.flatMap((message) => (message.className === 'Message' ? toAccountItem(message, chat, names) ?? [] : []));
          items.push(...readable.slice(0, 1));
        }
        chatsRead += 1;
      } catch (error) {
        if (isRevokedSession(error) || context.signal.aborted) throw error;
        failures.push(toAccountError(error, `reading ${chat.title}`));
      }
    }
    // One chat's failure is logged and the others still count; all of them failing is the run's error.
    if (failures.length > 0 && chatsRead === 0) throw failures[0];
    for (const failure of failures) context.logger.warn({ source: source.id, err: failure.message }, 'a chat of the account could not be read');
  } catch (error) {
    throw toAccountError(error, 'reading the chats');
  } finally {
    await client.disconnect().catch(() => undefined);
  }
  return { items, pages, cursor: toCursorText(cursors) };
}
