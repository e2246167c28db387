import { schemaVersion, type OutboxOverview, type SourceOverview, type Store } from '../store/index.js';

/**
 * When `leakwatch status` calls the monitor unhealthy (docs/operations.md states the rule). A
 * single failing source is a warning, not a reason: restarting the monitor does not bring a
 * leak site back, and a health check that fails for it would restart a working monitor.
 */
export interface HealthLimits {
  /** A queued delivery due for longer than this: nothing is sending the outbox. */
  maxOutboxDelayMs: number;
  /** No source scanned for longer than this, once one has been: the scheduler has stopped. */
  maxScanAgeMs: number;
}

export const DEFAULT_HEALTH_LIMITS: HealthLimits = { maxOutboxDelayMs: 30 * 60_000, maxScanAgeMs: 3 * 60 * 60_000 };

/** What `leakwatch status --json` prints. */
export interface MonitorStatus {
  healthy: boolean;
  /** Why it is unhealthy; empty when healthy. */
  problems: string[];
  /** Worth a look, but not unhealthy: one source failing while others work, no scan yet. */
  warnings: string[];
  checkedAt: string;
  database: { path: string; schemaVersion: number; organizations: number };
  /** The newest scan of any source. */
  lastScanAt: string | null;
  sources: SourceOverview[];
  outbox: OutboxOverview;
}

const toAge = (ms: number): string => {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return `${Math.floor(hours / 24)} days`;
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
};

/** Read the monitor's health from its database: the last scan of each source and the outbox. */
export function readMonitorStatus(store: Store, databasePath: string, limits: HealthLimits = DEFAULT_HEALTH_LIMITS): MonitorStatus {
  const now = store.clock();
  const sources = store.sources.overview();
  const outbox = store.alerts.outboxOverview();
  const problems: string[] = [];
  const warnings: string[] = [];

  if (outbox.nextAttemptAt !== null) {
    const overdueMs = now.getTime() - Date.parse(outbox.nextAttemptAt);
    if (overdueMs > limits.maxOutboxDelayMs) {
      problems.push(`outbox: ${outbox.queued} deliveries queued, one due for ${toAge(overdueMs)} (limit ${toAge(limits.maxOutboxDelayMs)}): nothing is sending them; is \`leakwatch run\` running?`);
    }
  }

  const watched = sources.filter((source) => source.enabled !== false);
  const lastScanAt = sources.reduce<string | null>((newest, source) => (source.lastRunAt !== null && (newest === null || source.lastRunAt > newest) ? source.lastRunAt : newest), null);
  if (lastScanAt === null) {
    if (watched.length > 0) warnings.push(`no source has been scanned yet (${watched.length} declared)`);
  } else if (now.getTime() - Date.parse(lastScanAt) > limits.maxScanAgeMs) {
    problems.push(`scans: no source scanned for ${toAge(now.getTime() - Date.parse(lastScanAt))} (limit ${toAge(limits.maxScanAgeMs)}): the scheduler is not running`);
  }

  const ran = watched.filter((source) => source.lastRunAt !== null);
  const failing = ran.filter((source) => source.health === 'unhealthy');
  if (ran.length > 0 && failing.length === ran.length) {
    problems.push(`sources: all ${ran.length} sources that have run are unhealthy (network, proxy or Tor down?); first error: ${failing[0]!.lastError ?? 'none recorded'}`);
  } else {
    for (const source of failing) warnings.push(`source ${source.sourceId} unhealthy since ${source.unhealthySince ?? source.lastRunAt}: ${source.lastError ?? 'no error recorded'}`);
  }

  return {
    healthy: problems.length === 0,
    problems,
    warnings,
    checkedAt: now.toISOString(),
    database: { path: databasePath, schemaVersion: schemaVersion(store.db), organizations: store.watchlist.count() },
    lastScanAt,
    sources,
    outbox,
  };
}
