import type { Command } from 'commander';
import { openAppContext } from '../app-context.js';
import { createMonitorRuntime } from '../monitor-runtime.js';
import { MONITOR_PARTS } from '../monitor-parts.js';

/**
 * The long-running monitor: every part started, alerts flowing from the outbox, until SIGINT
 * or SIGTERM. Stopping finishes the send in flight and closes the database.
 */
export async function runMonitor(options: { signal?: AbortSignal } = {}): Promise<void> {
  const context = openAppContext();
  const { logger } = context;
  const stops: (() => Promise<void>)[] = [];
  try {
    const runtime = await createMonitorRuntime(context, MONITOR_PARTS);
    const organizations = context.detector.organizations().length;
    runtime.dispatcher.start();
    stops.push(() => runtime.dispatcher.stop());
    for (const part of MONITOR_PARTS) {
      const stop = await part.start?.(runtime);
      if (stop) stops.push(stop);
    }
    logger.info({ database: context.settings.DATABASE_PATH, organizations, parts: MONITOR_PARTS.map((part) => part.name) }, 'leakwatch monitor running; Ctrl-C to stop');
    await new Promise<void>((resolve) => {
      const finish = (signal: string) => {
        logger.info({ signal }, 'stopping');
        resolve();
      };
      process.once('SIGINT', () => finish('SIGINT'));
      process.once('SIGTERM', () => finish('SIGTERM'));
      options.signal?.addEventListener('abort', () => finish('abort'), { once: true });
    });
  } finally {
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) => logger.error({ err: error }, 'error while stopping'));
    }
    context.close();
    logger.info('stopped');
    logger.flush();
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
