import { loadSettingsFromEnvironment } from '../config/load-env.js';
import { createLogger, type Logger } from '../config/logger.js';
import type { Settings } from '../config/settings.js';
import { compileDetector } from '../detection/index.js';
import { createWatchlistDetector, type WatchlistDetector } from '../pipeline/watchlist-detector.js';
import { readWatchlistFile } from './read-watchlist-file.js';
import { openStore, type Store } from '../store/index.js';

export { readWatchlistFile } from './read-watchlist-file.js';

export interface AppContext {
  settings: Settings;
  logger: Logger;
  store: Store;
  detector: WatchlistDetector;
  close(): void;
}

/**
 * Settings, logger, database and detector, as every command that touches the user's data needs
 * them. On first start (no organizations yet) the seed watchlist is loaded.
 */
export function openAppContext(options: { settings?: Settings; seed?: boolean } = {}): AppContext {
  const settings = options.settings ?? loadSettingsFromEnvironment();
  const logger = createLogger(settings.LOG_LEVEL);
  const store = openStore(settings.DATABASE_PATH);
  try {
    if ((options.seed ?? true) && store.watchlist.count() === 0) {
      const seed = readWatchlistFile(settings.WATCHLIST_SEED_PATH);
      store.watchlist.importAll(seed, 'seed', 'watch.seed');
      logger.info({ organizations: seed.length, from: settings.WATCHLIST_SEED_PATH }, 'loaded the seed watchlist into a new database');
    }
  } catch (error) {
    store.close();
    throw error;
  }
  return {
    settings,
    logger,
    store,
    detector: createWatchlistDetector(store.watchlist, compileDetector),
    close: () => store.close(),
  };
}
