import { readFileSync } from 'node:fs';
import { Api, errors, helpers } from 'telegram';
import { AuthKey } from 'telegram/crypto/AuthKey.js';
import { StringSession } from 'telegram/sessions/index.js';

/**
 * GramJS's own Api objects, built offline: from the recorded history in
 * test/fixtures/telegram-account/ ("_" is the TL class, {"$long"} a 64-bit integer) and by hand
 * for live updates. Nothing here opens a connection.
 */

type Recorded = unknown;

export function fromRecorded(value: Recorded): unknown {
  if (Array.isArray(value)) return value.map(fromRecorded);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if ('$long' in record) return helpers.returnBigInt(String(record.$long));
  if ('$bytes' in record) return Buffer.from(String(record.$bytes), 'base64');
  const { _: className, ...fields } = record;
  const args = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, fromRecorded(field)]));
  if (typeof className !== 'string') return args;
  const Class = className.split('.').reduce<Record<string, unknown>>((namespace, part) => namespace[part] as Record<string, unknown>, Api as unknown as Record<string, unknown>) as unknown as new (args: unknown) => unknown;
  return new Class(args);
}

export interface RecordedTelegram {
  users: Api.User[];
  chats: Api.Channel[];
  history: Map<string, Api.TypeMessage[]>;
}

export function loadRecordedTelegram(file = new URL('../../fixtures/telegram-account/leak-chats.json', import.meta.url)): RecordedTelegram {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { users: Recorded[]; chats: Recorded[]; history: Record<string, Recorded[]> };
  return {
    users: raw.users.map((user) => fromRecorded(user) as Api.User),
    chats: raw.chats.map((chat) => fromRecorded(chat) as Api.Channel),
    history: new Map(Object.entries(raw.history).map(([chatId, messages]) => [chatId, messages.map((message) => fromRecorded(message) as Api.TypeMessage)])),
  };
}

export const LEAK_MARKET_ID = '-1001987654321';
export const VENDORS_ID = '-1001555000111';

const channelIdOf = (chatId: string) => helpers.returnBigInt(chatId.replace(/^-100/, ''));

export function channelMessage(chatId: string, id: number, text: string, extra: Partial<ConstructorParameters<typeof Api.Message>[0]> = {}): Api.Message {
  return new Api.Message({ id, peerId: new Api.PeerChannel({ channelId: channelIdOf(chatId) }), date: 1764600000 + id, message: text, post: true, ...extra });
}

export const newChannelMessage = (message: Api.Message, pts = message.id) => new Api.UpdateNewChannelMessage({ message, pts, ptsCount: 1 });
export const editChannelMessage = (message: Api.Message, pts = message.id + 100_000) => new Api.UpdateEditChannelMessage({ message, pts, ptsCount: 1 });

/** An RPC error as GramJS turns Telegram's answer into one (FLOOD_WAIT_30 → FloodWaitError with seconds 30). */
export function rpcError(code: number, message: string): Error {
  const request = new Api.messages.GetHistory({ peer: new Api.InputPeerEmpty(), offsetId: 0, offsetDate: 0, addOffset: 0, limit: 1, maxId: 0, minId: 0, hash: helpers.returnBigInt(0) });
  return errors.RPCMessageToError(new Api.RpcError({ errorCode: code, errorMessage: message }), request);
}

/** A session string as GramJS's StringSession.save() writes it (DC 2 and a made-up 256-byte auth key). */
export const FAKE_SESSION = await (async () => {
  const session = new StringSession('');
  session.setDC(2, '149.154.167.51', 443);
  const key = new AuthKey();
  await key.setKey(Buffer.from(Array.from({ length: 256 }, (_, index) => (index * 37 + 11) % 256)));
  session.setAuthKey(key);
  return session.save();
})();
export const FAKE_API_HASH = '0123456789abcdef0123456789abcdef';
