import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

export type SourceHealthStatus = 'unknown' | 'healthy' | 'unhealthy';

/** A source's health and progress as last recorded. */
export interface SourceState {
  sourceId: string;
  health: SourceHealthStatus;
  consecutiveFailures: number;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastItems: number | null;
  bestItems: number;
  lastError: string | null;
  unhealthySince: string | null;
  cursor: string | null;
}

interface SourceStateRow {
  source_id: string; health: SourceHealthStatus; consecutive_failures: number; last_run_at: string | null; last_success_at: string | null;
  last_items: number | null; best_items: number; last_error: string | null; unhealthy_since: string | null; cursor: string | null;
}

const toSourceState = (row: SourceStateRow): SourceState => ({
  sourceId: row.source_id, health: row.health, consecutiveFailures: row.consecutive_failures, lastRunAt: row.last_run_at,
  lastSuccessAt: row.last_success_at, lastItems: row.last_items, bestItems: row.best_items, lastError: row.last_error,
  unhealthySince: row.unhealthy_since, cursor: row.cursor,
});

/** A source as `leakwatch status` shows it: its declaration as last synced (if any) and its state. */
export interface SourceOverview {
  sourceId: string;
  /** null when the source ran (a `leakwatch scan`) but the monitor never synced its declaration. */
  type: string | null;
  enabled: boolean | null;
  health: SourceHealthStatus;
  consecutiveFailures: number;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastItems: number | null;
  lastError: string | null;
  unhealthySince: string | null;
}

interface SourceOverviewRow {
  source_id: string; type: string | null; enabled: number | null; health: SourceHealthStatus | null; consecutive_failures: number | null;
  last_run_at: string | null; last_success_at: string | null; last_items: number | null; last_error: string | null; unhealthy_since: string | null;
}

const toSourceOverview = (row: SourceOverviewRow): SourceOverview => ({
  sourceId: row.source_id, type: row.type, enabled: row.enabled === null ? null : row.enabled === 1, health: row.health ?? 'unknown',
  consecutiveFailures: row.consecutive_failures ?? 0, lastRunAt: row.last_run_at, lastSuccessAt: row.last_success_at, lastItems: row.last_items,
  lastError: row.last_error, unhealthySince: row.unhealthy_since,
});

export const emptySourceState = (sourceId: string): SourceState => ({
  sourceId, health: 'unknown', consecutiveFailures: 0, lastRunAt: null, lastSuccessAt: null, lastItems: null, bestItems: 0,
  lastError: null, unhealthySince: null, cursor: null,
});

/** The declared sources (as last loaded) and their health, cursors and counters. */
export function createSourcesStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    upsertDeclaration: db.prepare(`INSERT INTO sources (id, type, config, enabled, created_at, updated_at) VALUES (@id, @type, @config, @enabled, @now, @now)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, config = excluded.config, enabled = excluded.enabled,
        updated_at = CASE WHEN sources.config = excluded.config AND sources.enabled = excluded.enabled THEN sources.updated_at ELSE excluded.updated_at END`),
    getState: db.prepare('SELECT * FROM source_state WHERE source_id = ?'),
    allStates: db.prepare('SELECT * FROM source_state ORDER BY source_id'),
    overview: db.prepare(`SELECT d.id AS source_id, d.type, d.enabled, s.health, s.consecutive_failures, s.last_run_at, s.last_success_at, s.last_items,
        s.last_error, s.unhealthy_since
      FROM sources d LEFT JOIN source_state s ON s.source_id = d.id
      UNION ALL
      SELECT s.source_id, NULL, NULL, s.health, s.consecutive_failures, s.last_run_at, s.last_success_at, s.last_items, s.last_error, s.unhealthy_since
      FROM source_state s WHERE s.source_id NOT IN (SELECT id FROM sources)
      ORDER BY source_id`),
    saveState: db.prepare(`INSERT INTO source_state (source_id, health, consecutive_failures, last_run_at, last_success_at, last_items, best_items,
        last_error, unhealthy_since, cursor, updated_at)
      VALUES (@sourceId, @health, @consecutiveFailures, @lastRunAt, @lastSuccessAt, @lastItems, @bestItems, @lastError, @unhealthySince, @cursor, @now)
      ON CONFLICT (source_id) DO UPDATE SET health = excluded.health, consecutive_failures = excluded.consecutive_failures,
        last_run_at = excluded.last_run_at, last_success_at = excluded.last_success_at, last_items = excluded.last_items,
        best_items = excluded.best_items, last_error = excluded.last_error, unhealthy_since = excluded.unhealthy_since,
        cursor = excluded.cursor, updated_at = excluded.updated_at`),
  };
  return {
    /** Record the declarations as loaded, so the database shows what each source id was. */
    syncDeclarations(declarations: { id: string; type: string; enabled: boolean; config: unknown }[]): void {
      const now = clock().toISOString();
      db.transaction(() => {
        for (const declaration of declarations) {
          statements.upsertDeclaration.run({ id: declaration.id, type: declaration.type, config: JSON.stringify(declaration.config), enabled: declaration.enabled ? 1 : 0, now });
        }
      })();
    },
    getState(sourceId: string): SourceState {
      const row = statements.getState.get(sourceId) as SourceStateRow | undefined;
      return row ? toSourceState(row) : emptySourceState(sourceId);
    },
    listStates(): SourceState[] {
      return (statements.allStates.all() as SourceStateRow[]).map(toSourceState);
    },
    /** Every source declared or run, with its last scan: what `leakwatch status` reports. */
    overview(): SourceOverview[] {
      return (statements.overview.all() as SourceOverviewRow[]).map(toSourceOverview);
    },
    saveState(state: SourceState): void {
      statements.saveState.run({ ...state, lastError: state.lastError?.slice(0, 1000) ?? null, now: clock().toISOString() });
    },
  };
}

export type SourcesStore = ReturnType<typeof createSourcesStore>;
