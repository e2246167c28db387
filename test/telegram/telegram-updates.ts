import type { FakeMessage } from '../support/fake-bot-api.js';

/**
 * Updates as Telegram sends them, with the fields the bot reads: channel posts and their edits,
 * group and private messages (commands, forwards), button taps. Push them to the fake Bot API.
 */

export interface ChatSpec { id: number; title?: string; username?: string; type?: string }
export interface UserSpec { id: number; first_name: string; last_name?: string; username?: string }

const chatOf = (chat: ChatSpec) => ({ id: chat.id, type: chat.type ?? (chat.id < 0 ? (String(chat.id).startsWith('-100') ? 'channel' : 'group') : 'private'), ...(chat.title ? { title: chat.title } : {}), ...(chat.username ? { username: chat.username } : {}) });
const unixNow = () => Math.floor(Date.now() / 1000);

export function channelPost(chat: ChatSpec, messageId: number, text: string, extra: { caption?: boolean; date?: number } = {}) {
  const body = extra.caption ? { caption: text, photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] } : { text };
  return { channel_post: { message_id: messageId, chat: { ...chatOf(chat), type: 'channel' }, date: extra.date ?? unixNow(), ...body } };
}

export function editedChannelPost(chat: ChatSpec, messageId: number, text: string) {
  return { edited_channel_post: { message_id: messageId, chat: { ...chatOf(chat), type: 'channel' }, date: unixNow() - 60, edit_date: unixNow(), text } };
}

export function groupMessage(chat: ChatSpec, from: UserSpec, messageId: number, text: string, extra: { threadId?: number } = {}) {
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
  return {
    message: {
      message_id: messageId, from: { ...from, is_bot: false }, chat: { ...chatOf(chat), type: chat.type ?? 'supergroup' }, date: unixNow(), text,
      ...(entities ? { entities } : {}),
      ...(extra.threadId ? { message_thread_id: extra.threadId, is_topic_message: true } : {}),
    },
  };
}

export function privateMessage(from: UserSpec, messageId: number, text: string, forwardedFrom?: { chat: ChatSpec; messageId: number; date?: number }) {
  return {
    message: {
      message_id: messageId, from: { ...from, is_bot: false }, chat: { id: from.id, type: 'private', first_name: from.first_name }, date: unixNow(), text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] } : {}),
      ...(forwardedFrom ? { forward_origin: { type: 'channel', chat: { ...chatOf(forwardedFrom.chat), type: 'channel' }, message_id: forwardedFrom.messageId, date: forwardedFrom.date ?? unixNow() - 3600 } } : {}),
    },
  };
}

export function callbackTap(from: UserSpec, message: FakeMessage, data: string) {
  return {
    callback_query: {
      id: `cb-${Math.random().toString(36).slice(2)}`, from: { ...from, is_bot: false }, chat_instance: '1', data,
      message: { message_id: message.messageId, chat: { id: message.chatId, type: message.chatId < 0 ? 'supergroup' : 'private' }, date: unixNow(), text: message.text },
    },
  };
}
