import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { casesMonitorPart } from '../../../src/cases/cases-monitor-part.js';
import { runMonitor } from '../../../src/cli/commands/run-command.js';
import { loadSettings } from '../../../src/config/settings.js';
import { createSourcesMonitorPart } from '../../../src/sources/sources-monitor-part.js';
import { parseChatCursors } from '../../../src/sources/telegram-account/read-chat-history.js';
import { openStore } from '../../../src/store/index.js';
import { createTelegramPart } from '../../../src/telegram/telegram-part.js';
import { createVirtualTimer } from '../../../src/telegram/timer.js';
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api.js';
import { startLocalSite, type LocalSite } from '../../support/local-site.js';
import { runCli } from '../../support/run-cli.js';
import { createTempStore } from '../../support/temp-store.js';
import { ALERT_CHAT } from '../../telegram/bot-harness.js';
import { createFakeTelegram, READ_ONLY_METHODS, type FakeTelegram } from './fake-telegram.js';
import { channelMessage, editChannelMessage, FAKE_API_HASH, FAKE_SESSION, LEAK_MARKET_ID, newChannelMessage } from './gramjs-objects.js';

let bot: FakeBotApi;
let site: LocalSite;
let temp: ReturnType<typeof createTempStore>;
beforeEach(async () => {
  bot = await startFakeBotApi();
  site = await startLocalSite();
  temp = createTempStore();
  temp.store.close();
});
afterEach(async () => {
  await bot.close();
  await site.close();
  temp.cleanup();
});

const alertsSent = () => bot.messagesIn(ALERT_CHAT.id).filter((message) => message.text.startsWith('🚨'));

/** `leakwatch run` in this process: the bot on the fake Bot API, the sources of a sources file, the account on the fake Telegram. */
function startMonitor(telegram: FakeTelegram) {
  const sourcesFile = join(temp.dir, 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({ sources: [
    { id: 'tg-account', type: 'telegram-account', chats: ['darkleaks_mkt', '-1001555000111'], schedule: '*/5 * * * *' },
    { id: 'news', type: 'rss', url: site.url('/sources/atom-feed.xml'), jitterSeconds: 0 },
  ] }));
  const settings = loadSettings({
    DATABASE_PATH: temp.path, SOURCES_FILE: sourcesFile, LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: bot.url, TELEGRAM_ALERT_CHAT_IDS: String(ALERT_CHAT.id), TELEGRAM_ADMIN_IDS: '1001',
    TELEGRAM_API_ID: '12345', TELEGRAM_API_HASH: FAKE_API_HASH, TELEGRAM_SESSION: FAKE_SESSION, TELEGRAM_SESSION_FILE: join(temp.dir, 'unused.session'),
  });
  const stop = new AbortController();
  const parts = [
    createTelegramPart({ timer: createVirtualTimer(Date.now()) }),
    createSourcesMonitorPart({ account: { openClient: telegram.openClient, requestIntervalMs: 0, sleep: async () => undefined } }),
    casesMonitorPart,
  ];
  const done = runMonitor({ settings, parts, signal: stop.signal });
  return { done, stop: async () => { stop.abort(); await done; } };
}

const readDatabase = <T>(read: (store: ReturnType<typeof openStore>) => T): T => {
  const store = openStore(temp.path);
  try { return read(store); } finally { store.close(); }
};

describe('a telegram-account source under `leakwatch run`', () => {
  it('turns GramJS updates into postings and alerts beside the other sources, exactly once across a restart and an edit', async () => {
    const telegram = createFakeTelegram();
    const first = startMonitor(telegram);
    // The catch-up at connect reads both chats; the RSS source runs beside it.
    await expect.poll(() => readDatabase((store) => parseChatCursors(store.sources.getState('tg-account').cursor)[LEAK_MARKET_ID] ?? 0), { timeout: 15_000 }).toBe(108);
    await expect.poll(() => readDatabase((store) => store.sources.getState('news').lastRunAt), { timeout: 15_000 }).not.toBeNull();
    await expect.poll(() => alertsSent().length, { timeout: 15_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const alertsAfterCatchUp = alertsSent().length;

    telegram.push(newChannelMessage(channelMessage(LEAK_MARKET_ID, 109, '[SELLING] Shoppers Drug Mart pharmacy customers\n2.1M rows: names, emails, phones, prescriptions\n3000 USDT')));
    await expect.poll(() => alertsSent().length, { timeout: 15_000 }).toBe(alertsAfterCatchUp + 1);
    expect(alertsSent().at(-1)!.text).toMatch(/Shoppers Drug Mart/);
    await first.stop();

    // Restart: the catch-up reads message 109 again from the history, and stores and alerts nothing new.
    const second = startMonitor(telegram);
    await expect.poll(() => readDatabase((store) => parseChatCursors(store.sources.getState('tg-account').cursor)[LEAK_MARKET_ID] ?? 0), { timeout: 15_000 }).toBe(109);
    await expect.poll(() => readDatabase((store) => store.scanRuns.recent('tg-account').length), { timeout: 15_000 }).toBe(2);
    telegram.push(editChannelMessage(channelMessage(LEAK_MARKET_ID, 109, '[SELLING] Shoppers Drug Mart pharmacy customers\n2.1M rows: names, emails, phones, prescriptions\nnow 2000 USDT', { editDate: 1764700000 })));
    await expect.poll(() => readDatabase((store) => store.postings.findBySourceId('tg-account', `${LEAK_MARKET_ID}/109`)?.text ?? ''), { timeout: 15_000 }).toContain('now 2000 USDT');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await second.stop();

    expect(alertsSent()).toHaveLength(alertsAfterCatchUp + 1);
    readDatabase((store) => {
      expect(store.postings.findBySourceId('tg-account', `${LEAK_MARKET_ID}/109`)).toMatchObject({ url: 'https://t.me/darkleaks_mkt/109' });
      expect(store.sources.getState('tg-account')).toMatchObject({ health: 'healthy' });
      const ids = (store.db.prepare("SELECT external_id FROM postings WHERE source_id = 'tg-account'").all() as { external_id: string }[]).map((row) => row.external_id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(10);
    });
    // The monitor only read.
    expect(telegram.calls.every((call) => READ_ONLY_METHODS.includes(call.method))).toBe(true);
    // The session is a secret: not in the database, whatever was written there.
    expect(readFileSync(temp.path).includes(Buffer.from(FAKE_SESSION))).toBe(false);
    expect(readFileSync(temp.path).includes(Buffer.from(FAKE_SESSION.slice(1, 60)))).toBe(false);
  }, 60_000);

  it('shows a missing session as the source health and keeps the rest of the monitor running', async () => {
    const sourcesFile = join(temp.dir, 'sources.json');
    writeFileSync(sourcesFile, JSON.stringify({ sources: [{ id: 'tg-account', type: 'telegram-account', allChats: true }] }));
    const settings = loadSettings({ DATABASE_PATH: temp.path, SOURCES_FILE: sourcesFile, LOG_LEVEL: 'silent', TELEGRAM_SESSION_FILE: join(temp.dir, 'missing.session') });
    const stop = new AbortController();
    const done = runMonitor({ settings, parts: [createSourcesMonitorPart()], signal: stop.signal });
    await expect.poll(() => readDatabase((store) => store.sources.getState('tg-account').health), { timeout: 15_000 }).toBe('unhealthy');
    expect(readDatabase((store) => store.sources.getState('tg-account').lastError)).toMatch(/No Telegram account is logged in.*leakwatch telegram login/);
    stop.abort();
    await done;
    // `leakwatch sources list` shows it like any other source's health.
    const listed = await runCli(['sources', 'list'], { DATABASE_PATH: temp.path, SOURCES_FILE: sourcesFile });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/tg-account\s+telegram-account\s+\S+ \S+ \S+ \S+ \S+\s+scheduled\s+unhealthy \(1 failed\).*No Telegram account is logged in/);
  }, 30_000);
});
