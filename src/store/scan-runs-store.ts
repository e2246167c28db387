import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

export interface ScanRun {
  id: number;
  sourceId: string;
  startedAt: string;
  finishedAt: string | null;
  itemsSeen: number;
  newPostings: number;
  hits: number;
  error: string | null;
}

interface ScanRunRow {
  id: number; source_id: string; started_at: string; finished_at: string | null; items_seen: number; new_postings: number;
  hits: number; error: string | null;
}

const toScanRun = (row: ScanRunRow): ScanRun => ({
  id: row.id, sourceId: row.source_id, startedAt: row.started_at, finishedAt: row.finished_at, itemsSeen: row.items_seen,
  newPostings: row.new_postings, hits: row.hits, error: row.error,
});

export interface ScanRunResult {
  itemsSeen: number;
  newPostings: number;
  hits: number;
  error: string | null;
}

export function createScanRunsStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    start: db.prepare('INSERT INTO scan_runs (source_id, started_at) VALUES (?, ?)'),
    finish: db.prepare('UPDATE scan_runs SET finished_at = ?, items_seen = ?, new_postings = ?, hits = ?, error = ? WHERE id = ?'),
    recent: db.prepare('SELECT * FROM scan_runs WHERE source_id = ? ORDER BY id DESC LIMIT ?'),
    latest: db.prepare('SELECT * FROM scan_runs ORDER BY id DESC LIMIT 1'),
  };
  return {
    start(sourceId: string): number {
      return Number(statements.start.run(sourceId, clock().toISOString()).lastInsertRowid);
    },
    finish(runId: number, result: ScanRunResult): void {
      statements.finish.run(clock().toISOString(), result.itemsSeen, result.newPostings, result.hits, result.error?.slice(0, 1000) ?? null, runId);
    },
    /** Most recent runs of a source, newest first: the input of health checks. */
    recent(sourceId: string, limit = 10): ScanRun[] {
      return (statements.recent.all(sourceId, limit) as ScanRunRow[]).map(toScanRun);
    },
    latest(): ScanRun | undefined {
      const row = statements.latest.get() as ScanRunRow | undefined;
      return row ? toScanRun(row) : undefined;
    },
  };
}

export type ScanRunsStore = ReturnType<typeof createScanRunsStore>;
