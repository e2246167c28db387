-- Cases: the ZATAZ-style workflow around an alert. An alert opens a case; the same claim seen again
-- (another channel, another source) becomes a sighting of that case instead of a new alert.
-- state: new → confirmed | false_positive → victim_contacted (mail 1) → details_sent (mail 2) → closed.

CREATE TABLE cases (
  id                INTEGER PRIMARY KEY,
  alert_id          INTEGER NOT NULL UNIQUE REFERENCES alerts(id) ON DELETE CASCADE,  -- the alert that opened it
  org_id            TEXT NOT NULL,
  state             TEXT NOT NULL DEFAULT 'new'
                    CHECK (state IN ('new', 'confirmed', 'false_positive', 'victim_contacted', 'details_sent', 'closed')),
  signature         TEXT NOT NULL,            -- normalized claim (kind, record count, data types, seller): what groups reposts
  tlp               TEXT NOT NULL DEFAULT 'TLP:AMBER',
  confirmed_at      TEXT,                     -- the 72-hour clock starts here
  reminded_24h_at   TEXT,
  reminded_60h_at   TEXT,
  last_seen_at      TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX cases_group ON cases (org_id, signature, last_seen_at);
CREATE INDEX cases_state ON cases (state);

-- Who moved the case to which state, and when: the case's history.
CREATE TABLE case_events (
  id        INTEGER PRIMARY KEY,
  case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  state     TEXT NOT NULL,
  actor     TEXT NOT NULL,                    -- 'cli', 'telegram:<user id> (<name>)', 'pipeline'
  at        TEXT NOT NULL,
  webhook_done_at TEXT                  -- posted to WEBHOOK_URL (or given up on after a 4xx); NULL: still to send
);
CREATE INDEX case_events_case ON case_events (case_id, id);
CREATE INDEX case_events_webhook ON case_events (webhook_done_at, id);

-- Every hit that belongs to a case: the first one and each repost of the same claim.
CREATE TABLE case_sightings (
  hit_id     INTEGER PRIMARY KEY REFERENCES hits(id) ON DELETE CASCADE,
  case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  seen_at    TEXT NOT NULL,
  announced_at TEXT                    -- when the alert chats were told of this repost (NULL: not yet)
);
CREATE INDEX case_sightings_case ON case_sightings (case_id, seen_at);
