import type { CaseState } from '../model/case.js';
import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

/** A case: an alert the team works on, with its state and the 72-hour clock. */
export interface Case {
  id: number;
  alertId: number;
  alertNumber: string;
  orgId: string;
  state: CaseState;
  signature: string;
  tlp: string;
  confirmedAt: string | null;
  reminded24hAt: string | null;
  reminded60hAt: string | null;
  lastSeenAt: string;
  createdAt: string;
  updatedAt: string;
  sightings: number;
}

export interface CaseEvent {
  caseId: number;
  state: CaseState;
  actor: string;
  at: string;
}

export interface CaseSighting {
  hitId: number;
  seenAt: string;
  sourceId: string;
  url: string | null;
  alertNumber: string | null;
}

interface CaseRow {
  id: number; alert_id: number; alert_number: string; org_id: string; state: CaseState; signature: string; tlp: string;
  confirmed_at: string | null; reminded_24h_at: string | null; reminded_60h_at: string | null; last_seen_at: string;
  created_at: string; updated_at: string; sightings: number;
}

const toCase = (row: CaseRow): Case => ({
  id: row.id, alertId: row.alert_id, alertNumber: row.alert_number, orgId: row.org_id, state: row.state, signature: row.signature,
  tlp: row.tlp, confirmedAt: row.confirmed_at, reminded24hAt: row.reminded_24h_at, reminded60hAt: row.reminded_60h_at,
  lastSeenAt: row.last_seen_at, createdAt: row.created_at, updatedAt: row.updated_at, sightings: row.sightings,
});

const CASE_SELECT = `SELECT c.*, a.number AS alert_number, (SELECT COUNT(*) FROM case_sightings s WHERE s.case_id = c.id) AS sightings
  FROM cases c JOIN alerts a ON a.id = c.alert_id`;

export function createCasesStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    insert: db.prepare(`INSERT INTO cases (alert_id, org_id, state, signature, last_seen_at, created_at, updated_at)
      VALUES (?, ?, 'new', ?, ?, ?, ?)`),
    insertEvent: db.prepare('INSERT INTO case_events (case_id, state, actor, at) VALUES (?, ?, ?, ?)'),
    insertSighting: db.prepare('INSERT OR IGNORE INTO case_sightings (hit_id, case_id, seen_at, announced_at) VALUES (?, ?, ?, ?)'),
    unannounced: db.prepare(`SELECT s.case_id AS caseId, s.hit_id AS hitId, s.seen_at AS seenAt, p.source_id AS sourceId, p.url AS url, NULL AS alertNumber
      FROM case_sightings s JOIN hits h ON h.id = s.hit_id JOIN postings p ON p.id = h.posting_id
      WHERE s.announced_at IS NULL ORDER BY s.seen_at, s.hit_id LIMIT 100`),
    markAnnounced: db.prepare('UPDATE case_sightings SET announced_at = ? WHERE hit_id = ? AND announced_at IS NULL'),
    byId: db.prepare(`${CASE_SELECT} WHERE c.id = ?`),
    byAlertId: db.prepare(`${CASE_SELECT} WHERE c.alert_id = ?`),
    byAlertNumber: db.prepare(`${CASE_SELECT} WHERE a.number = ?`),
    byHit: db.prepare(`${CASE_SELECT} WHERE c.id = (SELECT case_id FROM case_sightings WHERE hit_id = ?)`),
    groupable: db.prepare(`${CASE_SELECT} WHERE c.org_id = ? AND c.signature = ? AND c.last_seen_at >= ? AND c.state != 'false_positive'
      ORDER BY c.last_seen_at DESC LIMIT 1`),
    touch: db.prepare('UPDATE cases SET last_seen_at = MAX(last_seen_at, ?), updated_at = ? WHERE id = ?'),
    setState: db.prepare('UPDATE cases SET state = ?, updated_at = ?, confirmed_at = COALESCE(confirmed_at, ?) WHERE id = ?'),
    open: db.prepare(`${CASE_SELECT} WHERE c.state NOT IN ('closed', 'false_positive') ORDER BY c.created_at, c.id`),
    since: db.prepare(`${CASE_SELECT} WHERE c.updated_at >= ? ORDER BY c.created_at, c.id`),
    events: db.prepare('SELECT case_id AS caseId, state, actor, at FROM case_events WHERE case_id = ? ORDER BY id'),
    sightings: db.prepare(`SELECT s.hit_id AS hitId, s.seen_at AS seenAt, p.source_id AS sourceId, p.url AS url, a.number AS alertNumber
      FROM case_sightings s JOIN hits h ON h.id = s.hit_id JOIN postings p ON p.id = h.posting_id LEFT JOIN alerts a ON a.hit_id = h.id
      WHERE s.case_id = ? ORDER BY s.seen_at, s.hit_id`),
    hitOf: db.prepare('SELECT id FROM hits WHERE posting_id = ? AND org_id = ?'),
    webhookDue: db.prepare('SELECT id, case_id AS caseId, state, actor, at FROM case_events WHERE webhook_done_at IS NULL ORDER BY id LIMIT ?'),
    markWebhookDone: db.prepare('UPDATE case_events SET webhook_done_at = ? WHERE id = ?'),
    markReminded24: db.prepare('UPDATE cases SET reminded_24h_at = ? WHERE id = ? AND reminded_24h_at IS NULL'),
    markReminded60: db.prepare('UPDATE cases SET reminded_60h_at = ? WHERE id = ? AND reminded_60h_at IS NULL'),
  };
  const now = () => clock().toISOString();
  const get = (id: number): Case | undefined => {
    const row = statements.byId.get(id) as CaseRow | undefined;
    return row ? toCase(row) : undefined;
  };

  return {
    /** Open a case for a new alert, with the alert's hit as its first sighting. */
    open(alertId: number, hitId: number, orgId: string, signature: string, seenAt: string): Case {
      return db.transaction(() => {
        const at = now();
        const id = Number(statements.insert.run(alertId, orgId, signature, seenAt, at, at).lastInsertRowid);
        statements.insertEvent.run(id, 'new', 'pipeline', at);
        // The first sighting is the alert itself: nothing to announce.
        statements.insertSighting.run(hitId, id, seenAt, at);
        return get(id)!;
      })();
    },
    /** Another sighting of the case's claim; false when this hit was already recorded. */
    addSighting(caseId: number, hitId: number, seenAt: string): boolean {
      return db.transaction(() => {
        const added = statements.insertSighting.run(hitId, caseId, seenAt, null).changes > 0;
        if (added) statements.touch.run(seenAt, now(), caseId);
        return added;
      })();
    },
    /** The newest case of the organization with this claim signature seen since `sinceIso`. */
    findGroupable(orgId: string, signature: string, sinceIso: string): Case | undefined {
      const row = statements.groupable.get(orgId, signature, sinceIso) as CaseRow | undefined;
      return row ? toCase(row) : undefined;
    },
    /** The hit the pipeline just stored for a posting and organization. */
    hitIdOf(postingId: number, orgId: string): number | undefined {
      return (statements.hitOf.get(postingId, orgId) as { id: number } | undefined)?.id;
    },
    /** Record the states in order, each with who and when; the first confirmation starts the clock. */
    moveTo(caseId: number, steps: CaseState[], actor: string): CaseEvent[] {
      return db.transaction(() => {
        const at = now();
        return steps.map((state) => {
          statements.setState.run(state, at, state === 'confirmed' ? at : null, caseId);
          statements.insertEvent.run(caseId, state, actor, at);
          return { caseId, state, actor, at };
        });
      })();
    },
    /** Case events (a new alert is its case's `new` event) not yet posted to the webhook, oldest first. */
    webhookDue(limit = 50): (CaseEvent & { id: number })[] {
      return statements.webhookDue.all(limit) as (CaseEvent & { id: number })[];
    },
    markWebhookDone(eventId: number): void {
      statements.markWebhookDone.run(now(), eventId);
    },
    /** Reposts the alert chats were not told about yet. */
    unannouncedSightings(): (CaseSighting & { caseId: number })[] {
      return statements.unannounced.all() as (CaseSighting & { caseId: number })[];
    },
    /** Returns false when another process announced it first. */
    markAnnounced(hitId: number): boolean {
      return statements.markAnnounced.run(now(), hitId).changes > 0;
    },
    /** Returns false when this reminder was already sent (another process, a restart). */
    markReminded(caseId: number, hours: 24 | 60): boolean {
      return (hours === 24 ? statements.markReminded24 : statements.markReminded60).run(now(), caseId).changes > 0;
    },
    get,
    getByAlertId(alertId: number): Case | undefined {
      const row = statements.byAlertId.get(alertId) as CaseRow | undefined;
      return row ? toCase(row) : undefined;
    },
    getByAlertNumber(number: string): Case | undefined {
      const row = statements.byAlertNumber.get(number.trim().toUpperCase()) as CaseRow | undefined;
      return row ? toCase(row) : undefined;
    },
    getByHit(hitId: number): Case | undefined {
      const row = statements.byHit.get(hitId) as CaseRow | undefined;
      return row ? toCase(row) : undefined;
    },
    listOpen(): Case[] {
      return (statements.open.all() as CaseRow[]).map(toCase);
    },
    listChangedSince(sinceIso: string): Case[] {
      return (statements.since.all(sinceIso) as CaseRow[]).map(toCase);
    },
    events(caseId: number): CaseEvent[] {
      return statements.events.all(caseId) as CaseEvent[];
    },
    sightings(caseId: number): CaseSighting[] {
      return statements.sightings.all(caseId) as CaseSighting[];
    },
  };
}

export type CasesStore = ReturnType<typeof createCasesStore>;
