// A process that fills one chat's gap through the account listener, on the database given, with
// the real logger on stderr: the parent kills it with SIGKILL half-way and starts it again.
// Usage: node bin/run-ts.js test/sources/telegram-account/backfill-child.ts DB_PATH
import { readFileSync } from 'node:fs';
import { createLogger } from '../../../src/config/logger.js';
import { compileDetector } from '../../../src/detection/index.js';
import { createPipeline } from '../../../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../../../src/pipeline/watchlist-detector.js';
import { createAccountListener } from '../../../src/sources/telegram-account/account-listener.js';
import { openStore } from '../../../src/store/index.js';
import { parseWatchlist } from '../../../src/watchlist/parse-watchlist.js';
import { declareAccountSource } from './account-harness.js';
import { createFakeTelegram } from './fake-telegram.js';
import { channelMessage, FAKE_API_HASH, FAKE_SESSION, LEAK_MARKET_ID, rpcError } from './gramjs-objects.js';

export const GAP_FIRST_ID = 109;
export const GAP_SIZE = 500;

const [databasePath] = process.argv.slice(2);
const store = openStore(databasePath!);
if (store.watchlist.count() === 0) {
  store.watchlist.importAll(parseWatchlist(JSON.parse(readFileSync(new URL('../../../seeds/watchlist.json', import.meta.url), 'utf8'))), 'test');
}
const pipeline = createPipeline({ store, detector: createWatchlistDetector(store.watchlist, compileDetector), destinationsFor: () => ['console'] });
const telegram = createFakeTelegram();
telegram.addMessages(LEAK_MARKET_ID, Array.from({ length: GAP_SIZE }, (_, index) => channelMessage(LEAK_MARKET_ID, GAP_FIRST_ID + index,
  index % 50 === 0 ? `[SELLING] Médiprix customer database part ${index / 50 + 1}\n150,000 customers, carte Vitale\n1500 USDT` : `listing ${GAP_FIRST_ID + index}: fresh combo list`)));
// Something to log on the way: a FLOOD_WAIT (honoured) and a chat that cannot be read.
telegram.failNext(`getHistory:${LEAK_MARKET_ID}`, () => rpcError(420, 'FLOOD_WAIT_1'));
const logger = createLogger('debug');
const listener = createAccountListener([declareAccountSource({ chats: ['darkleaks_mkt', 'no_such_chat_here'] })], {
  store, logger, ingestAll: (postings) => pipeline.ingestAll(postings), scheduled: false,
  openClient: () => telegram.openClient({ apiId: 12345, apiHash: FAKE_API_HASH, session: FAKE_SESSION }),
  requestIntervalMs: Number(process.env.REQUEST_INTERVAL_MS ?? 300),
});
listener.start();
const [summary] = await listener.scanNow();
for (const request of telegram.historyRequests) process.stdout.write(`${JSON.stringify(request)}\n`);
process.stdout.write(`${JSON.stringify({ done: summary })}\n`);
await listener.stop();
store.close();
