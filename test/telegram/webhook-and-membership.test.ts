import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { channelPost } from './telegram-updates.js';
import { ADMIN, ALERT_CHAT, LEAK_CHANNEL, MEDIPRIX_SALE, startBotHarness, type BotHarness } from './bot-harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

describe('webhook mode', () => {
  it('registers the webhook with a secret and turns posted updates into alerts', async () => {
    const port = await freePort();
    bot = await startBotHarness({ env: { TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/leakwatch/hook', TELEGRAM_WEBHOOK_PORT: String(port) } });
    await expect.poll(() => bot!.fake.callsOf('setWebhook').length).toBe(1);
    const [setWebhook] = bot.fake.callsOf('setWebhook');
    expect(setWebhook!.payload).toMatchObject({ url: 'https://bot.example.org/leakwatch/hook' });
    const secret = String(setWebhook!.payload.secret_token);
    expect(secret).toMatch(/^[0-9a-f]{48}$/);
    expect(bot.fake.callsOf('getUpdates')).toHaveLength(0);

    const post = (headers: Record<string, string>) => fetch(`http://127.0.0.1:${port}/leakwatch/hook`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ update_id: 1, ...channelPost(LEAK_CHANNEL, 5, MEDIPRIX_SALE) }),
    });
    expect((await post({ 'x-telegram-bot-api-secret-token': 'forged' })).status).not.toBe(200);
    expect(bot.runtime.store.hits.count()).toBe(0);
    expect((await post({ 'x-telegram-bot-api-secret-token': secret })).status).toBe(200);
    await expect.poll(() => bot!.fake.messagesIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
  });
});

describe('membership changes', () => {
  it('drops the subscriptions of a chat that removed the bot and tells the admins', async () => {
    bot = await startBotHarness();
    bot.runtime.store.telegram.chats.subscribe(-1005555, 0, 'all', '', 'test');
    await bot.push({
      my_chat_member: {
        chat: { id: -1005555, type: 'supergroup', title: 'Pharma team' }, from: { id: 77, is_bot: false, first_name: 'Owner' }, date: 1,
        old_chat_member: { status: 'member', user: { id: 123456, is_bot: true, first_name: 'leakwatch' } },
        new_chat_member: { status: 'kicked', user: { id: 123456, is_bot: true, first_name: 'leakwatch' } },
      },
    });
    expect(bot.runtime.store.telegram.chats.subscriptionsOf(-1005555)).toEqual([]);
    await expect.poll(() => bot!.fake.messagesIn(ADMIN.id).map((message) => message.text)).toEqual([
      '⚠️ The bot was removed from the chat "Pharma team" (-1005555); alerts are no longer sent there.',
    ]);
  });
});
