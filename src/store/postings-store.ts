import type { Posting, SourceKind, StatedVictim } from '../model/posting.js';
import type { Db } from './open-database.js';
import { atomically } from './atomically.js';
import { systemClock, type Clock } from './clock.js';

export interface StoredPosting extends Posting {
  id: number;
  seenAt: string;
  lastSeenAt: string;
  contentHash: string;
  duplicateOf: number | null;
}

interface PostingRow {
  id: number; source_id: string; external_id: string; source_kind: string | null; title: string | null; text: string;
  url: string | null; author: string | null; published_at: string | null; seen_at: string; last_seen_at: string;
  content_hash: string; screenshot: string | null; meta: string; duplicate_of: number | null;
}

const toStoredPosting = (row: PostingRow): StoredPosting => ({
  id: row.id,
  sourceId: row.source_id,
  externalId: row.external_id,
  ...(row.source_kind ? { sourceKind: row.source_kind as SourceKind } : {}),
  text: row.text,
  ...(row.title ? { title: row.title } : {}),
  ...(row.url ? { url: row.url } : {}),
  ...(row.author ? { author: row.author } : {}),
  ...(row.published_at ? { publishedAt: row.published_at } : {}),
  ...(row.screenshot ? { screenshotPath: row.screenshot } : {}),
  ...splitVictim(JSON.parse(row.meta) as Record<string, unknown>),
  seenAt: row.seen_at,
  lastSeenAt: row.last_seen_at,
  contentHash: row.content_hash,
  duplicateOf: row.duplicate_of,
});

/**
 * The stated victim is kept in the meta column (key `victim`), so a retro-hunt reads a posting
 * as detection first did, without a column per field a source may state.
 */
function splitVictim(meta: Record<string, unknown>): { meta: Record<string, unknown>; victim?: StatedVictim } {
  const { victim, ...rest } = meta;
  const stated = victim as StatedVictim | undefined;
  return typeof stated?.name === 'string' ? { meta: rest, victim: stated } : { meta };
}

const toMetaColumn = (posting: Posting): string => JSON.stringify({ ...(posting.meta ?? {}), ...(posting.victim ? { victim: posting.victim } : {}) });

export function createPostingsStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    bySourceId: db.prepare('SELECT * FROM postings WHERE source_id = ? AND external_id = ?'),
    byId: db.prepare('SELECT * FROM postings WHERE id = ?'),
    // posting_hashes keeps the hashes an edit replaced, so an old text still finds its posting.
    firstWithHash: db.prepare(`SELECT p.id FROM posting_hashes h JOIN postings p ON p.id = h.posting_id
      WHERE h.content_hash = ? AND p.duplicate_of IS NULL ORDER BY p.id LIMIT 1`),
    recordHash: db.prepare('INSERT OR IGNORE INTO posting_hashes (content_hash, posting_id, recorded_at) VALUES (?, ?, ?)'),
    hashesOf: db.prepare('SELECT content_hash FROM posting_hashes WHERE posting_id = ? ORDER BY recorded_at, content_hash'),
    insert: db.prepare(`INSERT INTO postings (source_id, external_id, source_kind, title, text, url, author, published_at,
        seen_at, last_seen_at, content_hash, screenshot, meta, duplicate_of, not_analysed_reason)
      VALUES (@sourceId, @externalId, @sourceKind, @title, @text, @url, @author, @publishedAt, @now, @now, @contentHash,
        @screenshot, @meta, @duplicateOf, @notAnalysed)`),
    seenAgain: db.prepare('UPDATE postings SET last_seen_at = ? WHERE id = ?'),
    replaceText: db.prepare('UPDATE postings SET text = ?, title = ?, content_hash = ?, last_seen_at = ?, meta = ?, not_analysed_reason = ? WHERE id = ?'),
    knownExternalIds: db.prepare('SELECT external_id FROM postings WHERE source_id = ? AND external_id IN (SELECT value FROM json_each(?))'),
    // Duplicates are left out: ingest never analysed them either, their original carries the hit.
    archivePage: db.prepare(`SELECT * FROM postings WHERE id > @afterId AND duplicate_of IS NULL AND (@since IS NULL OR seen_at >= @since)
      ORDER BY id LIMIT @limit`),
    archiveCount: db.prepare('SELECT COUNT(*) AS n FROM postings WHERE duplicate_of IS NULL AND (@since IS NULL OR seen_at >= @since)'),
    notAnalysedBySource: db.prepare(`SELECT source_id, COUNT(*) AS count, MAX(last_seen_at) AS last_at FROM postings
      WHERE not_analysed_reason IS NOT NULL GROUP BY source_id`),
  };

  return {
    findBySourceId(sourceId: string, externalId: string): StoredPosting | undefined {
      const row = statements.bySourceId.get(sourceId, externalId) as PostingRow | undefined;
      return row ? toStoredPosting(row) : undefined;
    },
    get(id: number): StoredPosting | undefined {
      const row = statements.byId.get(id) as PostingRow | undefined;
      return row ? toStoredPosting(row) : undefined;
    },
    /** The first posting stored with this content, now or before an edit, whatever its source. */
    findOriginalByHash(contentHash: string): number | undefined {
      return (statements.firstWithHash.get(contentHash) as { id: number } | undefined)?.id;
    },
    /**
     * Store a posting and remember its content hash; one transaction, so neither exists without the
     * other. `notAnalysed` is why it was stored without analysis (over its time budget), if it was.
     */
    insert(posting: Posting, contentHash: string, duplicateOf: number | null, notAnalysed: string | null = null): number {
      return atomically(db, () => {
        const now = clock().toISOString();
        const result = statements.insert.run({
          sourceId: posting.sourceId,
          externalId: posting.externalId,
          sourceKind: posting.sourceKind ?? null,
          title: posting.title ?? null,
          text: posting.text,
          url: posting.url ?? null,
          author: posting.author ?? null,
          publishedAt: posting.publishedAt ?? null,
          now,
          contentHash,
          screenshot: posting.screenshotPath ?? null,
          meta: toMetaColumn(posting),
          duplicateOf,
          notAnalysed,
        });
        const id = Number(result.lastInsertRowid);
        statements.recordHash.run(contentHash, id, now);
        return id;
      });
    },
    markSeenAgain(id: number): void {
      statements.seenAgain.run(clock().toISOString(), id);
    },
    /** An edited posting (Telegram edits, a forum post updated in place). */
    replaceText(id: number, posting: Posting, contentHash: string, notAnalysed: string | null = null): void {
      atomically(db, () => {
        const now = clock().toISOString();
        statements.replaceText.run(posting.text, posting.title ?? null, contentHash, now, toMetaColumn(posting), notAnalysed, id);
        statements.recordHash.run(contentHash, id, now);
      });
    },
    /** Every content hash this posting has had, oldest first. */
    hashesOf(id: number): string[] {
      return (statements.hashesOf.all(id) as { content_hash: string }[]).map((row) => row.content_hash);
    },
    /** Stored postings (originals, not duplicates) after `afterId` in id order: how a retro-hunt pages through the archive. */
    archivePage(afterId: number, limit: number, sinceIso: string | null = null): StoredPosting[] {
      return (statements.archivePage.all({ afterId, limit, since: sinceIso }) as PostingRow[]).map(toStoredPosting);
    },
    archiveCount(sinceIso: string | null = null): number {
      return (statements.archiveCount.get({ since: sinceIso }) as { n: number }).n;
    },
    /** Per source, how many of its postings are stored without analysis (over ANALYSIS_BUDGET_SECS), and the last time. */
    notAnalysedBySource(): Map<string, { count: number; lastAt: string }> {
      const rows = statements.notAnalysedBySource.all() as { source_id: string; count: number; last_at: string }[];
      return new Map(rows.map((row) => [row.source_id, { count: row.count, lastAt: row.last_at }]));
    },
    /** Which of these external ids a source has already stored: scans pass only new items on. */
    knownExternalIds(sourceId: string, externalIds: string[]): Set<string> {
      const rows = statements.knownExternalIds.all(sourceId, JSON.stringify(externalIds)) as { external_id: string }[];
      return new Set(rows.map((row) => row.external_id));
    },
  };
}

export type PostingsStore = ReturnType<typeof createPostingsStore>;
