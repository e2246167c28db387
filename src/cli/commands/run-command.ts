import type { Command } from 'commander';
import type { Settings } from '../../config/settings.js';
import type { MonitorPart } from '../monitor-runtime.js';

export interface RunMonitorOptions {
  /** Stops the monitor like SIGINT does. */
  signal?: AbortSignal;
  /** The parts to start, in order; `MONITOR_PARTS` unless a test brings its own. */
  parts?: MonitorPart[];
  settings?: Settings;
}

/**
 * SIGINT, SIGTERM or the abort signal, listened for from the first line of `runMonitor`. Until
 * then Node's default applies, which kills the process with the database open; so the
 * listeners stay installed until the database is closed, and a second signal during the stop
 * cannot cut it short either.
 */
function listenForStop(signal: AbortSignal | undefined) {
  let reason: string | undefined;
  let resolveRequested!: (why: string) => void;
  const requested = new Promise<string>((resolve) => { resolveRequested = resolve; });
  const request = (why: string) => {
    if (reason !== undefined) return;
    reason = why;
    resolveRequested(why);
  };
  const onSigint = () => request('SIGINT');
  const onSigterm = () => request('SIGTERM');
  const onAbort = () => request('abort');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  if (signal?.aborted) request('abort');
  else signal?.addEventListener('abort', onAbort, { once: true });
  return {
    /** Why a stop was asked for, or undefined while none was. */
    get reason(): string | undefined { return reason; },
    requested,
    dispose(): void {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * The long-running monitor: every part started, alerts flowing from the outbox, until SIGINT
 * or SIGTERM. Stopping finishes the send in flight and closes the database. A signal during
 * start-up lets the step in progress finish, starts nothing more, and stops what did start.
 */
export async function runMonitor(options: RunMonitorOptions = {}): Promise<void> {
  const stopRequest = listenForStop(options.signal);
  try {
    // Loaded here, not at the top, so that other commands and --help do not import the monitor's
    // parts (Telegram, the browser, the HTTP stack).
    const { openAppContext } = await import('../app-context.js');
    const { createMonitorRuntime } = await import('../monitor-runtime.js');
    const parts = options.parts ?? (await import('../monitor-parts.js')).MONITOR_PARTS;
    const context = openAppContext(options.settings ? { settings: options.settings } : {});
    const { logger } = context;
    void stopRequest.requested.then((signal) => logger.info({ signal }, 'stopping'));
    const stops: (() => Promise<void>)[] = [];
    try {
      const runtime = await createMonitorRuntime(context, parts);
      // Stopped last (stops run in reverse): scans and listeners in flight still analyse.
      stops.push(() => runtime.closeAnalysis());
      if (stopRequest.reason === undefined) {
        runtime.dispatcher.start();
        stops.push(() => runtime.dispatcher.stop());
      }
      for (const part of parts) {
        if (stopRequest.reason !== undefined) break;
        const stop = await part.start?.(runtime);
        if (stop) stops.push(stop);
      }
      if (stopRequest.reason === undefined) {
        const organizations = context.detector.organizations().length;
        logger.info({ database: context.settings.DATABASE_PATH, organizations, parts: parts.map((part) => part.name) }, 'leakwatch monitor running; Ctrl-C to stop');
      }
      await stopRequest.requested;
    } finally {
      for (const stop of stops.reverse()) {
        await stop().catch((error: unknown) => logger.error({ err: error }, 'error while stopping'));
      }
      context.close();
      logger.info('stopped');
      logger.flush();
    }
  } finally {
    stopRequest.dispose();
  }
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('run the monitor until stopped (what `npm start` runs)')
    .action(async () => {
      await runMonitor();
    });
}
