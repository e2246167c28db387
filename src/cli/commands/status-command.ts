import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { StoreError } from '../../config/errors.js';
import { parseDurationMs } from '../../config/parse-duration.js';
import { CommandResult, EXIT } from '../exit-codes.js';
import type { MonitorStatus } from '../monitor-status.js';
import { toTable } from '../print-table.js';

const when = (iso: string | null): string => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '-');

/**
 * `leakwatch status`: the monitor's health as its database records it, for a person, a Docker
 * HEALTHCHECK or a systemd timer. Exit code 0 healthy, 1 unhealthy, 2 when the database cannot
 * be read. It opens the database read-only and never creates one.
 */
export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('health of the monitor: last scan per source, outbox depth, last delivery; exit code 1 when unhealthy')
    .option('--json', 'print the status as one JSON object')
    .option('--max-outbox-delay <duration>', 'unhealthy when a queued alert has been due this long', '30m')
    .option('--max-scan-age <duration>', 'unhealthy when no source has been scanned this long (set it above your longest schedule)', '3h')
    .action(async (options: { json?: boolean; maxOutboxDelay: string; maxScanAge: string }) => {
      const limits = { maxOutboxDelayMs: parseDurationMs(options.maxOutboxDelay, '--max-outbox-delay'), maxScanAgeMs: parseDurationMs(options.maxScanAge, '--max-scan-age') };
      // Loaded when the command runs, not when the program is built (see check-command.ts).
      const { loadSettingsFromEnvironment } = await import('../../config/load-env.js');
      const { openStore } = await import('../../store/index.js');
      const { readMonitorStatus } = await import('../monitor-status.js');
      const path = loadSettingsFromEnvironment().DATABASE_PATH;
      if (!existsSync(path)) {
        throw new StoreError(`No database at ${path}: the monitor has not started yet, or DATABASE_PATH points elsewhere.`);
      }
      const store = openStore(path, { readonly: true });
      let status: MonitorStatus;
      try {
        status = readMonitorStatus(store, path, limits);
      } finally {
        store.close();
      }
      process.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : toStatusText(status));
      if (!status.healthy) CommandResult.exitCode = EXIT.findings;
    });
}

function toStatusText(status: MonitorStatus): string {
  const { outbox, database } = status;
  const lines = [
    `leakwatch is ${status.healthy ? 'healthy' : 'UNHEALTHY'} (checked ${when(status.checkedAt)})`,
    `database:  ${database.path} (schema ${database.schemaVersion}, ${database.organizations} organizations)`,
    `outbox:    ${outbox.queued} queued (${outbox.retrying} retrying), ${outbox.sent} sent, ${outbox.failed} failed; last sent ${outbox.lastSent ? `${when(outbox.lastSent.at)} to ${outbox.lastSent.destination}` : 'never'}`,
    ...(outbox.lastError ? [`           last error (${outbox.lastError.destination}): ${outbox.lastError.error}`] : []),
    `last scan: ${when(status.lastScanAt)}`,
  ];
  if (status.sources.length > 0) {
    lines.push('', toTable(['source', 'type', 'enabled', 'health', 'last run', 'last success', 'items', 'last error'], status.sources.map((source) => [
      source.sourceId, source.type ?? '-', source.enabled === null ? '-' : source.enabled ? 'yes' : 'no',
      source.health + (source.consecutiveFailures > 0 ? ` (${source.consecutiveFailures} failed)` : ''),
      when(source.lastRunAt), when(source.lastSuccessAt), source.lastItems ?? '-', source.lastError ?? '',
    ])));
  }
  for (const [title, items] of [['problems', status.problems], ['warnings', status.warnings]] as const) {
    if (items.length > 0) lines.push('', `${title}:`, ...items.map((item) => `- ${item}`));
  }
  return `${lines.join('\n')}\n`;
}
