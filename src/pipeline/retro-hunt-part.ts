import type { MonitorPart, MonitorRuntime } from '../cli/monitor-runtime.js';
import { compileDetector } from '../detection/index.js';
import { runRetroHunt, type RetroHuntProgress, type RetroHuntResult } from './retro-hunt.js';

export interface HuntRequest {
  /** Organizations to hunt; every watched organization when empty. */
  orgIds: string[];
  actor: string;
  auditId?: number | null;
  sinceIso?: string | null;
  onProgress?: (progress: RetroHuntProgress) => void;
}

/** A retro-hunt with what a monitor (or a CLI command that built one) has: its pipeline, detector and settings. */
export function huntArchive(runtime: MonitorRuntime, request: HuntRequest): Promise<RetroHuntResult> {
  const organizations = runtime.detector.organizations();
  return runRetroHunt({
    store: runtime.store,
    pipeline: runtime.pipeline,
    compile: compileDetector,
    organizations,
    detector: runtime.detector.current(),
    orgIds: request.orgIds.length > 0 ? request.orgIds : organizations.map((org) => org.id),
    actor: request.actor,
    auditId: request.auditId ?? null,
    sinceIso: request.sinceIso ?? null,
    alertHorizonDays: runtime.settings.RETRO_HUNT_ALERT_DAYS,
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
}

export interface RetroHuntPartOptions {
  /** How often the audit log is checked for watchlist changes made elsewhere (CLI, another process). */
  pollMs?: number;
}

/**
 * Hunts the archive after every watchlist change that can add matches (an organization added or
 * updated, an import, a new alias, domain or keyword), whoever made it: the bot, the CLI, an
 * import. Changes are read from the audit log, so a change made by another process is hunted too.
 * One hunt at a time; `/hunt` goes through the same queue.
 */
export function createRetroHuntPart(options: RetroHuntPartOptions = {}): MonitorPart {
  const pollMs = options.pollMs ?? 5_000;
  return {
    name: 'retro-hunt',
    async start(runtime) {
      const { store, logger } = runtime;
      // Changes before the first start of a monitor that hunts are not hunted: a database that
      // predates retro-hunts would otherwise alert on its whole history at once.
      let cursor = store.retroHunts.lastHuntedAuditId() ?? store.retroHunts.lastAuditId();
      let queue: Promise<unknown> = Promise.resolve();
      let stopped = false;
      const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
        const result = queue.then(work);
        queue = result.catch(() => undefined);
        return result;
      };
      const huntNow = (request: HuntRequest) => enqueue(() => huntArchive(runtime, request));
      runtime.registry.huntNow = huntNow;
      const poll = () => enqueue(async () => {
        if (stopped) return;
        for (const change of store.retroHunts.changesSince(cursor)) {
          if (stopped) return;
          const watched = new Set(runtime.detector.organizations().map((org) => org.id));
          const orgIds = change.orgIds.filter((id) => watched.has(id));
          if (orgIds.length > 0) {
            const result = await huntArchive(runtime, { orgIds, actor: `retro-hunt after ${change.action}`, auditId: change.auditId });
            logger.info({ orgIds: orgIds.slice(0, 20), read: result.postingsRead, hits: result.hitsFound, alerts: result.alertsQueued, seconds: Number(result.seconds.toFixed(2)) }, 'retro-hunt after a watchlist change');
          }
          cursor = change.auditId;
        }
      }).catch((error: unknown) => logger.error({ err: error }, 'retro-hunt failed'));
      const timer = setInterval(() => void poll(), pollMs);
      timer.unref();
      void poll();
      return async () => {
        stopped = true;
        clearInterval(timer);
        runtime.registry.huntNow = undefined;
        await queue;
      };
    },
  };
}

export const retroHuntPart = createRetroHuntPart();
