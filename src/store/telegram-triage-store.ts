import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

export type TriageState = 'confirmed' | 'false_positive' | 'victim_notified' | 'muted';

export interface TriageMark {
  alertId: number;
  state: TriageState;
  userId: number;
  userName: string;
  at: string;
}

export interface Mute {
  orgId: string;
  until: string;
  mutedBy: string;
  mutedAt: string;
}

/** Latest run of each source that ever ran, for /sources and /status. */
export interface SourceHealth {
  sourceId: string;
  lastStartedAt: string;
  lastFinishedAt: string | null;
  lastError: string | null;
  newPostings: number;
  hits: number;
  /** Failed runs in a row, counting back from the latest. */
  failuresInRow: number;
}

/**
 * What the team decided on alerts (triage taps, false positives, mutes) and the read-only
 * source health the bot reports.
 */
export function createTelegramTriageStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    mark: db.prepare('INSERT INTO alert_triage (alert_id, state, user_id, user_name, at) VALUES (?, ?, ?, ?, ?)'),
    history: db.prepare('SELECT alert_id AS alertId, state, user_id AS userId, user_name AS userName, at FROM alert_triage WHERE alert_id = ? ORDER BY id'),
    mute: db.prepare(`INSERT INTO alert_mutes (org_id, until, muted_by, muted_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (org_id) DO UPDATE SET until = excluded.until, muted_by = excluded.muted_by, muted_at = excluded.muted_at`),
    unmute: db.prepare('DELETE FROM alert_mutes WHERE org_id = ?'),
    activeMute: db.prepare('SELECT org_id AS orgId, until, muted_by AS mutedBy, muted_at AS mutedAt FROM alert_mutes WHERE org_id = ? AND until > ?'),
    activeMutes: db.prepare('SELECT org_id AS orgId, until, muted_by AS mutedBy, muted_at AS mutedAt FROM alert_mutes WHERE until > ? ORDER BY org_id'),
    markFalsePositive: db.prepare(`INSERT OR IGNORE INTO false_positive_marks (org_id, fingerprint, alert_id, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)`),
    falsePositive: db.prepare('SELECT alert_id AS alertId, marked_by AS markedBy, marked_at AS markedAt FROM false_positive_marks WHERE org_id = ? AND fingerprint = ?'),
    sourceHealth: db.prepare(`SELECT r.source_id AS sourceId, r.started_at AS lastStartedAt, r.finished_at AS lastFinishedAt, r.error AS lastError,
        r.new_postings AS newPostings, r.hits AS hits,
        (SELECT COUNT(*) FROM scan_runs f WHERE f.source_id = r.source_id AND f.error IS NOT NULL
           AND f.id > COALESCE((SELECT MAX(ok.id) FROM scan_runs ok WHERE ok.source_id = r.source_id AND ok.error IS NULL AND ok.finished_at IS NOT NULL), 0)) AS failuresInRow
      FROM scan_runs r WHERE r.id = (SELECT MAX(id) FROM scan_runs l WHERE l.source_id = r.source_id)
      ORDER BY r.source_id`),
  };
  const now = () => clock().toISOString();

  return {
    mark(alertId: number, state: TriageState, userId: number, userName: string): TriageMark {
      const at = now();
      statements.mark.run(alertId, state, userId, userName, at);
      return { alertId, state, userId, userName, at };
    },
    history(alertId: number): TriageMark[] {
      return statements.history.all(alertId) as TriageMark[];
    },
    mute(orgId: string, until: Date, mutedBy: string): Mute {
      statements.mute.run(orgId, until.toISOString(), mutedBy, now());
      return { orgId, until: until.toISOString(), mutedBy, mutedAt: now() };
    },
    unmute(orgId: string): boolean {
      return statements.unmute.run(orgId).changes > 0;
    },
    activeMute(orgId: string): Mute | undefined {
      return statements.activeMute.get(orgId, now()) as Mute | undefined;
    },
    activeMutes(): Mute[] {
      return statements.activeMutes.all(now()) as Mute[];
    },
    /** Returns false when this text was already marked for the organization. */
    markFalsePositive(orgId: string, fingerprint: string, alertId: number | null, markedBy: string): boolean {
      return statements.markFalsePositive.run(orgId, fingerprint, alertId, markedBy, now()).changes > 0;
    },
    falsePositive(orgId: string, fingerprint: string): { alertId: number | null; markedBy: string; markedAt: string } | undefined {
      return statements.falsePositive.get(orgId, fingerprint) as never;
    },
    sourceHealth(): SourceHealth[] {
      return statements.sourceHealth.all() as SourceHealth[];
    },
  };
}

export type TelegramTriageStore = ReturnType<typeof createTelegramTriageStore>;
