import { expect } from 'vitest';
import { readWatchlistFile, type AppContext } from '../../src/cli/app-context.js';
import { createMonitorRuntime, type MonitorRuntime } from '../../src/cli/monitor-runtime.js';
import { silentLogger } from '../../src/config/logger.js';
import { loadSettings } from '../../src/config/settings.js';
import { compileDetector } from '../../src/detection/index.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { createTelegramPart, type TelegramPartOptions } from '../../src/telegram/telegram-part.js';
import { createVirtualTimer } from '../../src/telegram/timer.js';
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi, type FakeBotApiOptions } from '../support/fake-bot-api.js';
import type { UserSpec } from './telegram-updates.js';
import { createTempStore } from '../support/temp-store.js';

export const ALERT_CHAT = { id: -1009000, title: 'SOC alerts' };
export const LEAK_CHANNEL = { id: -1001111, title: 'Dark Leaks 🏴', username: 'darkleaks_market' };
export const ADMIN: UserSpec = { id: 1001, first_name: 'Alice', last_name: 'Martin' };
export const MEMBER: UserSpec = { id: 1002, first_name: 'Bob' };
export const STRANGER: UserSpec = { id: 6666, first_name: 'Eve' };

export const MEDIPRIX_SALE = '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone — $1,500, escrow accepted';

export interface BotHarness {
  fake: FakeBotApi;
  runtime: MonitorRuntime;
  temp: ReturnType<typeof createTempStore>;
  /** Push an update and wait until the bot confirmed it (it asked for the next offset). */
  push(update: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real bot (telegraf, long polling) against the fake Bot API, on a real SQLite file with the
 * seed watchlist, with the outbox dispatcher running: the monitor as `leakwatch run` builds it.
 */
export async function startBotHarness(options: { env?: Record<string, string>; part?: TelegramPartOptions; fake?: FakeBotApiOptions } = {}): Promise<BotHarness> {
  const fake = await startFakeBotApi(options.fake);
  const temp = createTempStore();
  temp.store.watchlist.importAll(readWatchlistFile('seeds/watchlist.json'), 'seed', 'watch.seed');
  const settings = loadSettings({
    DATABASE_PATH: temp.path,
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: fake.url,
    TELEGRAM_ALERT_CHAT_IDS: String(ALERT_CHAT.id),
    TELEGRAM_ADMIN_IDS: String(ADMIN.id),
    TELEGRAM_MEMBER_IDS: String(MEMBER.id),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const context: AppContext = {
    settings, logger: silentLogger, store: temp.store, detector: createWatchlistDetector(temp.store.watchlist, compileDetector), close: () => temp.store.close(),
  };
  // Telegram's pacing (1 s between messages in a chat) runs on a virtual clock unless a test
  // passes its own timer: the requests are real, the waits between them take no wall time.
  const part = createTelegramPart({ timer: createVirtualTimer(Date.now()), ...options.part });
  const runtime = await createMonitorRuntime(context, [part]);
  runtime.dispatcher.start();
  const stopPart = await part.start!(runtime);
  return {
    fake,
    runtime,
    temp,
    async push(update) {
      fake.pushUpdate(update);
      await expect.poll(() => fake.allUpdatesConfirmed(), { timeout: 10_000, interval: 10 }).toBe(true);
      // Channel posts are ingested in the background of the update handler (issue 13).
      await part.settled();
    },
    async stop() {
      if (stopPart) await stopPart();
      await runtime.dispatcher.stop();
      await runtime.closeAnalysis();
      await fake.close();
      temp.cleanup();
    },
  };
}
