-- Sources: health and progress of each declared source, kept across restarts.
-- One row per source id that has run at least once (or was synced from the declarations).

CREATE TABLE source_state (
  source_id             TEXT PRIMARY KEY,
  health                TEXT NOT NULL DEFAULT 'unknown' CHECK (health IN ('unknown', 'healthy', 'unhealthy')),
  -- failed runs in a row; reset by a good run
  consecutive_failures  INTEGER NOT NULL DEFAULT 0,
  last_run_at           TEXT,
  last_success_at       TEXT,
  last_items            INTEGER,
  -- most items one good run has found: "zero where it used to return many" compares to this
  best_items            INTEGER NOT NULL DEFAULT 0,
  last_error            TEXT,
  unhealthy_since       TEXT,
  -- where the source left off (Telegram: newest message id seen)
  cursor                TEXT,
  updated_at            TEXT NOT NULL
);
