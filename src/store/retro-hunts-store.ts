import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

/** One retro-hunt run, as recorded. */
export interface RetroHuntRun {
  id: number;
  orgIds: string[];
  actor: string;
  auditId: number | null;
  since: string | null;
  startedAt: string;
  finishedAt: string | null;
  postingsRead: number;
  hitsFound: number;
  alertsQueued: number;
  error: string | null;
}

export interface RetroHuntFigures {
  postingsRead: number;
  hitsFound: number;
  alertsQueued: number;
}

/** A watchlist change that may make stored postings match: an organization added or given new terms. */
export interface WatchlistChange {
  auditId: number;
  action: string;
  orgIds: string[];
}

interface RunRow {
  id: number; org_ids: string; actor: string; audit_id: number | null; since: string | null; started_at: string; finished_at: string | null;
  postings_read: number; hits_found: number; alerts_queued: number; error: string | null;
}

const toRun = (row: RunRow): RetroHuntRun => ({
  id: row.id, orgIds: JSON.parse(row.org_ids), actor: row.actor, auditId: row.audit_id, since: row.since, startedAt: row.started_at,
  finishedAt: row.finished_at, postingsRead: row.postings_read, hitsFound: row.hits_found, alertsQueued: row.alerts_queued, error: row.error,
});

// Removals take nothing away from the archive's matches; every other change may add some.
const HUNTING_ACTIONS = ['watch.add', 'watch.update', 'watch.import', 'watch.seed', 'alias.add', 'domain.add', 'keyword.add'];

export function createRetroHuntsStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    start: db.prepare('INSERT INTO retro_hunts (org_ids, actor, audit_id, since, started_at) VALUES (?, ?, ?, ?, ?)'),
    finish: db.prepare('UPDATE retro_hunts SET finished_at = ?, postings_read = ?, hits_found = ?, alerts_queued = ?, error = ? WHERE id = ?'),
    recent: db.prepare('SELECT * FROM retro_hunts ORDER BY id DESC LIMIT ?'),
    recentOf: db.prepare("SELECT * FROM retro_hunts WHERE EXISTS (SELECT 1 FROM json_each(org_ids) WHERE value = ?) ORDER BY id DESC LIMIT ?"),
    lastAuditId: db.prepare('SELECT MAX(audit_id) AS id FROM retro_hunts'),
    lastAuditRow: db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM audit_log'),
    changesSince: db.prepare(`SELECT id, action, org_id, details FROM audit_log WHERE id > ? AND action IN (SELECT value FROM json_each(?)) ORDER BY id`),
    postingsWithHits: db.prepare('SELECT posting_id FROM hits WHERE org_id = ?'),
  };
  return {
    start(orgIds: string[], actor: string, auditId: number | null, sinceIso: string | null): number {
      return Number(statements.start.run(JSON.stringify(orgIds), actor, auditId, sinceIso, clock().toISOString()).lastInsertRowid);
    },
    finish(id: number, figures: RetroHuntFigures, error: string | null = null): void {
      statements.finish.run(clock().toISOString(), figures.postingsRead, figures.hitsFound, figures.alertsQueued, error?.slice(0, 1000) ?? null, id);
    },
    recent(limit = 20, orgId?: string): RetroHuntRun[] {
      const rows = (orgId ? statements.recentOf.all(orgId, limit) : statements.recent.all(limit)) as RunRow[];
      return rows.map(toRun);
    },
    /** The newest watchlist change a hunt was run for; the monitor hunts the changes after it. */
    lastHuntedAuditId(): number | null {
      return (statements.lastAuditId.get() as { id: number | null }).id;
    },
    lastAuditId(): number {
      return (statements.lastAuditRow.get() as { id: number }).id;
    },
    /** Watchlist changes after `auditId` that can add matches, with the organizations each touched. */
    changesSince(auditId: number): WatchlistChange[] {
      const rows = statements.changesSince.all(auditId, JSON.stringify(HUNTING_ACTIONS)) as { id: number; action: string; org_id: string | null; details: string }[];
      return rows.map((row) => {
        // An import names its organizations in the details; the others in org_id.
        const ids = row.org_id ? [row.org_id] : ((JSON.parse(row.details) as { ids?: unknown }).ids ?? []);
        return { auditId: row.id, action: row.action, orgIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [] };
      });
    },
    /** Postings that already have a hit for this organization: a hunt skips them. */
    postingsWithHits(orgId: string): Set<number> {
      return new Set((statements.postingsWithHits.all(orgId) as { posting_id: number }[]).map((row) => row.posting_id));
    },
  };
}

export type RetroHuntsStore = ReturnType<typeof createRetroHuntsStore>;
