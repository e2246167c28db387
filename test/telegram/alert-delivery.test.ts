import { afterEach, describe, expect, it } from 'vitest';
import { createVirtualTimer, systemTimer } from '../../src/telegram/timer.js';
import type { FakeMessage } from '../support/fake-bot-api.js';
import { channelPost, editedChannelPost } from './telegram-updates.js';
import { ADMIN, ALERT_CHAT, LEAK_CHANNEL, MEDIPRIX_SALE, startBotHarness, type BotHarness } from './bot-harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const alertsIn = (chatId: number): FakeMessage[] => bot!.fake.messagesIn(chatId).filter((message) => message.text.startsWith('🚨'));

describe('alerts from a channel post to the alert chat', () => {
  it('sends one alert with the organization, claim, source, link, matched term and excerpt', async () => {
    bot = await startBotHarness();
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);

    const [alert] = alertsIn(ALERT_CHAT.id);
    const stored = bot.runtime.store.hits.query({ orgId: 'mediprix' });
    expect(stored).toHaveLength(1);
    const number = stored[0]!.alertNumber!;
    expect(number).toMatch(/^LW-\d{4}-0001$/);
    expect(alert!.text).toContain(number);
    expect(alert!.text).toContain('Médiprix (mediprix');
    expect(alert!.text).toMatch(/HIGH|CRITICAL|MEDIUM/);
    expect(alert!.text).toContain('sale');
    expect(alert!.text).toContain('150,000 records');
    expect(alert!.text).toContain('«Dark Leaks 🏴»');
    expect(alert!.html).toContain('href="https://t.me/darkleaks_market/77"');
    expect(alert!.text).toMatch(/Matched: «Médiprix»/);
    expect(alert!.text).toContain('escrow accepted');
    expect(alert!.replyMarkup?.inline_keyboard.flat().map((button) => button.callback_data)).toEqual(
      ['c', 'f', 'n', 'm'].map((action) => `t:${bot!.runtime.store.alerts.getByNumber(number)!.id}:${action}`));

    const alertRow = bot.runtime.store.alerts.getByNumber(number)!;
    // Marked sent once Telegram's answer is back, a moment after the fake recorded the message.
    await expect.poll(() => bot!.runtime.store.alerts.deliveriesOf(alertRow.id)).toMatchObject([
      { destination: `telegram:${ALERT_CHAT.id}`, status: 'sent', externalRef: String(alert!.messageId) },
    ]);
  });

  it('does not alert again for the same post, its edit, or the same text in another channel', async () => {
    bot = await startBotHarness();
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);

    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await bot.push(channelPost({ id: -1002222, title: 'Reposts' }, 5, MEDIPRIX_SALE));
    await bot.push(editedChannelPost(LEAK_CHANNEL, 77, `${MEDIPRIX_SALE} — price lowered, DM now`));
    // A second alert, had one been queued, would be out by now.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(alertsIn(ALERT_CHAT.id)).toHaveLength(1);
    expect(bot.runtime.store.hits.count()).toBe(1);
    const edited = bot.runtime.store.postings.findBySourceId('telegram', `${LEAK_CHANNEL.id}/77`);
    expect(edited?.text).toContain('price lowered');
  });

  it('alerts on an edit that names a watched organization for the first time', async () => {
    bot = await startBotHarness();
    await bot.push(channelPost(LEAK_CHANNEL, 90, '[SELLING] pharmacy customer database — 150,000 customers — $1,500'));
    await bot.push(editedChannelPost(LEAK_CHANNEL, 90, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
  });

  it('shows <b>, <a href> and & from the posting literally, never as markup', async () => {
    bot = await startBotHarness();
    const hostile = `${MEDIPRIX_SALE} <b>FRESH</b> <a href="https://evil.example/x">proof</a> Q&A & samples <i>`;
    await bot.push(channelPost(LEAK_CHANNEL, 78, hostile));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
    const [alert] = alertsIn(ALERT_CHAT.id);
    expect(alert!.text).toContain('<b>FRESH</b> <a href="https://evil.example/x">proof</a> Q&A & samples <i>');
    expect(alert!.html).not.toContain('evil.example/x">proof</a>');
  });

  it('reads a media caption as the posting text', async () => {
    bot = await startBotHarness();
    await bot.push(channelPost(LEAK_CHANNEL, 79, MEDIPRIX_SALE, { caption: true }));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
  });
});

describe('delivery under Telegram errors and limits', () => {
  it('waits out a 429 storm: every alert delivered, none before retry_after, no limit exceeded', async () => {
    // A virtual clock shared by the bot's sender and the fake API: the waits are real waits on
    // that clock (the fake checks each send against it), but take no wall time.
    const timer = createVirtualTimer();
    bot = await startBotHarness({ part: { timer }, fake: { now: timer.now, enforceLimits: true } });
    bot.fake.failNext('sendMessage', { status: 429, retryAfterS: 30 }, 3);
    for (let index = 0; index < 5; index += 1) {
      await bot.push(channelPost(LEAK_CHANNEL, 100 + index, `${MEDIPRIX_SALE} — lot ${index + 1}: ${['Paris', 'Lyon', 'Nice', 'Lille', 'Brest'][index]} stores`));
    }
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 15_000 }).toBe(5);

    expect(bot.fake.violations).toEqual([]);
    const sends = bot.fake.callsOf('sendMessage');
    const rateLimited = sends.filter((call) => call.status === 429);
    expect(rateLimited).toHaveLength(3);
    for (const refused of rateLimited) {
      // The sender is sequential: the call after a 429 is its retry to the same chat.
      const retry = sends[sends.indexOf(refused) + 1]!;
      expect(retry.payload.chat_id).toBe(refused.payload.chat_id);
      expect(retry.at - refused.at).toBeGreaterThanOrEqual(30_000);
    }
    const numbers = alertsIn(ALERT_CHAT.id).map((message) => /LW-\d{4}-\d{4}/.exec(message.text)![0]);
    expect(new Set(numbers).size).toBe(5);
    await expect.poll(() => bot!.runtime.store.alerts.deliveryCounts()).toMatchObject({ queued: 0, sent: 5, failed: 0 });
  });

  it('waits a real fractional retry_after before retrying', async () => {
    bot = await startBotHarness({ part: { timer: systemTimer } });
    bot.fake.failNext('sendMessage', { status: 429, retryAfterS: 0.3 });
    await bot.push(channelPost(LEAK_CHANNEL, 120, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
    const [refused, accepted] = bot.fake.callsOf('sendMessage');
    expect(refused!.status).toBe(429);
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(300);
    expect(bot.fake.violations).toEqual([]);
  });

  it('retries after a 500 and after a request that hangs, and sends once', async () => {
    bot = await startBotHarness({ part: { requestTimeoutMs: 400 } });
    bot.fake.failNext('sendMessage', { status: 500 });
    bot.fake.failNext('sendMessage', { hang: true });
    await bot.push(channelPost(LEAK_CHANNEL, 130, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 15_000, interval: 100 }).toBe(1);
    expect(bot.fake.callsOf('sendMessage').map((call) => call.status)).toEqual([500, 0, 200]);
    const alert = bot.runtime.store.alerts.getByNumber(bot.runtime.store.hits.query()[0]!.alertNumber!)!;
    await expect.poll(() => bot!.runtime.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'sent', attempts: 3 }]);
  }, 30_000);

  it('marks the alert failed on 403 and tells the admins once', async () => {
    bot = await startBotHarness();
    bot.fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was kicked from the supergroup chat' }, 1, ALERT_CHAT.id);
    await bot.push(channelPost(LEAK_CHANNEL, 140, MEDIPRIX_SALE));
    await expect.poll(() => bot!.runtime.store.alerts.deliveryCounts().failed, { timeout: 10_000 }).toBe(1);
    bot.fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was kicked from the supergroup chat' }, 1, ALERT_CHAT.id);
    await bot.push(channelPost(LEAK_CHANNEL, 141, `${MEDIPRIX_SALE} — second lot, Marseille stores`));
    await expect.poll(() => bot!.runtime.store.alerts.deliveryCounts().failed, { timeout: 10_000 }).toBe(2);

    const failed = bot.runtime.store.alerts.deliveriesOf(bot.runtime.store.alerts.getByNumber(bot.runtime.store.hits.query().at(-1)!.alertNumber!)!.id);
    expect(failed).toMatchObject([{ status: 'failed', lastError: '403 Forbidden: bot was kicked from the supergroup chat' }]);
    await expect.poll(() => bot!.fake.messagesIn(ADMIN.id).length, { timeout: 5_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.fake.messagesIn(ADMIN.id)).toHaveLength(1);
    expect(bot.fake.messagesIn(ADMIN.id)[0]!.text).toContain(`telegram:${ALERT_CHAT.id} failed for good: 403`);
  });
});
