import type { Severity } from '../model/analysis.js';
import type { Db } from './open-database.js';
import { atomically } from './atomically.js';
import { systemClock, type Clock } from './clock.js';

export interface Alert {
  id: number;
  number: string;
  hitId: number;
  orgId: string;
  severity: Severity;
  createdAt: string;
}

export type DeliveryStatus = 'queued' | 'sent' | 'failed';

/** One row of the outbox: an alert bound for one destination. */
export interface Delivery {
  id: number;
  alertId: number;
  destination: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  externalRef: string | null;
}

interface DeliveryRow {
  id: number; alert_id: number; destination: string; status: DeliveryStatus; attempts: number; next_attempt_at: string;
  last_error: string | null; sent_at: string | null; external_ref: string | null;
}
interface AlertRow { id: number; number: string; hit_id: number; org_id: string; severity: string; created_at: string }

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id, alertId: row.alert_id, destination: row.destination, status: row.status, attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at, lastError: row.last_error, sentAt: row.sent_at, externalRef: row.external_ref,
});
const toAlert = (row: AlertRow): Alert => ({
  id: row.id, number: row.number, hitId: row.hit_id, orgId: row.org_id, severity: row.severity as Severity, createdAt: row.created_at,
});

/** Counts by status, plus what tells whether the outbox is moving. */
export interface OutboxOverview extends Record<DeliveryStatus, number> {
  /** Queued deliveries that have failed at least once and wait for another attempt. */
  retrying: number;
  /** The earliest next attempt of a queued delivery: long past means nothing is sending. */
  nextAttemptAt: string | null;
  lastSent: { destination: string; at: string } | null;
  /** The newest error of a delivery not sent (still retrying or failed for good). */
  lastError: { destination: string; error: string } | null;
}

/** Alert numbers read `LW-2026-0042`: the year of creation and a counter that restarts each year. */
export const formatAlertNumber = (year: number, sequence: number): string => `LW-${year}-${String(sequence).padStart(4, '0')}`;

export function createAlertsStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    nextNumberOfYear: db.prepare(`INSERT INTO alert_number_counters (year, last) VALUES (?, 1)
      ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`),
    insertAlert: db.prepare('INSERT INTO alerts (number, hit_id, org_id, severity, created_at) VALUES (?, ?, ?, ?, ?)'),
    insertDelivery: db.prepare(`INSERT OR IGNORE INTO alert_deliveries (alert_id, destination, status, attempts, next_attempt_at)
      VALUES (?, ?, 'queued', 0, ?)`),
    byId: db.prepare('SELECT * FROM alerts WHERE id = ?'),
    byNumber: db.prepare('SELECT * FROM alerts WHERE number = ?'),
    byHit: db.prepare('SELECT * FROM alerts WHERE hit_id = ?'),
    due: db.prepare(`SELECT * FROM alert_deliveries WHERE status = 'queued' AND next_attempt_at <= ? AND destination LIKE ?
      ORDER BY next_attempt_at, id LIMIT ?`),
    nextDue: db.prepare(`SELECT MIN(next_attempt_at) AS at FROM alert_deliveries WHERE status = 'queued' AND destination LIKE ?`),
    markSent: db.prepare(`UPDATE alert_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = ?, external_ref = ?, last_error = NULL, claimed_by = NULL WHERE id = ?`),
    markRetry: db.prepare('UPDATE alert_deliveries SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, claimed_by = NULL WHERE id = ?'),
    claim: db.prepare(`UPDATE alert_deliveries SET next_attempt_at = ?, claimed_by = ? WHERE id = ? AND status = 'queued' AND next_attempt_at <= ?`),
    claimants: db.prepare(`SELECT DISTINCT claimed_by FROM alert_deliveries WHERE status = 'queued' AND claimed_by IS NOT NULL`),
    releaseClaims: db.prepare(`UPDATE alert_deliveries SET claimed_by = NULL, next_attempt_at = ? WHERE status = 'queued' AND claimed_by = ?`),
    markFailed: db.prepare(`UPDATE alert_deliveries SET status = 'failed', attempts = attempts + 1, last_error = ?, claimed_by = NULL WHERE id = ?`),
    deliveriesOf: db.prepare('SELECT * FROM alert_deliveries WHERE alert_id = ? ORDER BY id'),
    countByStatus: db.prepare('SELECT status, COUNT(*) AS n FROM alert_deliveries GROUP BY status'),
    queueOverview: db.prepare(`SELECT COUNT(*) AS queued, COALESCE(SUM(attempts > 0), 0) AS retrying, MIN(next_attempt_at) AS next_attempt_at
      FROM alert_deliveries WHERE status = 'queued'`),
    lastSent: db.prepare(`SELECT destination, sent_at FROM alert_deliveries WHERE status = 'sent' ORDER BY sent_at DESC, id DESC LIMIT 1`),
    lastError: db.prepare(`SELECT destination, last_error FROM alert_deliveries WHERE last_error IS NOT NULL AND status != 'sent' ORDER BY id DESC LIMIT 1`),
  };

  const deliveryCounts = (): Record<DeliveryStatus, number> => {
    const counts: Record<DeliveryStatus, number> = { queued: 0, sent: 0, failed: 0 };
    for (const row of statements.countByStatus.all() as { status: DeliveryStatus; n: number }[]) counts[row.status] = row.n;
    return counts;
  };

  return {
    /** Create the alert for a new hit and queue it for each destination, in one transaction. */
    enqueue(hitId: number, orgId: string, severity: Severity, destinations: string[]): Alert {
      return atomically(db, () => {
        const created = clock();
        const year = created.getUTCFullYear();
        const sequence = (statements.nextNumberOfYear.get(year) as { last: number }).last;
        const number = formatAlertNumber(year, sequence);
        const result = statements.insertAlert.run(number, hitId, orgId, severity, created.toISOString());
        const alertId = Number(result.lastInsertRowid);
        for (const destination of destinations) statements.insertDelivery.run(alertId, destination, created.toISOString());
        return { id: alertId, number, hitId, orgId, severity, createdAt: created.toISOString() };
      });
    },
    /** Queue an existing alert for one more destination (a chat that subscribed later, a re-send). */
    addDelivery(alertId: number, destination: string): boolean {
      return statements.insertDelivery.run(alertId, destination, clock().toISOString()).changes > 0;
    },
    get(id: number): Alert | undefined {
      const row = statements.byId.get(id) as AlertRow | undefined;
      return row ? toAlert(row) : undefined;
    },
    getByNumber(number: string): Alert | undefined {
      const row = statements.byNumber.get(number.trim().toUpperCase()) as AlertRow | undefined;
      return row ? toAlert(row) : undefined;
    },
    getByHit(hitId: number): Alert | undefined {
      const row = statements.byHit.get(hitId) as AlertRow | undefined;
      return row ? toAlert(row) : undefined;
    },
    /** Deliveries due now whose destination starts with `prefix` ('console', 'telegram:'). */
    dueDeliveries(prefix: string, limit = 100): Delivery[] {
      return (statements.due.all(clock().toISOString(), `${prefix}%`, limit) as DeliveryRow[]).map(toDelivery);
    },
    nextDueAt(prefix: string): string | null {
      return (statements.nextDue.get(`${prefix}%`) as { at: string | null }).at;
    },
    markSent(deliveryId: number, externalRef: string | null = null): void {
      statements.markSent.run(clock().toISOString(), externalRef, deliveryId);
    },
    /**
     * Take a due delivery for sending, so another process draining the same outbox (a
     * `leakwatch ingest` beside `leakwatch run`) skips it. The claim is a lease: if this process
     * dies mid-send, the row is due again when the lease ends. False when someone else has it.
     */
    claim(deliveryId: number, leaseMs: number, claimant: string): boolean {
      const now = clock();
      return statements.claim.run(new Date(now.getTime() + leaseMs).toISOString(), claimant, deliveryId, now.toISOString()).changes === 1;
    },
    /** Make the deliveries of claimants that are gone (a killed process) due now; returns how many. */
    releaseAbandonedClaims(isGone: (claimant: string) => boolean): number {
      const now = clock().toISOString();
      let released = 0;
      for (const { claimed_by: claimant } of statements.claimants.all() as { claimed_by: string }[]) {
        if (isGone(claimant)) released += statements.releaseClaims.run(now, claimant).changes;
      }
      return released;
    },
    markRetry(deliveryId: number, nextAttemptAt: Date, reason: string): void {
      statements.markRetry.run(nextAttemptAt.toISOString(), reason.slice(0, 500), deliveryId);
    },
    markFailed(deliveryId: number, reason: string): void {
      statements.markFailed.run(reason.slice(0, 500), deliveryId);
    },
    deliveriesOf(alertId: number): Delivery[] {
      return (statements.deliveriesOf.all(alertId) as DeliveryRow[]).map(toDelivery);
    },
    /** The outbox at a glance, for `leakwatch status`: its depth, the next due send, the last send and error. */
    outboxOverview(): OutboxOverview {
      const queue = statements.queueOverview.get() as { queued: number; retrying: number; next_attempt_at: string | null };
      const sent = statements.lastSent.get() as { destination: string; sent_at: string } | undefined;
      const failed = statements.lastError.get() as { destination: string; last_error: string } | undefined;
      return {
        ...deliveryCounts(), retrying: queue.retrying, nextAttemptAt: queue.next_attempt_at,
        lastSent: sent ? { destination: sent.destination, at: sent.sent_at } : null,
        lastError: failed ? { destination: failed.destination, error: failed.last_error } : null,
      };
    },
    deliveryCounts,
  };
}

export type AlertsStore = ReturnType<typeof createAlertsStore>;
