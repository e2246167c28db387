-- The Telegram bot: who may use it, which chats get which alerts, what the team decided on
-- each alert, and the few bits of state the bot must keep across restarts.

-- Roles granted with /grant (the settings TELEGRAM_ADMIN_IDS / TELEGRAM_MEMBER_IDS are not stored).
CREATE TABLE telegram_roles (
  user_id     INTEGER PRIMARY KEY,
  role        TEXT NOT NULL CHECK (role IN ('admin', 'member')),
  granted_by  TEXT NOT NULL,
  granted_at  TEXT NOT NULL
);

-- Strangers who were told once that the bot is private; they get no second answer.
CREATE TABLE telegram_refusals (
  user_id     INTEGER PRIMARY KEY,
  first_at    TEXT NOT NULL,
  last_at     TEXT NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 1
);

-- A chat (or forum topic, thread_id > 0) that asked for alerts with /subscribe. filter_kind
-- 'all' takes every alert; 'org' one organization; 'sector' one sector; 'severity' a minimum.
CREATE TABLE telegram_subscriptions (
  id            INTEGER PRIMARY KEY,
  chat_id       INTEGER NOT NULL,
  thread_id     INTEGER NOT NULL DEFAULT 0,
  filter_kind   TEXT NOT NULL CHECK (filter_kind IN ('all', 'org', 'sector', 'severity')),
  filter_value  TEXT NOT NULL DEFAULT '',
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  UNIQUE (chat_id, thread_id, filter_kind, filter_value)
);

CREATE TABLE telegram_chat_languages (
  chat_id     INTEGER PRIMARY KEY,
  language    TEXT NOT NULL CHECK (language IN ('en', 'fr')),
  updated_at  TEXT NOT NULL
);

-- Alerts of a muted organization are not queued until `until`; the hits are still stored.
CREATE TABLE alert_mutes (
  org_id      TEXT PRIMARY KEY,
  until       TEXT NOT NULL,
  muted_by    TEXT NOT NULL,
  muted_at    TEXT NOT NULL
);

-- Every triage tap, kept as history; the newest row is the alert's state.
CREATE TABLE alert_triage (
  id          INTEGER PRIMARY KEY,
  alert_id    INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  state       TEXT NOT NULL CHECK (state IN ('confirmed', 'false_positive', 'victim_notified', 'muted')),
  user_id     INTEGER NOT NULL,
  user_name   TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX alert_triage_alert ON alert_triage (alert_id, id);

-- A text marked false positive for an organization: the same text (by fingerprint) raises no
-- alert for it again.
CREATE TABLE false_positive_marks (
  org_id       TEXT NOT NULL,
  fingerprint  TEXT NOT NULL,
  alert_id     INTEGER,
  marked_by    TEXT NOT NULL,
  marked_at    TEXT NOT NULL,
  PRIMARY KEY (org_id, fingerprint)
);

-- What a "next page" button refers to: callback data is capped at 64 bytes by Telegram, so the
-- query lives here and the button carries its id.
CREATE TABLE telegram_callback_states (
  id          INTEGER PRIMARY KEY,
  chat_id     INTEGER NOT NULL,
  payload     TEXT NOT NULL,            -- JSON
  created_at  TEXT NOT NULL
);

-- Notices already sent to the admins (a chat that removed the bot), so each is told once.
CREATE TABLE telegram_admin_notices (
  notice_key  TEXT PRIMARY KEY,
  sent_at     TEXT NOT NULL
);
