import { afterEach, describe, expect, it } from 'vitest';
import { callbackTap, channelPost, groupMessage, privateMessage } from './telegram-updates.js';
import { ADMIN, ALERT_CHAT, LEAK_CHANNEL, MEDIPRIX_SALE, MEMBER, STRANGER, startBotHarness, type BotHarness } from './bot-harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const alertsIn = (chatId: number) => bot!.fake.messagesIn(chatId).filter((message) => message.text.startsWith('🚨'));

describe('forwarded posts', () => {
  it("replies to an analyst's forward with the analysis, and stores it keyed by the channel's ids", async () => {
    bot = await startBotHarness();
    await bot.push(privateMessage(MEMBER, 31, MEDIPRIX_SALE, { chat: LEAK_CHANNEL, messageId: 4242 }));
    const [reply] = bot.fake.messagesIn(MEMBER.id);
    expect(reply).toMatchObject({ replyTo: 31 });
    expect(reply!.text).toMatch(/Analysis: 🚨 alert · sale/);
    expect(reply!.text).toMatch(/Alert queued: LW-\d{4}-0001 \(mediprix\)/);
    const posting = bot.runtime.store.postings.findBySourceId('telegram', `${LEAK_CHANNEL.id}/4242`);
    expect(posting).toMatchObject({ url: 'https://t.me/darkleaks_market/4242', meta: { forwardOrigin: 'Dark Leaks 🏴', forwardedBy: MEMBER.id } });
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);

    // The same post forwarded again: analysed for the analyst, no second alert.
    await bot.push(privateMessage(ADMIN, 32, MEDIPRIX_SALE, { chat: LEAK_CHANNEL, messageId: 4242 }));
    const [again] = bot.fake.messagesIn(ADMIN.id);
    expect(again!.text).toMatch(/Analysis: 🚨 alert · sale[\s\S]*Already stored: no new alert\./);
    expect(alertsIn(ALERT_CHAT.id)).toHaveLength(1);
  });

  it('answers a forward that alerts nothing too', async () => {
    bot = await startBotHarness();
    await bot.push(privateMessage(MEMBER, 33, 'Weather in Lyon: sunny, 21°C', { chat: { id: -1003333, title: 'News' }, messageId: 1 }));
    expect(bot.fake.messagesIn(MEMBER.id)[0]!.text).toMatch(/Analysis: no alert[\s\S]*Organizations: none on the watchlist/);
  });

  it('ignores forwards from strangers after one refusal', async () => {
    bot = await startBotHarness();
    await bot.push(privateMessage(STRANGER, 1, MEDIPRIX_SALE, { chat: LEAK_CHANNEL, messageId: 9 }));
    await bot.push(privateMessage(STRANGER, 2, MEDIPRIX_SALE, { chat: LEAK_CHANNEL, messageId: 10 }));
    expect(bot.fake.messagesIn(STRANGER.id).map((message) => message.text)).toEqual(['Sorry, this is a private bot. Ask its administrators for access.']);
    expect(bot.runtime.store.hits.count()).toBe(0);
  });
});

describe('which chats are read', () => {
  it('reads only the listed chats when TELEGRAM_LISTEN_CHAT_IDS is set', async () => {
    bot = await startBotHarness({ env: { TELEGRAM_LISTEN_CHAT_IDS: String(LEAK_CHANNEL.id) } });
    await bot.push(channelPost({ id: -1004444, title: 'Other' }, 1, MEDIPRIX_SALE));
    expect(bot.runtime.store.hits.count()).toBe(0);
    await bot.push(channelPost(LEAK_CHANNEL, 2, MEDIPRIX_SALE));
    expect(bot.runtime.store.hits.count()).toBe(1);
  });

  it("never reads the team's alert chat as a source", async () => {
    bot = await startBotHarness();
    await bot.push(groupMessage(ALERT_CHAT, MEMBER, 3, `look at this: ${MEDIPRIX_SALE}`));
    expect(bot.runtime.store.postings.findBySourceId('telegram', `${ALERT_CHAT.id}/3`)).toBeUndefined();
  });
});

describe('triage buttons', () => {
  it('records who confirmed, edits the alert to show it, and answers the tap', async () => {
    bot = await startBotHarness();
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
    const [alert] = alertsIn(ALERT_CHAT.id);
    const alertId = Number(/^t:(\d+):c$/.exec(alert!.replyMarkup!.inline_keyboard[0]![0]!.callback_data)![1]);

    await bot.push(callbackTap(MEMBER, alert!, `t:${alertId}:c`));
    expect(bot.runtime.store.telegram.triage.history(alertId)).toMatchObject([{ state: 'confirmed', userId: MEMBER.id, userName: 'Bob' }]);
    expect(alert!.text).toMatch(/✅ Confirmed by Bob · \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(alert!.replyMarkup!.inline_keyboard.flat()).toHaveLength(4);
    expect(bot.fake.callsOf('answerCallbackQuery').at(-1)!.payload.text).toMatch(/✅ Confirmed: LW-/);

    await bot.push(callbackTap(STRANGER, alert!, `t:${alertId}:n`));
    expect(bot.fake.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Not allowed.');
    expect(bot.runtime.store.telegram.triage.history(alertId)).toHaveLength(1);
  });

  it('keeps a false positive and suppresses the same text later, even with other numbers', async () => {
    bot = await startBotHarness();
    const text = 'Médiprix leak: 2,000 customer records with emails, free download';
    await bot.push(channelPost(LEAK_CHANNEL, 50, text));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
    const [alert] = alertsIn(ALERT_CHAT.id);
    const falsePositive = alert!.replyMarkup!.inline_keyboard[0]![1]!.callback_data;
    await bot.push(callbackTap(ADMIN, alert!, falsePositive));
    expect(alert!.text).toContain('❌ False positive by Alice Martin');

    await bot.push(channelPost({ id: -1007777, title: 'Mirror' }, 9, text.replace('2,000', '3,500')));
    expect(bot.runtime.store.hits.count()).toBe(2);
    expect(alertsIn(ALERT_CHAT.id)).toHaveLength(1);
    expect(bot.runtime.store.hits.query()[0]!.alertNumber).toBeNull();
  });

  it('mutes the organization for 24 h from the button', async () => {
    bot = await startBotHarness();
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
    const [alert] = alertsIn(ALERT_CHAT.id);
    await bot.push(callbackTap(MEMBER, alert!, alert!.replyMarkup!.inline_keyboard[1]![1]!.callback_data));
    const mute = bot.runtime.store.telegram.triage.activeMute('mediprix');
    expect(Date.parse(mute!.until) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(mute!.mutedBy).toBe('telegram:1002 (Bob)');
  });
});
