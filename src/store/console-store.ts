import type { Db } from './open-database.js';
import type { SearchIndexStore } from './search-index-store.js';

/** The filters of the console's alert list; every one optional. */
export interface AlertFilter {
  orgId?: string;
  severity?: string;
  kind?: string;
  sourceId?: string;
  /** Case state; an alert without a case yet counts as `new`. */
  state?: string;
  fromIso?: string;
  toIso?: string;
}

export interface AlertListRow {
  alertId: number;
  number: string;
  createdAt: string;
  severity: string;
  orgId: string;
  orgName: string;
  kind: string;
  sourceId: string;
  state: string;
  recordCount: number | null;
  foundBy: string;
  seenAt: string;
  /** The start of the posting text (personal data already masked), for the list. */
  excerpt: string;
}

export interface PostingSearchRow {
  postingId: number;
  sourceId: string;
  seenAt: string;
  title: string | null;
  /** Around the matched words, with \u0001 before and \u0002 after each match; plain text otherwise. */
  snippet: string;
  alertNumbers: string | null;
}

const EXCERPT_CHARS = 160;
export const SNIPPET_OPEN = '\u0001';
export const SNIPPET_CLOSE = '\u0002';

/**
 * A user's search words as an FTS5 query: each word quoted, so no input is read
 * as FTS syntax (NEAR, column filters, a stray quote) and every word must be present.
 */
export function toFtsQuery(text: string): string | null {
  // Runs of letters and digits, as FTS5's unicode61 tokenizer cuts them: no quote survives.
  const words = (text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  return words.length === 0 ? null : words.map((word) => `"${word}"`).join(' ');
}

/** The read-only queries of the web console: lists, search and the figures behind its plots. */
export function createConsoleStore(db: Db, searchIndex: SearchIndexStore) {
  const where = `(@orgId IS NULL OR a.org_id = @orgId) AND (@severity IS NULL OR a.severity = @severity)
      AND (@kind IS NULL OR h.kind = @kind) AND (@sourceId IS NULL OR p.source_id = @sourceId)
      AND (@state IS NULL OR COALESCE(c.state, 'new') = @state)
      AND (@fromIso IS NULL OR a.created_at >= @fromIso) AND (@toIso IS NULL OR a.created_at < @toIso)`;
  const from = `alerts a JOIN hits h ON h.id = a.hit_id JOIN postings p ON p.id = h.posting_id LEFT JOIN cases c ON c.alert_id = a.id`;
  const statements = {
    alerts: db.prepare(`SELECT a.id AS alertId, a.number, a.created_at AS createdAt, a.severity, a.org_id AS orgId,
        COALESCE(o.name, a.org_id) AS orgName, h.kind, p.source_id AS sourceId, COALESCE(c.state, 'new') AS state,
        h.record_count AS recordCount, h.found_by AS foundBy, p.seen_at AS seenAt, substr(p.text, 1, ${EXCERPT_CHARS}) AS excerpt
      FROM ${from} LEFT JOIN organizations o ON o.id = a.org_id
      WHERE ${where} ORDER BY a.created_at DESC, a.id DESC LIMIT @limit OFFSET @offset`),
    alertCount: db.prepare(`SELECT COUNT(*) AS n FROM ${from} WHERE ${where}`),
    search: db.prepare(`SELECT p.id AS postingId, p.source_id AS sourceId, p.seen_at AS seenAt, p.title,
        snippet(postings_fts, 1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 24) AS snippet,
        (SELECT group_concat(a.number, ' ') FROM hits h JOIN alerts a ON a.hit_id = h.id WHERE h.posting_id = p.id) AS alertNumbers
      FROM postings_fts JOIN postings p ON p.id = postings_fts.rowid
      WHERE postings_fts MATCH @query ORDER BY postings_fts.rowid DESC LIMIT @limit OFFSET @offset`),
    searchCount: db.prepare('SELECT COUNT(*) AS n FROM postings_fts WHERE postings_fts MATCH ?'),
    sourceIds: db.prepare('SELECT source_id AS id FROM postings GROUP BY source_id ORDER BY source_id'),
    alertsPerDay: db.prepare(`SELECT substr(created_at, 1, 10) AS day, severity, COUNT(*) AS n FROM alerts WHERE created_at >= ?
      GROUP BY day, severity ORDER BY day`),
    topOrgs: db.prepare(`SELECT a.org_id AS orgId, COALESCE(o.name, a.org_id) AS orgName, COUNT(*) AS alerts,
        SUM(a.severity = 'critical') AS critical, SUM(a.severity = 'high') AS high, MAX(a.created_at) AS lastAt
      FROM alerts a LEFT JOIN organizations o ON o.id = a.org_id WHERE a.created_at >= ?
      GROUP BY a.org_id ORDER BY critical DESC, high DESC, alerts DESC LIMIT ?`),
    hitsPerOrg: db.prepare(`SELECT org_id AS orgId, COUNT(*) AS hits, MAX(created_at) AS lastAt FROM hits WHERE created_at >= ? GROUP BY org_id`),
    postingCount: db.prepare('SELECT COUNT(*) AS n FROM postings'),
    scanRuns: db.prepare(`SELECT id, started_at AS startedAt, finished_at AS finishedAt, items_seen AS itemsSeen, new_postings AS newPostings,
        hits, error FROM scan_runs WHERE source_id = ? ORDER BY id DESC LIMIT ?`),
    scannedSourceIds: db.prepare('SELECT source_id AS id FROM scan_runs GROUP BY source_id'),
  };
  const toParams = (filter: AlertFilter) => ({
    orgId: filter.orgId ?? null, severity: filter.severity ?? null, kind: filter.kind ?? null, sourceId: filter.sourceId ?? null,
    state: filter.state ?? null, fromIso: filter.fromIso ?? null, toIso: filter.toIso ?? null,
  });
  return {
    alerts(filter: AlertFilter, limit: number, offset: number): { rows: AlertListRow[]; total: number } {
      const params = toParams(filter);
      return {
        rows: statements.alerts.all({ ...params, limit, offset }) as AlertListRow[],
        total: (statements.alertCount.get(params) as { n: number }).n,
      };
    },
    /** Postings whose title or text has every word of `text`, newest first; those stored since the last search are indexed first. */
    search(text: string, limit: number, offset: number): { rows: PostingSearchRow[]; total: number } {
      const query = toFtsQuery(text);
      if (!query) return { rows: [], total: 0 };
      searchIndex.catchUp();
      return {
        rows: statements.search.all({ query, limit, offset }) as PostingSearchRow[],
        total: (statements.searchCount.get(query) as { n: number }).n,
      };
    },
    sourceIds(): string[] {
      return (statements.sourceIds.all() as { id: string }[]).map((row) => row.id);
    },
    scannedSourceIds(): string[] {
      return (statements.scannedSourceIds.all() as { id: string }[]).map((row) => row.id);
    },
    alertsPerDay(sinceIso: string): { day: string; severity: string; n: number }[] {
      return statements.alertsPerDay.all(sinceIso) as never;
    },
    topOrgs(sinceIso: string, limit = 10): { orgId: string; orgName: string; alerts: number; critical: number; high: number; lastAt: string }[] {
      return statements.topOrgs.all(sinceIso, limit) as never;
    },
    hitsPerOrg(sinceIso: string): Map<string, { hits: number; lastAt: string }> {
      return new Map((statements.hitsPerOrg.all(sinceIso) as { orgId: string; hits: number; lastAt: string }[]).map((row) => [row.orgId, row]));
    },
    postingCount(): number {
      return (statements.postingCount.get() as { n: number }).n;
    },
    scanRuns(sourceId: string, limit = 50): { id: number; startedAt: string; finishedAt: string | null; itemsSeen: number; newPostings: number; hits: number; error: string | null }[] {
      return statements.scanRuns.all(sourceId, limit) as never;
    },
  };
}

export type ConsoleStore = ReturnType<typeof createConsoleStore>;
