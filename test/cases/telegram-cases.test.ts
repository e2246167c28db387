import { afterEach, describe, expect, it } from 'vitest';
import { readWatchlistFile, type AppContext } from '../../src/cli/app-context.js';
import { createMonitorRuntime, type MonitorRuntime } from '../../src/cli/monitor-runtime.js';
import { createCasesMonitorPart, runCaseTick } from '../../src/cases/cases-monitor-part.js';
import { silentLogger } from '../../src/config/logger.js';
import { loadSettings } from '../../src/config/settings.js';
import { compileDetector } from '../../src/detection/index.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { createTelegramPart } from '../../src/telegram/telegram-part.js';
import { createVirtualTimer } from '../../src/telegram/timer.js';
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api.js';
import { createTempStore } from '../support/temp-store.js';
import { ADMIN, ALERT_CHAT, LEAK_CHANNEL, MEDIPRIX_SALE, MEMBER } from '../telegram/bot-harness.js';
import { callbackTap, channelPost, groupMessage } from '../telegram/telegram-updates.js';

/** The monitor as `leakwatch run` builds it (Telegram part, then the cases part) against the fake Bot API. */
async function startCaseBot() {
  const fake = await startFakeBotApi();
  const temp = createTempStore();
  temp.store.watchlist.importAll(readWatchlistFile('seeds/watchlist.json'), 'seed', 'watch.seed');
  const settings = loadSettings({
    DATABASE_PATH: temp.path, TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: fake.url, TELEGRAM_ALERT_CHAT_IDS: String(ALERT_CHAT.id),
    TELEGRAM_ADMIN_IDS: String(ADMIN.id), TELEGRAM_MEMBER_IDS: String(MEMBER.id), LOG_LEVEL: 'silent',
  });
  const context: AppContext = { settings, logger: silentLogger, store: temp.store, detector: createWatchlistDetector(temp.store.watchlist, compileDetector), close: () => temp.store.close() };
  const telegram = createTelegramPart({ timer: createVirtualTimer(Date.now()) });
  const cases = createCasesMonitorPart({ tickMs: 3_600_000 });
  const runtime: MonitorRuntime = await createMonitorRuntime(context, [telegram, cases]);
  runtime.dispatcher.start();
  const stops = [await telegram.start!(runtime), await cases.start!(runtime)];
  return {
    fake, runtime, store: temp.store,
    async push(update: Record<string, unknown>) {
      fake.pushUpdate(update);
      await expect.poll(() => fake.allUpdatesConfirmed(), { timeout: 10_000, interval: 10 }).toBe(true);
      // Channel posts are ingested in the background of the update handler (issue 13).
      await telegram.settled();
    },
    async stop() {
      for (const stop of stops.reverse()) if (stop) await stop();
      await runtime.dispatcher.stop();
      await runtime.closeAnalysis();
      await fake.close();
      temp.cleanup();
    },
  };
}

let bot: Awaited<ReturnType<typeof startCaseBot>> | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const alertsIn = (fake: FakeBotApi, chatId: number) => fake.messagesIn(chatId).filter((message) => message.text.startsWith('🚨'));

describe('cases on Telegram', () => {
  it('moves the case with the triage buttons, lists it in /cases with its clock, and mentions a repost once', async () => {
    bot = await startCaseBot();
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => alertsIn(bot!.fake, ALERT_CHAT.id).length, { timeout: 10_000 }).toBe(1);
    const [alert] = alertsIn(bot.fake, ALERT_CHAT.id);
    expect(alert!.text).toContain('TLP:AMBER · unverified claim');
    const alertId = Number(/^t:(\d+):c$/.exec(alert!.replyMarkup!.inline_keyboard[0]![0]!.callback_data)![1]);
    expect(bot.store.cases.getByAlertId(alertId)).toMatchObject({ state: 'new' });

    await bot.push(callbackTap(MEMBER, alert!, `t:${alertId}:c`));
    const confirmed = bot.store.cases.getByAlertId(alertId)!;
    expect(confirmed.state).toBe('confirmed');
    expect(bot.store.cases.events(confirmed.id).at(-1)).toMatchObject({ state: 'confirmed', actor: 'telegram:1002 (Bob)' });
    expect(alert!.text).toContain('TLP:AMBER · confirmed by the team');

    await bot.push(callbackTap(ADMIN, alert!, `t:${alertId}:n`));
    expect(bot.store.cases.getByAlertId(alertId)!.state).toBe('victim_contacted');
    await bot.push(callbackTap(ADMIN, alert!, `t:${alertId}:f`));
    expect(bot.store.cases.getByAlertId(alertId)!.state).toBe('victim_contacted');
    expect(bot.fake.callsOf('answerCallbackQuery').at(-1)!.payload.text).toContain('the victim was already contacted; close the case instead');

    await bot.push(groupMessage(ALERT_CHAT, MEMBER, 500, '/cases'));
    const listing = bot.fake.messagesIn(ALERT_CHAT.id).find((message) => message.text.startsWith('📂'));
    expect(listing!.text).toContain('Open cases (1)');
    expect(listing!.text).toMatch(new RegExp(`${confirmed.alertNumber} Médiprix · victim contacted \\(mail 1\\) · ⏱ 7[12] h left of 72 h`));

    // The same claim, reworded, in another channel: a sighting, not a second alert.
    await bot.push(channelPost({ id: -1002222, title: 'Mirror', username: 'mirror_leaks' }, 5, 'Médiprix customer DB again — 150,000 customers: name, email, phone — $1,500 escrow'));
    expect(bot.store.hits.count()).toBe(2);
    expect(bot.store.cases.getByAlertId(alertId)!.sightings).toBe(2);
    const notify = bot.runtime.registry.caseNotifiers![0]!;
    await runCaseTick(bot.store, notify);
    await runCaseTick(bot.store, notify);
    const mentions = bot.fake.messagesIn(ALERT_CHAT.id).filter((message) => message.text.startsWith('🔁'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.replyTo).toBe(alert!.messageId);
    expect(mentions[0]!.text).toContain(`${confirmed.alertNumber}: the same claim was seen again (telegram https://t.me/mirror_leaks/5); 2 sightings`);
    expect(alertsIn(bot.fake, ALERT_CHAT.id)).toHaveLength(1);
  });
});
