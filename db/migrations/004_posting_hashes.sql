-- Every content hash a posting ever had. An edit replaces postings.content_hash; without this
-- table the original text, reposted later in another source, was no longer recognized as a
-- duplicate and raised a second alert. Filled on insert and on each edit (src/store/postings-store.ts).

CREATE TABLE posting_hashes (
  content_hash  TEXT NOT NULL,
  posting_id    INTEGER NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
  recorded_at   TEXT NOT NULL,
  PRIMARY KEY (content_hash, posting_id)
) WITHOUT ROWID;
CREATE INDEX posting_hashes_posting ON posting_hashes (posting_id);

-- Existing postings: their current hash is all that is left of them.
INSERT INTO posting_hashes (content_hash, posting_id, recorded_at)
  SELECT content_hash, id, seen_at FROM postings;
