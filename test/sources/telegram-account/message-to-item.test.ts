import { Api } from 'telegram';
import { describe, expect, it } from 'vitest';
import { toAccountChat, toAccountItem, toMessageEvent, toPeerNames } from '../../../src/sources/telegram-account/message-to-item.js';
import { channelMessage, editChannelMessage, LEAK_MARKET_ID, loadRecordedTelegram, newChannelMessage, VENDORS_ID } from './gramjs-objects.js';

const recorded = loadRecordedTelegram();
const names = toPeerNames([...recorded.users, ...recorded.chats]);
const chatOf = (id: string) => toAccountChat(recorded.chats.find((chat) => `-100${String(chat.id)}` === id)!, undefined)!;
const messageOf = (chatId: string, id: number) => recorded.history.get(chatId)!.find((message) => message.id === id) as Api.Message;
const market = chatOf(LEAK_MARKET_ID);
const vendors = chatOf(VENDORS_ID);

describe('MTProto message → posting item', () => {
  it('keeps chat, id, public link, date, first line as title and the rest as body', () => {
    const item = toAccountItem(messageOf(LEAK_MARKET_ID, 102), market, names)!;
    expect(item).toMatchObject({
      externalId: '-1001987654321/102',
      title: '[SELLING] Médiprix customer database',
      body: '150,000 customers — name, email, phone, carte Vitale, mutuelle\nPrice 1500 USDT, escrow accepted',
      url: 'https://t.me/darkleaks_mkt/102',
      author: 'admin_k',
      publishedAt: new Date(1764590600 * 1000).toISOString(),
      meta: { chatId: '-1001987654321', chatTitle: 'Dark Leaks Market', chatUsername: 'darkleaks_mkt', chatType: 'channel', messageId: 102, views: 3200 },
    });
  });

  it('links a private supergroup through t.me/c/ and names the sender', () => {
    const item = toAccountItem(messageOf(VENDORS_ID, 52), vendors, names)!;
    expect(item.url).toBe('https://t.me/c/1555000111/52');
    expect(item.author).toBe('Mallory Vend (@mallory_v)');
    expect(item.meta).toMatchObject({ chatType: 'supergroup', senderId: '777001', editedAt: new Date(1764582100 * 1000).toISOString() });
  });

  it('reads the caption of a photo, and names a document by file and size without fetching it', () => {
    expect(toAccountItem(messageOf(LEAK_MARKET_ID, 103), market, names)!.title).toBe('Sample of the Ontario Cannabis Store delivery records (4,500 rows)');
    const document = toAccountItem(messageOf(LEAK_MARKET_ID, 104), market, names)!;
    expect(document.title).toBe('[document: mediprix_clients_2026.sql.gz, 46.0 MB]');
    expect(document.meta).toMatchObject({ document: { fileName: 'mediprix_clients_2026.sql.gz', sizeBytes: 48234567, mimeType: 'application/gzip' } });
  });

  it('keeps where a message was forwarded from and what it replies to', () => {
    expect(toAccountItem(messageOf(LEAK_MARKET_ID, 106), market, names)!.meta).toMatchObject({ forwardedFrom: 'Breach Forum Mirror', forwardedFromId: '-1001444555666', forwardedMessageId: 88 });
    expect(toAccountItem(messageOf(LEAK_MARKET_ID, 107), market, names)!.meta).toMatchObject({ replyToMessageId: 102 });
  });

  it('skips a bare photo; a document caption gets the file line in its body', () => {
    expect(toAccountItem(messageOf(LEAK_MARKET_ID, 108), market, names)).toBeUndefined();
    const withCaption = channelMessage(LEAK_MARKET_ID, 300, 'Full dump here', {
      media: new Api.MessageMediaDocument({ document: (messageOf(LEAK_MARKET_ID, 104).media as Api.MessageMediaDocument).document }),
    });
    expect(toAccountItem(withCaption, market)).toMatchObject({ title: 'Full dump here', body: '[document: mediprix_clients_2026.sql.gz, 46.0 MB]' });
  });

  it('tells new messages from edits in GramJS updates and ignores the rest', () => {
    const message = channelMessage(LEAK_MARKET_ID, 201, 'hello');
    expect(toMessageEvent(newChannelMessage(message))).toMatchObject({ kind: 'new', message: { id: 201 } });
    expect(toMessageEvent(editChannelMessage(message))).toMatchObject({ kind: 'edit' });
    expect(toMessageEvent(new Api.UpdateNewMessage({ message, pts: 1, ptsCount: 1 }))).toMatchObject({ kind: 'new' });
    expect(toMessageEvent(new Api.UpdateNewChannelMessage({ message: messageOf(LEAK_MARKET_ID, 105), pts: 1, ptsCount: 1 }))).toBeUndefined();
    expect(toMessageEvent(new Api.UpdateReadChannelInbox({ channelId: message.peerId.className === 'PeerChannel' ? message.peerId.channelId : undefined!, maxId: 1, stillUnreadCount: 0, pts: 1 }))).toBeUndefined();
  });
});
