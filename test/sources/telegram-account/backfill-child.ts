// `leakwatch run` with a telegram-account source whose chat has a gap to fill, on the database
// and sources file given, the account being the in-memory fake (the real logger writes to
// stderr). The parent kills it with SIGKILL half-way, then runs it again to the end and stops
// it with SIGTERM; the history requests it made are printed on stdout when it stops.
// Usage: node bin/run-ts.js test/sources/telegram-account/backfill-child.ts DB_PATH SOURCES_FILE
import { runMonitor } from '../../../src/cli/commands/run-command.js';
import { loadSettings } from '../../../src/config/settings.js';
import { createSourcesMonitorPart } from '../../../src/sources/sources-monitor-part.js';
import { createFakeTelegram } from './fake-telegram.js';
import { channelMessage, FAKE_API_HASH, FAKE_SESSION, LEAK_MARKET_ID, rpcError } from './gramjs-objects.js';

const GAP_FIRST_ID = 109;
const GAP_SIZE = 500;

const [databasePath, sourcesFile] = process.argv.slice(2);
const telegram = createFakeTelegram();
telegram.addMessages(LEAK_MARKET_ID, Array.from({ length: GAP_SIZE }, (_, index) => channelMessage(LEAK_MARKET_ID, GAP_FIRST_ID + index,
  index % 50 === 0 ? `[SELLING] Médiprix customer database part ${index / 50 + 1}\n150,000 customers, carte Vitale\n1500 USDT` : `listing ${GAP_FIRST_ID + index}: fresh combo list`)));
// Something to log on the way: a FLOOD_WAIT (honoured) and a chat that cannot be found.
telegram.failNext(`getHistory:${LEAK_MARKET_ID}`, () => rpcError(420, 'FLOOD_WAIT_1'));
const settings = loadSettings({
  DATABASE_PATH: databasePath, SOURCES_FILE: sourcesFile, LOG_LEVEL: 'debug',
  TELEGRAM_API_ID: '12345', TELEGRAM_API_HASH: FAKE_API_HASH, TELEGRAM_SESSION: FAKE_SESSION,
});
await runMonitor({ settings, parts: [createSourcesMonitorPart({ account: { openClient: telegram.openClient, requestIntervalMs: Number(process.env.REQUEST_INTERVAL_MS ?? 300) } })] });
for (const request of telegram.historyRequests) process.stdout.write(`history-request ${JSON.stringify(request)}\n`);
