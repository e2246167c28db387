import type { Posting } from '../model/posting.js';
import { toDisplayName, type ForwardOrigin, type TelegramChat, type TelegramMessage } from './telegram-update.js';

/** A link to a message: public chats by username, private supergroups and channels by t.me/c/. */
export function toMessageUrl(chat: TelegramChat, messageId: number): string | undefined {
  if (chat.username) return `https://t.me/${chat.username}/${messageId}`;
  const id = String(chat.id);
  if (id.startsWith('-100')) return `https://t.me/c/${id.slice(4)}/${messageId}`;
  return undefined;
}

const chatName = (chat: TelegramChat): string => chat.title ?? (chat.username ? `@${chat.username}` : chat.first_name ?? String(chat.id));

function describeOrigin(origin: ForwardOrigin): string {
  switch (origin.type) {
    case 'user': return origin.sender_user ? toDisplayName(origin.sender_user) : 'a user';
    case 'hidden_user': return origin.sender_user_name ?? 'a hidden user';
    case 'chat': return origin.sender_chat ? chatName(origin.sender_chat) : 'a chat';
    case 'channel': return origin.chat ? chatName(origin.chat) : 'a channel';
  }
}

const toIso = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

/**
 * A Telegram message as a posting. Captions count as text. A post forwarded from a channel is
 * keyed by the channel's ids, so the same post forwarded twice, or also seen in the channel,
 * is one posting. Returns undefined for messages without text (stickers, bare photos).
 */
export function messageToPosting(message: TelegramMessage): Posting | undefined {
  const text = message.text ?? message.caption;
  if (text === undefined || text.trim() === '') return undefined;
  const origin = message.forward_origin;
  const originChat = origin?.type === 'channel' ? origin.chat : undefined;
  const keyChat = originChat && origin?.message_id !== undefined ? originChat : message.chat;
  const keyMessageId = originChat && origin?.message_id !== undefined ? origin.message_id : message.message_id;
  const author = origin
    ? describeOrigin(origin)
    : message.from ? toDisplayName(message.from) : message.author_signature ?? (message.sender_chat ? chatName(message.sender_chat) : undefined);
  const url = toMessageUrl(keyChat, keyMessageId);
  return {
    sourceId: 'telegram',
    externalId: `${keyChat.id}/${keyMessageId}`,
    sourceKind: 'telegram',
    text,
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
    publishedAt: toIso(origin?.date ?? message.date),
    meta: {
      chatId: keyChat.id,
      chatTitle: chatName(keyChat),
      chatType: keyChat.type,
      messageId: keyMessageId,
      ...(origin ? { forwardOrigin: describeOrigin(origin), forwardedBy: message.from?.id } : {}),
      ...(message.edit_date ? { editedAt: toIso(message.edit_date) } : {}),
    },
  };
}
