import type { Db } from './open-database.js';

/**
 * Run `work` in its own transaction, or inside the caller's when one is open: a batch of
 * postings is one transaction, and a savepoint for every row inside it cost more than the rows.
 */
export function atomically<T>(db: Db, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work).immediate();
}
