import type { Api, TelegramClient } from 'telegram';
import { SourceError } from '../source-errors.js';
import type { AccountChat, AccountClient, AccountCredentials, AccountUser, HistoryPage } from './account-client.js';
import { toAccountChat } from './message-to-item.js';

/**
 * The real AccountClient: GramJS (the `telegram` package). Imported here only, and only when
 * an account is opened, so commands that never touch the account do not load it.
 */

type GramJs = typeof import('telegram');

async function loadGramJs() {
  const [gramjs, sessions, events, network, logger] = await Promise.all([
    import('telegram'), import('telegram/sessions/index.js'), import('telegram/events/index.js'), import('telegram/network/index.js'), import('telegram/extensions/Logger.js'),
  ]);
  return { gramjs, StringSession: sessions.StringSession, Raw: events.Raw, UpdateConnectionState: network.UpdateConnectionState, Logger: logger.Logger, LogLevel: logger.LogLevel };
}

/** A GramJS client for these credentials, quiet (its own logger would print to stdout), and told never to sleep on FLOOD_WAIT itself: leakwatch honours it where it can report it. */
export async function createGramJsClient(credentials: Omit<AccountCredentials, 'session'> & { session?: string }): Promise<{ client: TelegramClient; gramjs: GramJs; saveSession(): string }> {
  const { gramjs, StringSession, Logger, LogLevel } = await loadGramJs();
  const session = new StringSession(credentials.session ?? '');
  const proxy = credentials.proxyUrl ? toSocksProxy(credentials.proxyUrl) : undefined;
  const client = new gramjs.TelegramClient(session, credentials.apiId, credentials.apiHash, {
    connectionRetries: 5,
    autoReconnect: true,
    floodSleepThreshold: 0,
    deviceModel: 'leakwatch',
    appVersion: '0.1',
    baseLogger: new Logger(LogLevel.NONE),
    ...(proxy ? { proxy } : {}),
  });
  return { client, gramjs, saveSession: () => session.save() };
}

function toSocksProxy(url: string) {
  const parsed = new URL(url);
  return { ip: parsed.hostname, port: Number(parsed.port), socksType: 5 as const };
}

const INVITE = /^https:\/\/t\.me\/(?:\+|joinchat\/)([A-Za-z0-9_-]+)\/?$/;

/** `somechannel`, `@somechannel`, `https://t.me/somechannel` → `somechannel`. */
export function toUsername(reference: string): string | undefined {
  const match = /^(?:@|https:\/\/t\.me\/)?([A-Za-z][A-Za-z0-9_]{3,31})\/?$/.exec(reference.trim());
  return match?.[1];
}

export function toInviteHash(reference: string): string | undefined {
  return INVITE.exec(reference.trim())?.[1];
}

/** Open the account (lazily loading GramJS) as an AccountClient. */
export async function openGramJsAccount(credentials: AccountCredentials): Promise<AccountClient> {
  const { client, gramjs } = await createGramJsClient(credentials);
  const { Raw, UpdateConnectionState } = await loadGramJs();
  const { Api, utils, helpers } = gramjs;
  let dialogs: AccountChat[] | undefined;

  const listChats = async (): Promise<AccountChat[]> => {
    const found = await client.getDialogs({});
    dialogs = found.flatMap((dialog) => {
      const chat = dialog.entity ? toAccountChat(dialog.entity as Api.TypeChat | Api.TypeUser, dialog.inputEntity) : undefined;
      return chat ? [chat] : [];
    });
    return dialogs;
  };

  const fromEntity = (entity: Api.TypeChat | Api.TypeUser): AccountChat => {
    const chat = toAccountChat(entity, utils.getInputPeer(entity));
    if (!chat) throw new SourceError('config', `Telegram answered with a ${entity.className}, which is not a chat leakwatch can read.`);
    return chat;
  };

  return {
    async connect() { await client.connect(); },
    async disconnect() { await client.destroy(); },
    async getMe(): Promise<AccountUser> {
      const me = await client.getMe();
      const name = [me.firstName, me.lastName].filter(Boolean).join(' ') || (me.username ? `@${me.username}` : String(me.id));
      return { id: String(me.id), name, ...(me.username ? { username: me.username } : {}), ...(me.phone ? { phone: me.phone } : {}) };
    },
    listChats,
    async resolveChat(reference) {
      const invite = toInviteHash(reference);
      if (invite) {
        const answer = await client.invoke(new Api.messages.CheckChatInvite({ hash: invite }));
        if (answer.className !== 'ChatInviteAlready') throw new SourceError('config', `The account has not joined the chat of the invite link ${reference}. Join it once with: leakwatch telegram join ${reference}`);
        return fromEntity(answer.chat);
      }
      const known = dialogs ?? await listChats();
      const username = toUsername(reference);
      const byDialog = known.find((chat) => (username ? chat.username?.toLowerCase() === username.toLowerCase() : chat.id === reference || chat.id === `-100${reference}`));
      if (byDialog) return byDialog;
      if (!username) throw new SourceError('config', `The account is not in a chat with id ${reference}. List the ids it can read with: leakwatch telegram chats`);
      // A public chat the account has not joined can still be read by username (contacts.resolveUsername).
      return fromEntity(await client.getEntity(username) as Api.TypeChat | Api.TypeUser);
    },
    async getHistory(chat, request): Promise<HistoryPage> {
      const answer = await client.invoke(new Api.messages.GetHistory({
        peer: chat.peer as Api.TypeInputPeer, offsetId: request.offsetId, offsetDate: 0, addOffset: request.addOffset, limit: request.limit, maxId: 0, minId: request.minId, hash: helpers.returnBigInt(0),
      }));
      if (answer.className === 'messages.MessagesNotModified') return { messages: [], users: [], chats: [] };
      return { messages: answer.messages, users: answer.users, chats: answer.chats };
    },
    onUpdate(listener) {
      const builder = new Raw({});
      const handler = async (update: unknown) => {
        if (update instanceof UpdateConnectionState) listener({ connectionState: update.state === UpdateConnectionState.connected ? 'connected' : 'disconnected' });
        else listener(update as Api.TypeUpdate);
      };
      client.addEventHandler(handler, builder);
      return () => client.removeEventHandler(handler, builder);
    },
    async join(link) {
      const invite = toInviteHash(link);
      const username = toUsername(link);
      if (!invite && !username) throw new SourceError('config', `"${link}" is not a t.me link or username leakwatch can join.`);
      const updates = invite
        ? await client.invoke(new Api.messages.ImportChatInvite({ hash: invite }))
        : await client.invoke(new Api.channels.JoinChannel({ channel: username! }));
      const chat = 'chats' in updates ? updates.chats[0] : undefined;
      if (!chat) throw new SourceError('parse', `Telegram accepted the join of ${link} but named no chat; check with: leakwatch telegram chats`);
      dialogs = undefined;
      return fromEntity(chat);
    },
    async logOut() {
      await client.invoke(new Api.auth.LogOut());
    },
  };
}
