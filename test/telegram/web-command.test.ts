import { afterEach, describe, expect, it } from 'vitest';
import { groupMessage, privateMessage } from './telegram-updates.js';
import { ADMIN, ALERT_CHAT, MEMBER, startBotHarness, type BotHarness } from './bot-harness.js';
import { hashToken } from '../../src/web/sign-in-links.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('/web', () => {
  it('gives a one-time sign-in link in private, with the asker\'s role, and none in a group', async () => {
    bot = await startBotHarness({ env: { WEB_PORT: '8099' } });
    await bot.push(privateMessage(MEMBER, 1, '/web'));
    const answer = bot.fake.messagesIn(MEMBER.id).at(-1)!.text;
    expect(answer).toMatch(/^🔐 Your sign-in link \(member\), valid once for 10 minutes:\nhttp:\/\/127\.0\.0\.1:8099\/sign-in\/[\w-]{43}$/);
    const token = answer.split('/').at(-1)!;
    expect(bot.runtime.store.web.spendLink(hashToken(token))).toEqual({ user: { userId: MEMBER.id, userName: 'Bob', role: 'member' } });
    expect(bot.runtime.store.web.spendLink(hashToken(token))).toEqual({ refused: 'used' });

    await bot.push(groupMessage(ALERT_CHAT, ADMIN, 2, '/web'));
    expect(bot.fake.messagesIn(ALERT_CHAT.id).at(-1)!.text).toBe('Ask me for /web in a private chat: a sign-in link is for you alone.');
  });

  it('says so when the console is not served', async () => {
    bot = await startBotHarness();
    await bot.push(privateMessage(ADMIN, 1, '/web'));
    expect(bot.fake.messagesIn(ADMIN.id).at(-1)!.text).toContain('The web console is not served: set WEB_PORT');
  });
});
