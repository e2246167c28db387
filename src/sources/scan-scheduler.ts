import { setTimeout as sleep } from 'node:timers/promises';
import { schedule, type ScheduledTask } from 'node-cron';
import type { SourceDeclaration } from './source-config.js';
import { scanSource, type ScanDeps, type ScanSummary } from './scan-source.js';

export interface SchedulerOptions {
  /** Run every source once soon after start (jittered), so a broken source shows up at once. */
  runOnStart?: boolean;
}

/**
 * node-cron per source. A source never runs twice at once: a tick that finds the previous run
 * still going is skipped (and logged). Each scheduled run starts after a random delay of up to
 * the source's jitterSeconds, so sources sharing a schedule do not all hit at the same second.
 */
export function createScanScheduler(sources: SourceDeclaration[], deps: ScanDeps, options: SchedulerOptions = {}) {
  const stopping = new AbortController();
  const signal = deps.signal ? AbortSignal.any([deps.signal, stopping.signal]) : stopping.signal;
  const runDeps: ScanDeps = { ...deps, signal };
  const running = new Map<string, Promise<ScanSummary>>();
  const tasks: ScheduledTask[] = [];
  const byId = new Map(sources.map((source) => [source.id, source]));

  const run = (source: SourceDeclaration, jitter: boolean): Promise<ScanSummary> | undefined => {
    const current = running.get(source.id);
    if (current) return undefined;
    const promise = (async () => {
      if (jitter && source.jitterSeconds > 0) await sleep(Math.random() * source.jitterSeconds * 1000, undefined, { signal }).catch(() => undefined);
      return scanSource(source, runDeps);
    })().finally(() => running.delete(source.id));
    running.set(source.id, promise);
    return promise;
  };

  const tick = (source: SourceDeclaration) => {
    if (signal.aborted) return;
    if (!run(source, true)) deps.logger.warn({ source: source.id }, 'previous run still going; this scheduled run is skipped');
  };

  return {
    start(): void {
      for (const source of sources) {
        tasks.push(schedule(source.schedule, () => tick(source), { name: `source:${source.id}` }));
        if (options.runOnStart ?? true) tick(source);
      }
      deps.logger.info({ sources: sources.map((source) => source.id) }, 'scheduled scans started');
    },
    /** Scan now, without jitter: one source or every scheduled one. A run in progress is awaited, not doubled. */
    async scanNow(sourceId?: string): Promise<ScanSummary[]> {
      const chosen = sourceId ? [byId.get(sourceId)].filter((source): source is SourceDeclaration => source !== undefined) : sources;
      return Promise.all(chosen.map((source) => run(source, false) ?? running.get(source.id)!));
    },
    has(sourceId: string): boolean {
      return byId.has(sourceId);
    },
    isRunning(sourceId: string): boolean {
      return running.has(sourceId);
    },
    async stop(): Promise<void> {
      for (const task of tasks) await task.destroy();
      stopping.abort(new Error('leakwatch is stopping'));
      await Promise.allSettled([...running.values()]);
    },
  };
}

export type ScanScheduler = ReturnType<typeof createScanScheduler>;
