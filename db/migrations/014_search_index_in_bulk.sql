-- Issue 11: the full-text index (012) is written in bulk when it is read, not by a trigger on
-- every stored posting: tokenizing each posting inside the ingest transaction was a tenth of
-- ingest's time. `indexed_through` is the highest posting id in the index; postings above it are
-- added by the search index store (src/store/search-index-store.ts) before each search, so a
-- search still sees every posting. Only indexed rows have index entries to delete or replace.
CREATE TABLE search_index_progress (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_through   INTEGER NOT NULL
);
-- Every posting stored so far was indexed by the trigger this migration drops.
INSERT INTO search_index_progress (id, indexed_through) VALUES (1, COALESCE((SELECT MAX(id) FROM postings), 0));

DROP TRIGGER postings_fts_insert;
DROP TRIGGER postings_fts_delete;
DROP TRIGGER postings_fts_update;
-- Deleting the highest indexed posting lowers the mark: SQLite may give its id to the next
-- posting (max(id) + 1), which must then be indexed like any new one.
CREATE TRIGGER postings_fts_delete AFTER DELETE ON postings BEGIN
  INSERT INTO postings_fts (postings_fts, rowid, title, text) SELECT 'delete', old.id, old.title, old.text
    WHERE old.id <= (SELECT indexed_through FROM search_index_progress);
  UPDATE search_index_progress SET indexed_through = old.id - 1 WHERE indexed_through = old.id;
END;
CREATE TRIGGER postings_fts_update AFTER UPDATE OF title, text ON postings
  WHEN old.id <= (SELECT indexed_through FROM search_index_progress) BEGIN
  INSERT INTO postings_fts (postings_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO postings_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
