import type { Db } from './open-database.js';

/**
 * The full-text index of stored postings (postings_fts, migrations 012 and 014), brought up to
 * date in bulk: ingest stores postings without tokenizing them, and whoever reads the index
 * first adds what came since. One transaction, so two processes never index the same posting.
 */
export function createSearchIndexStore(db: Db) {
  const statements = {
    progress: db.prepare('SELECT indexed_through AS through FROM search_index_progress'),
    newest: db.prepare('SELECT MAX(id) AS id FROM postings'),
    index: db.prepare('INSERT INTO postings_fts (rowid, title, text) SELECT id, title, text FROM postings WHERE id > ? AND id <= ?'),
    advance: db.prepare('UPDATE search_index_progress SET indexed_through = ?'),
  };
  const catchUp = db.transaction((): number => {
    const { through } = statements.progress.get() as { through: number };
    const newest = (statements.newest.get() as { id: number | null }).id ?? 0;
    if (newest <= through) return 0;
    const { changes } = statements.index.run(through, newest);
    statements.advance.run(newest);
    return changes;
  });
  return {
    /** Index the postings stored since the last call; returns how many were added. */
    catchUp(): number {
      return catchUp.immediate();
    },
  };
}

export type SearchIndexStore = ReturnType<typeof createSearchIndexStore>;
