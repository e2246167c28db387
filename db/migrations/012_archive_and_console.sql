-- Issue 12: the archive (retro-hunt, full-text search) and the web console's sign-in.

-- How a hit was found: 'ingest' (the posting as it arrived) or 'retro-hunt' (a new or changed
-- watchlist entry searched through postings stored before it). A retro-hunt alert says so.
ALTER TABLE hits ADD COLUMN found_by TEXT NOT NULL DEFAULT 'ingest' CHECK (found_by IN ('ingest', 'retro-hunt'));

-- Each retro-hunt run: what it searched, for whom, and what it found. `audit_id` is the watchlist
-- change (audit_log row) that asked for it, so the monitor knows which changes are hunted already.
CREATE TABLE retro_hunts (
  id             INTEGER PRIMARY KEY,
  org_ids        TEXT NOT NULL,              -- JSON array
  actor          TEXT NOT NULL,
  audit_id       INTEGER,
  since          TEXT,
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  postings_read  INTEGER NOT NULL DEFAULT 0,
  hits_found     INTEGER NOT NULL DEFAULT 0,
  alerts_queued  INTEGER NOT NULL DEFAULT 0,
  error          TEXT
);
CREATE INDEX retro_hunts_audit ON retro_hunts (audit_id);

-- Full-text search over stored postings (the console's search box). External content: the text
-- lives once, in postings; the triggers keep the index in step with inserts, edits and deletes.
CREATE VIRTUAL TABLE postings_fts USING fts5(title, text, content = 'postings', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER postings_fts_insert AFTER INSERT ON postings BEGIN
  INSERT INTO postings_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER postings_fts_delete AFTER DELETE ON postings BEGIN
  INSERT INTO postings_fts (postings_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER postings_fts_update AFTER UPDATE OF title, text ON postings BEGIN
  INSERT INTO postings_fts (postings_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO postings_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO postings_fts (postings_fts) VALUES ('rebuild');

-- The console's list of alerts is filtered by these and ordered by time.
CREATE INDEX alerts_created ON alerts (created_at);
CREATE INDEX alerts_org_created ON alerts (org_id, created_at);

-- Sign-in links: one use, minutes of life. Only a hash of the token is kept, so a copy of the
-- database opens no session.
CREATE TABLE web_sign_in_links (
  token_hash  TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL,              -- Telegram user id; 0 for a link made with the CLI
  user_name   TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('admin', 'member')),
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  used_at     TEXT
);

CREATE TABLE web_sessions (
  id            INTEGER PRIMARY KEY,
  token_hash    TEXT NOT NULL UNIQUE,
  csrf_token    TEXT NOT NULL,
  user_id       INTEGER NOT NULL,
  user_name     TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'member')),
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  expires_at    TEXT NOT NULL,
  revoked_at    TEXT,
  client        TEXT                         -- user agent and address at sign-in, to tell sessions apart
);
