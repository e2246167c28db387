import type { AlertSink } from '../alerts/alert-sink.js';
import { createConsoleSink } from '../alerts/console-sink.js';
import { createOutboxDispatcher, type OutboxDispatcher } from '../alerts/deliver-outbox.js';
import type { Alert } from '../store/index.js';
import { createPipeline, type AlertContext, type IngestResult, type Pipeline } from '../pipeline/ingest-posting.js';
import { createAnalysisPool, type AnalysisPool } from '../pipeline/analysis-pool.js';
import type { PostingRejectedError } from '../pipeline/validate-posting.js';
import type { Posting } from '../model/posting.js';
import type { AppContext } from './app-context.js';
import type { HuntRequest } from '../pipeline/retro-hunt-part.js';
import type { RetroHuntResult } from '../pipeline/retro-hunt.js';

/**
 * What the parts of a running monitor plug into. Each part (the Telegram bot, the source
 * scheduler, the case workflow) registers here during setup; the runtime then builds one
 * pipeline and one outbox dispatcher that use everything registered.
 */
export interface MonitorRegistry {
  sinks: AlertSink[];
  /** Destinations for a new alert; the union of all resolvers is used. */
  destinationResolvers: ((context: AlertContext) => string[])[];
  /** First non-null reason wins: the hit is kept, no alert is queued. */
  alertSuppressors: ((context: AlertContext) => string | null)[];
  alertListeners: ((alert: Alert, context: AlertContext) => void)[];
  /** Ways to tell the admins something once (a source broke, a chat removed the bot). */
  adminNotifiers: ((text: string) => Promise<void>)[];
  /**
   * Ways to tell the chats that got an alert something about its case (a repost, a 72-hour
   * reminder), in each chat's language. Set by the Telegram part; the cases part prints when none.
   */
  caseNotifiers?: ((alertId: number, text: Record<'en' | 'fr', string>) => Promise<void>)[];
  /** Start a scan now (all sources, or one); resolves to a one-line summary. Set by the source scheduler. */
  scanNow?: (sourceId?: string) => Promise<string>;
  /** Told of a triage made outside Telegram (the web console): the bot edits the alert's messages. */
  triageListeners: ((alertId: number) => void)[];
  /** Hunt the stored postings for organizations now (`/hunt`, the console). Set by the retro-hunt part. */
  huntNow?: (request: HuntRequest) => Promise<RetroHuntResult>;
}

export interface MonitorRuntime extends AppContext {
  registry: MonitorRegistry;
  pipeline: Pipeline;
  dispatcher: OutboxDispatcher;
  notifyAdmins(text: string): Promise<void>;
  /**
   * The pipeline's ingestAll with detection in the worker pool (ANALYSIS_THREADS; in-process when
   * 0): what scans, listeners and `ingest` use, so the event loop never waits on a posting.
   */
  ingestAll(postings: readonly Posting[]): Promise<(IngestResult | PostingRejectedError)[]>;
  /** Ends the worker threads; after the parts that ingest have stopped. */
  closeAnalysis(): Promise<void>;
}

/** A part of the monitor: registers what it offers, then starts; returns how to stop it. */
export interface MonitorPart {
  name: string;
  setup?(registry: MonitorRegistry, context: AppContext): void | Promise<void>;
  start?(runtime: MonitorRuntime): Promise<(() => Promise<void>) | void>;
}

export async function createMonitorRuntime(context: AppContext, parts: MonitorPart[]): Promise<MonitorRuntime> {
  const registry: MonitorRegistry = { sinks: [], destinationResolvers: [], alertSuppressors: [], alertListeners: [], adminNotifiers: [], caseNotifiers: [], triageListeners: [] };
  for (const part of parts) await part.setup?.(registry, context);
  if (registry.sinks.length === 0) {
    registry.sinks.push(createConsoleSink(undefined, { language: context.settings.ALERT_LANGUAGE }));
    registry.destinationResolvers.push(() => ['console']);
  }
  const notifyAdmins = async (text: string) => {
    if (registry.adminNotifiers.length === 0) context.logger.warn({ notice: text }, 'admin notice');
    for (const notify of registry.adminNotifiers) await notify(text).catch((error: unknown) => context.logger.error({ err: error }, 'admin notice failed'));
  };
  const dispatcher = createOutboxDispatcher({
    store: context.store,
    sinks: registry.sinks,
    onFailed: (destination, reason) => void notifyAdmins(`Alert delivery to ${destination} failed for good: ${reason}`),
  });
  const pipeline = createPipeline({
    store: context.store,
    detector: context.detector,
    destinationsFor: (alertContext) => [...new Set(registry.destinationResolvers.flatMap((resolve) => resolve(alertContext)))],
    suppressAlert: (alertContext) => {
      for (const suppress of registry.alertSuppressors) {
        const reason = suppress(alertContext);
        if (reason !== null) return reason;
      }
      return null;
    },
    onAlertQueued: (alert, alertContext) => {
      for (const listen of registry.alertListeners) listen(alert, alertContext);
      dispatcher.wake();
    },
  });
  // Started on first use: commands that never ingest start no threads.
  let pool: AnalysisPool | undefined;
  const ingestAll = async (postings: readonly Posting[]) => {
    if (context.settings.ANALYSIS_THREADS === 0) return pipeline.ingestAll(postings);
    pool ??= createAnalysisPool({ detector: context.detector, budgetSecs: context.settings.ANALYSIS_BUDGET_SECS, threads: context.settings.ANALYSIS_THREADS, logger: context.logger });
    return pipeline.ingestAllInPool(postings, pool);
  };
  const closeAnalysis = async () => {
    const closing = pool;
    pool = undefined;
    await closing?.close();
  };
  return { ...context, registry, pipeline, dispatcher, notifyAdmins, ingestAll, closeAnalysis };
}
