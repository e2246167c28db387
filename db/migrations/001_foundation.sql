-- Foundation schema: the watchlist, where postings come from, what was found, and the outbox.
-- Times are ISO 8601 UTC strings (sortable as text). JSON columns hold plain data.

CREATE TABLE organizations (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  sector      TEXT,
  country     TEXT,
  contact     TEXT,            -- JSON {email, name?, role?} or NULL
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- Aliases, domains and context keywords of an organization; position keeps the user's order.
CREATE TABLE organization_terms (
  org_id    TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (kind IN ('alias', 'domain', 'keyword')),
  term      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (org_id, kind, term)
);

CREATE TABLE sources (
  id          TEXT PRIMARY KEY,
  type        TEXT NOT NULL,
  config      TEXT NOT NULL DEFAULT '{}',   -- JSON declaration as last loaded
  enabled     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE postings (
  id            INTEGER PRIMARY KEY,
  source_id     TEXT NOT NULL,
  external_id   TEXT NOT NULL,
  source_kind   TEXT,
  title         TEXT,
  text          TEXT NOT NULL,
  url           TEXT,
  author        TEXT,
  published_at  TEXT,
  seen_at       TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  content_hash  TEXT NOT NULL,            -- sha256 of the normalized text: the same posting across sources
  screenshot    TEXT,
  meta          TEXT NOT NULL DEFAULT '{}',
  duplicate_of  INTEGER REFERENCES postings(id) ON DELETE SET NULL,  -- same text first seen elsewhere
  UNIQUE (source_id, external_id)
);
CREATE INDEX postings_content_hash ON postings (content_hash);
CREATE INDEX postings_seen_at ON postings (seen_at);

CREATE TABLE hits (
  id            INTEGER PRIMARY KEY,
  posting_id    INTEGER NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
  org_id        TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,
  severity      TEXT NOT NULL,
  record_count  INTEGER,
  data_types    TEXT NOT NULL DEFAULT '[]',  -- JSON array
  analysis      TEXT NOT NULL,               -- JSON Analysis, as detection returned it
  created_at    TEXT NOT NULL,
  UNIQUE (posting_id, org_id)
);
CREATE INDEX hits_org_created ON hits (org_id, created_at);
CREATE INDEX hits_created ON hits (created_at);

-- One alert per new hit. `number` is the human reference (LW-2026-0042).
CREATE TABLE alerts (
  id          INTEGER PRIMARY KEY,
  number      TEXT NOT NULL UNIQUE,
  hit_id      INTEGER NOT NULL UNIQUE REFERENCES hits(id) ON DELETE CASCADE,
  org_id      TEXT NOT NULL,
  severity    TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

-- The durable outbox: one row per alert and destination. A row is `sent` only once the
-- destination acknowledged it, so a crash between enqueue and send re-sends after restart.
CREATE TABLE alert_deliveries (
  id               INTEGER PRIMARY KEY,
  alert_id         INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  destination      TEXT NOT NULL,            -- 'console' or 'telegram:<chat_id>[:<thread_id>]'
  status           TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT NOT NULL,
  last_error       TEXT,
  sent_at          TEXT,
  external_ref     TEXT,                     -- e.g. Telegram message id, for later edits
  UNIQUE (alert_id, destination)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (status, next_attempt_at);

CREATE TABLE scan_runs (
  id            INTEGER PRIMARY KEY,
  source_id     TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  items_seen    INTEGER NOT NULL DEFAULT 0,
  new_postings  INTEGER NOT NULL DEFAULT 0,
  hits          INTEGER NOT NULL DEFAULT 0,
  error         TEXT
);
CREATE INDEX scan_runs_source ON scan_runs (source_id, started_at);

CREATE TABLE audit_log (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  actor    TEXT NOT NULL,                   -- 'cli', 'seed', 'telegram:<user id> (<name>)'
  action   TEXT NOT NULL,                   -- 'watch.add', 'watch.remove', 'watch.import', 'alias.add', …
  org_id   TEXT,
  details  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_org ON audit_log (org_id, at);
