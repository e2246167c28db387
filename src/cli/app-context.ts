import { readFileSync } from 'node:fs';
import { loadSettingsFromEnvironment } from '../config/load-env.js';
import { createLogger, type Logger } from '../config/logger.js';
import type { Settings } from '../config/settings.js';
import { InputError } from '../config/errors.js';
import { compileDetector } from '../detection/index.js';
import { createWatchlistDetector, type WatchlistDetector } from '../pipeline/watchlist-detector.js';
import { parseWatchlist } from '../watchlist/parse-watchlist.js';
import { openStore, type Store } from '../store/index.js';

export interface AppContext {
  settings: Settings;
  logger: Logger;
  store: Store;
  detector: WatchlistDetector;
  close(): void;
}

/** Read and validate a watchlist file; errors name the file and every bad entry. */
export function readWatchlistFile(path: string) {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read the watchlist file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path.`);
  }
  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`The watchlist file ${path} is not valid JSON: ${(error as Error).message}.`);
  }
  return parseWatchlist(document, path);
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
