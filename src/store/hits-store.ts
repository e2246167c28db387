import type { Analysis, DataType, PostingKind, Severity } from '../model/analysis.js';
import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

export interface Hit {
  id: number;
  postingId: number;
  orgId: string;
  kind: PostingKind;
  severity: Severity;
  recordCount: number | null;
  dataTypes: DataType[];
  analysis: Analysis;
  createdAt: string;
  /** 'retro-hunt' when a watchlist change found it in postings stored before it. */
  foundBy: HitOrigin;
}

export type HitOrigin = 'ingest' | 'retro-hunt';

/** A hit with what a person needs to read it: the organization and where it was seen. */
export interface HitSummary extends Hit {
  orgName: string;
  sourceId: string;
  url: string | null;
  text: string;
  alertNumber: string | null;
}

interface HitRow {
  id: number; posting_id: number; org_id: string; kind: string; severity: string; record_count: number | null;
  data_types: string; analysis: string; created_at: string; found_by: string;
}

const toHit = (row: HitRow): Hit => ({
  id: row.id,
  postingId: row.posting_id,
  orgId: row.org_id,
  kind: row.kind as PostingKind,
  severity: row.severity as Severity,
  recordCount: row.record_count,
  dataTypes: JSON.parse(row.data_types),
  analysis: JSON.parse(row.analysis),
  createdAt: row.created_at,
  foundBy: row.found_by as HitOrigin,
});

export interface HitQuery {
  orgId?: string;
  sinceIso?: string;
  limit?: number;
  offset?: number;
}

export function createHitsStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    insert: db.prepare(`INSERT OR IGNORE INTO hits (posting_id, org_id, kind, severity, record_count, data_types, analysis, created_at, found_by)
      VALUES (@postingId, @orgId, @kind, @severity, @recordCount, @dataTypes, @analysis, @now, @foundBy)`),
    byId: db.prepare('SELECT * FROM hits WHERE id = ?'),
    query: db.prepare(`SELECT h.*, o.name AS org_name, p.source_id, p.url, p.text, a.number AS alert_number
      FROM hits h JOIN organizations o ON o.id = h.org_id JOIN postings p ON p.id = h.posting_id
      LEFT JOIN alerts a ON a.hit_id = h.id
      WHERE (@orgId IS NULL OR h.org_id = @orgId) AND (@since IS NULL OR h.created_at >= @since)
      ORDER BY h.created_at DESC, h.id DESC LIMIT @limit OFFSET @offset`),
    count: db.prepare('SELECT COUNT(*) AS n FROM hits'),
  };

  return {
    /** Insert a hit; returns its id, or undefined when this posting already had a hit for the org. */
    insert(postingId: number, orgId: string, analysis: Analysis, foundBy: HitOrigin = 'ingest'): number | undefined {
      const result = statements.insert.run({
        postingId,
        orgId,
        kind: analysis.kind,
        severity: analysis.severity,
        recordCount: analysis.recordCount,
        dataTypes: JSON.stringify(analysis.dataTypes),
        analysis: JSON.stringify(analysis),
        now: clock().toISOString(),
        foundBy,
      });
      return result.changes > 0 ? Number(result.lastInsertRowid) : undefined;
    },
    get(id: number): Hit | undefined {
      const row = statements.byId.get(id) as HitRow | undefined;
      return row ? toHit(row) : undefined;
    },
    query(query: HitQuery = {}): HitSummary[] {
      const rows = statements.query.all({
        orgId: query.orgId ?? null,
        since: query.sinceIso ?? null,
        limit: query.limit ?? 100,
        offset: query.offset ?? 0,
      }) as (HitRow & { org_name: string; source_id: string; url: string | null; text: string; alert_number: string | null })[];
      return rows.map((row) => ({ ...toHit(row), orgName: row.org_name, sourceId: row.source_id, url: row.url, text: row.text, alertNumber: row.alert_number }));
    },
    count(): number {
      return (statements.count.get() as { n: number }).n;
    },
  };
}

export type HitsStore = ReturnType<typeof createHitsStore>;
