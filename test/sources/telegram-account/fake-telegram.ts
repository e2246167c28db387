import { Api } from 'telegram';
import type { AccountChat, AccountClient, AccountConnectionUpdate, AccountCredentials, HistoryPage, HistoryRequest } from '../../../src/sources/telegram-account/account-client.js';
import { toAccountChat, toPeerKey } from '../../../src/sources/telegram-account/message-to-item.js';
import { loadRecordedTelegram, rpcError, type RecordedTelegram } from './gramjs-objects.js';

type Listener = (update: Api.TypeUpdate | AccountConnectionUpdate) => void;

/** Methods the monitor may call: reading only. */
export const READ_ONLY_METHODS = ['connect', 'disconnect', 'getMe', 'resolveChat', 'listChats', 'getHistory', 'onUpdate'];

/**
 * Telegram as a user account sees it, in memory: chats and their history (recorded), answering
 * messages.getHistory with its offset/add_offset/limit/min_id semantics, and live updates
 * pushed as GramJS Api objects. `openClient` is what the listener uses instead of GramJS.
 */
export function createFakeTelegram(recorded: RecordedTelegram = loadRecordedTelegram()) {
  const history = new Map<string, Api.TypeMessage[]>([...recorded.history].map(([chatId, messages]) => [chatId, [...messages]]));
  const entities = new Map<string, Api.Channel>(recorded.chats.map((chat) => [`-100${String(chat.id)}`, chat]));
  const listeners = new Set<Listener>();
  const calls: { method: string; args: unknown[] }[] = [];
  const historyRequests: (HistoryRequest & { chatId: string })[] = [];
  const failures = new Map<string, (() => Error)[]>();
  const opened: AccountCredentials[] = [];
  let connectFailures = 0;
  let revoked: string | undefined;
  /** Chats the account is in (dialogs); others are reachable by username only. */
  const joined = new Set<string>(history.keys());
  const invites = new Map<string, string>();

  const failIfAsked = (method: string) => {
    if (revoked) throw rpcError(401, revoked);
    const next = failures.get(method)?.shift();
    if (next) throw next();
  };
  const chatOf = (entity: Api.Channel): AccountChat => toAccountChat(entity, { fakePeer: String(entity.id) })!;

  const getHistory = (chatId: string, request: HistoryRequest): HistoryPage => {
    const sorted = [...(history.get(chatId) ?? [])].sort((a, b) => b.id - a.id);
    let position = request.offsetId === 0 ? 0 : sorted.findIndex((message) => message.id < request.offsetId);
    if (position === -1) position = sorted.length;
    const start = position + request.addOffset;
    const messages = sorted.slice(Math.max(0, start), Math.max(0, start + request.limit)).filter((message) => message.id > request.minId);
    return { messages, users: recorded.users, chats: [...entities.values()] };
  };

  const client = (credentials: AccountCredentials): AccountClient => {
    opened.push(credentials);
    const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
    return {
      async connect() {
        record('connect');
        if (connectFailures > 0) {
          connectFailures -= 1;
          throw new Error('connect ECONNREFUSED 149.154.167.51:443');
        }
      },
      async disconnect() { record('disconnect'); },
      async getMe() {
        record('getMe');
        failIfAsked('getMe');
        return { id: '424242', name: 'Leakwatch Reader', username: 'lw_reader' };
      },
      async resolveChat(reference) {
        record('resolveChat', reference);
        failIfAsked('resolveChat');
        const invite = /\/(?:\+|joinchat\/)([A-Za-z0-9_-]+)/.exec(reference)?.[1];
        const username = reference.replace(/^@|^https:\/\/t\.me\//, '').replace(/\/$/, '').toLowerCase();
        const entity = invite ? entities.get(invites.get(invite) ?? '') : [...entities.entries()].find(([id, chat]) => id === reference || chat.username?.toLowerCase() === username)?.[1];
        if (!entity) throw rpcError(400, invite ? 'INVITE_HASH_INVALID' : 'USERNAME_NOT_OCCUPIED');
        return chatOf(entity);
      },
      async listChats() {
        record('listChats');
        failIfAsked('listChats');
        return [...joined].flatMap((id) => (entities.has(id) ? [chatOf(entities.get(id)!)] : []));
      },
      async getHistory(chat, request) {
        record('getHistory', chat.id, request);
        historyRequests.push({ chatId: chat.id, ...request });
        failIfAsked(`getHistory:${chat.id}`);
        failIfAsked('getHistory');
        return getHistory(chat.id, request);
      },
      onUpdate(listener) {
        record('onUpdate');
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async join(link) {
        record('join', link);
        failIfAsked('join');
        const hash = /\/(?:\+|joinchat\/)([A-Za-z0-9_-]+)/.exec(link)?.[1];
        const chatId = hash ? invites.get(hash) : undefined;
        if (!chatId) throw rpcError(400, 'INVITE_HASH_INVALID');
        joined.add(chatId);
        return chatOf(entities.get(chatId)!);
      },
      async logOut() { record('logOut'); },
    };
  };

  return {
    history,
    calls,
    historyRequests,
    opened,
    openClient: async (credentials: AccountCredentials) => client(credentials),
    /** Messages added while nobody listens: what a back-fill must find. */
    addMessages(chatId: string, messages: Api.TypeMessage[]) {
      history.get(chatId)!.push(...messages);
    },
    /** A live update, applied to the history as Telegram would, then delivered to the listeners. */
    push(update: Api.TypeUpdate) {
      const message = (update as { message?: Api.TypeMessage }).message;
      if (message && 'peerId' in message) {
        const chatId = toPeerKey(message.peerId)!;
        const messages = history.get(chatId) ?? [];
        const index = messages.findIndex((existing) => existing.id === message.id);
        if (index >= 0) messages[index] = message;
        else messages.push(message);
        history.set(chatId, messages);
      }
      for (const listener of listeners) listener(update);
    },
    connection(state: AccountConnectionUpdate['connectionState']) {
      for (const listener of listeners) listener({ connectionState: state });
    },
    failNext(method: string, error: () => Error, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => error)]);
    },
    failConnects(times: number) { connectFailures = times; },
    /** Every request fails with this 401 from now on (the session was revoked). */
    revoke(reason = 'AUTH_KEY_UNREGISTERED') { revoked = reason; },
    addInvite(hash: string, chatId: string) { invites.set(hash, chatId); },
    listenerCount: () => listeners.size,
  };
}

export type FakeTelegram = ReturnType<typeof createFakeTelegram>;
