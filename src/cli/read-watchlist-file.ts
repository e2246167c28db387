// Apart from app-context.ts, so that `analyze` and `check --watchlist` do not load the database
// driver and the logger, which they do not use.
import { readFileSync } from 'node:fs';
import { InputError } from '../config/errors.js';
import { parseWatchlist } from '../watchlist/parse-watchlist.js';

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
