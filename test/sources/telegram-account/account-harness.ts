import { readFileSync } from 'node:fs';
import { createLogger } from '../../../src/config/logger.js';
import { compileDetector } from '../../../src/detection/index.js';
import { createPipeline } from '../../../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../../../src/pipeline/watchlist-detector.js';
import { sourceDeclarationSchema, type TelegramAccountSource } from '../../../src/sources/source-config.js';
import { createAccountListener, type AccountListener, type AccountListenerOptions } from '../../../src/sources/telegram-account/account-listener.js';
import { parseWatchlist } from '../../../src/watchlist/parse-watchlist.js';
import { createTempStore } from '../../support/temp-store.js';
import { createFakeTelegram, type FakeTelegram } from './fake-telegram.js';
import { FAKE_API_HASH, FAKE_SESSION } from './gramjs-objects.js';

export const declareAccountSource = (entry: Record<string, unknown>): TelegramAccountSource =>
  sourceDeclarationSchema.parse({ id: 'tg-account', type: 'telegram-account', ...entry }) as TelegramAccountSource;

/**
 * The account listener on real parts: a temp SQLite file with the seed watchlist, the real
 * pipeline, a logger whose lines are kept; Telegram is the in-memory fake, and waits (request
 * pacing, FLOOD_WAIT, reconnect backoff) are recorded instead of slept.
 */
export function createAccountHarness(options: { fake?: FakeTelegram } = {}) {
  const temp = createTempStore();
  const { store } = temp;
  store.watchlist.importAll(parseWatchlist(JSON.parse(readFileSync(new URL('../../../seeds/watchlist.json', import.meta.url), 'utf8'))), 'test');
  const pipeline = createPipeline({ store, detector: createWatchlistDetector(store.watchlist, compileDetector), destinationsFor: () => ['console'] });
  const fake = options.fake ?? createFakeTelegram();
  const logLines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => { logLines.push(line); } });
  const notices: string[] = [];
  const sleeps: number[] = [];
  const listeners: AccountListener[] = [];
  return {
    store,
    temp,
    fake,
    logLines,
    notices,
    sleeps,
    start(sources: TelegramAccountSource[], overrides: Partial<AccountListenerOptions> = {}): AccountListener {
      const listener = createAccountListener(sources, {
        store, logger, ingestAll: (postings) => pipeline.ingestAll(postings),
        openClient: () => fake.openClient({ apiId: 12345, apiHash: FAKE_API_HASH, session: FAKE_SESSION }),
        notifyAdmins: async (text) => { notices.push(text); },
        sleep: async (ms) => { sleeps.push(ms); },
        random: () => 1,
        scheduled: false,
        ...overrides,
      });
      listeners.push(listener);
      listener.start();
      return listener;
    },
    postings: (sourceId = 'tg-account') => store.db.prepare('SELECT id, external_id, title, text FROM postings WHERE source_id = ? ORDER BY id').all(sourceId) as { id: number; external_id: string; title: string | null; text: string }[],
    alertCount: () => (store.db.prepare('SELECT COUNT(*) AS n FROM alerts').get() as { n: number }).n,
    async close() {
      for (const listener of listeners) await listener.stop();
      temp.cleanup();
    },
  };
}
