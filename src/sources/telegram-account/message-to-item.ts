import type { Api } from 'telegram';
import type { ScrapedItem } from '../scraped-item.js';
import type { AccountChat } from './account-client.js';

/**
 * MTProto messages as postings. Pure: GramJS objects in, plain items out, recognised by their
 * `className` so this file needs no runtime import of the `telegram` package.
 */

/** Users and chats a history page or an update names, by Bot-API-style id. */
export type PeerNames = ReadonlyMap<string, string>;

/** A message event of a raw update, or undefined for anything else (reads, typing, service messages). */
export function toMessageEvent(update: { className?: string; message?: unknown }): { kind: 'new' | 'edit'; message: Api.Message } | undefined {
  const message = update.message as Api.TypeMessage | undefined;
  if (!message || (message as { className?: string }).className !== 'Message') return undefined;
  switch (update.className) {
    case 'UpdateNewMessage': case 'UpdateNewChannelMessage': return { kind: 'new', message: message as Api.Message };
    case 'UpdateEditMessage': case 'UpdateEditChannelMessage': return { kind: 'edit', message: message as Api.Message };
    default: return undefined;
  }
}

/** Bot-API-style id of a peer: -100… for channels and supergroups, -… for basic groups, the user id. */
export function toPeerKey(peer: Api.TypePeer | undefined): string | undefined {
  if (!peer) return undefined;
  switch (peer.className) {
    case 'PeerChannel': return `-100${String(peer.channelId)}`;
    case 'PeerChat': return `-${String(peer.chatId)}`;
    case 'PeerUser': return String(peer.userId);
    default: return undefined;
  }
}

/** The chat or user as leakwatch keeps it, from a GramJS Channel, Chat or User. */
export function toAccountChat(entity: Api.TypeChat | Api.TypeUser, peer: unknown): AccountChat | undefined {
  switch (entity.className) {
    case 'Channel': return { id: `-100${String(entity.id)}`, kind: entity.broadcast ? 'channel' : 'supergroup', title: entity.title, ...(entity.username ? { username: entity.username } : {}), peer };
    case 'Chat': return { id: `-${String(entity.id)}`, kind: 'group', title: entity.title, peer };
    case 'User': return { id: String(entity.id), kind: 'user', title: toUserName(entity), ...(entity.username ? { username: entity.username } : {}), peer };
    default: return undefined;
  }
}

function toUserName(user: Api.User): string {
  const name = [user.firstName, user.lastName].filter((part) => part && part.trim() !== '').join(' ');
  return name || (user.username ? `@${user.username}` : `user ${String(user.id)}`);
}

/** Names of the users and chats a history page (or an update's entities) carries. */
export function toPeerNames(entities: Iterable<Api.TypeUser | Api.TypeChat>): Map<string, string> {
  const names = new Map<string, string>();
  for (const entity of entities) {
    const chat = toAccountChat(entity, undefined);
    if (!chat) continue;
    names.set(chat.id, chat.kind === 'user' && chat.username ? `${chat.title} (@${chat.username})` : chat.title);
  }
  return names;
}

/** A link to a message: public chats by username, private channels and supergroups by t.me/c/. */
export function toAccountMessageUrl(chat: AccountChat, messageId: number): string | undefined {
  if (chat.username) return `https://t.me/${chat.username}/${messageId}`;
  if (chat.id.startsWith('-100')) return `https://t.me/c/${chat.id.slice(4)}/${messageId}`;
  return undefined;
}

interface DocumentInfo { fileName?: string; sizeBytes?: number; mimeType?: string }

/** Name, size and type of an attached document. Its content is never fetched. */
function toDocumentInfo(media: Api.TypeMessageMedia | undefined): DocumentInfo | undefined {
  if (media?.className !== 'MessageMediaDocument' || media.document?.className !== 'Document') return undefined;
  const document = media.document;
  const fileName = document.attributes.find((attribute): attribute is Api.DocumentAttributeFilename => attribute.className === 'DocumentAttributeFilename')?.fileName;
  const size = Number(String(document.size));
  return { ...(fileName ? { fileName } : {}), ...(Number.isFinite(size) ? { sizeBytes: size } : {}), ...(document.mimeType ? { mimeType: document.mimeType } : {}) };
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit += 1; }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

function toForwardedFrom(header: Api.TypeMessageFwdHeader | undefined, names: PeerNames): { name?: string; chatId?: string; messageId?: number } | undefined {
  if (!header) return undefined;
  const key = toPeerKey(header.fromId);
  const name = header.fromName ?? (key ? names.get(key) ?? (key.startsWith('-') ? `chat ${key}` : `user ${key}`) : undefined) ?? header.postAuthor;
  return { ...(name ? { name } : {}), ...(key ? { chatId: key } : {}), ...(header.channelPost ? { messageId: header.channelPost } : {}) };
}

/**
 * One message as a scraped item: title = its first line, body = the rest, plus a line naming an
 * attached document (file name and size: a dump's name is evidence). Id `<chat id>/<message id>`,
 * as the bot's listener keys chat messages. Undefined for a message with nothing to read (a
 * sticker, a bare photo).
 */
export function toAccountItem(message: Api.Message, chat: AccountChat, names: PeerNames = new Map()): ScrapedItem | undefined {
  const text = (message.message ?? '').replace(/\r\n?/g, '\n').trim();
  const document = toDocumentInfo(message.media);
  const documentLine = document?.fileName ? `[document: ${document.fileName}${document.sizeBytes !== undefined ? `, ${formatBytes(document.sizeBytes)}` : ''}]` : undefined;
  if (text === '' && !documentLine) return undefined;
  const [firstLine = '', ...rest] = (text === '' ? documentLine! : text).split('\n');
  const body = [rest.join('\n').trim(), text === '' ? '' : documentLine ?? ''].filter((part) => part !== '').join('\n');
  const senderKey = toPeerKey(message.fromId);
  const author = message.postAuthor ?? (senderKey ? names.get(senderKey) ?? (senderKey === chat.id ? chat.title : `user ${senderKey}`) : chat.kind === 'channel' ? chat.title : undefined);
  const forwarded = toForwardedFrom(message.fwdFrom, names);
  const replyTo = message.replyTo?.className === 'MessageReplyHeader' ? message.replyTo.replyToMsgId : undefined;
  const url = toAccountMessageUrl(chat, message.id);
  return {
    externalId: `${chat.id}/${message.id}`,
    title: firstLine.trim().slice(0, 500),
    ...(body ? { body } : {}),
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
    publishedAt: new Date(message.date * 1000).toISOString(),
    meta: {
      chatId: chat.id,
      chatTitle: chat.title,
      chatType: chat.kind,
      ...(chat.username ? { chatUsername: chat.username } : {}),
      messageId: message.id,
      ...(senderKey ? { senderId: senderKey } : {}),
      ...(document ? { document } : {}),
      ...(forwarded?.name ? { forwardedFrom: forwarded.name } : {}),
      ...(forwarded?.chatId ? { forwardedFromId: forwarded.chatId } : {}),
      ...(forwarded?.messageId ? { forwardedMessageId: forwarded.messageId } : {}),
      ...(replyTo ? { replyToMessageId: replyTo } : {}),
      ...(message.editDate ? { editedAt: new Date(message.editDate * 1000).toISOString() } : {}),
      ...(message.views !== undefined && message.views !== null ? { views: message.views } : {}),
    },
  };
}
