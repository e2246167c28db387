import type { Command } from 'commander';
import { InputError } from '../../config/errors.js';
import type { AppContext } from '../app-context.js';
import { toTable } from '../print-table.js';

export interface CliHuntOptions {
  orgIds: string[];
  actor: string;
  auditId?: number | null;
  sinceIso?: string | null;
  deliver: boolean;
}

/**
 * A retro-hunt from the CLI: progress on stderr, a summary on stdout, then the alerts it queued
 * sent (unless told not to), as `leakwatch ingest` does.
 */
export async function huntFromCli(context: AppContext, options: CliHuntOptions): Promise<void> {
  // Loaded when a hunt runs: the monitor's parts are not needed by the rest of the CLI.
  const { createMonitorRuntime } = await import('../monitor-runtime.js');
  const { MONITOR_PARTS } = await import('../monitor-parts.js');
  const { huntArchive } = await import('../../pipeline/retro-hunt-part.js');
  const runtime = await createMonitorRuntime(context, MONITOR_PARTS);
  const interactive = process.stderr.isTTY === true;
  let lastLine = 0;
  const result = await huntArchive(runtime, {
    orgIds: options.orgIds,
    actor: options.actor,
    auditId: options.auditId ?? null,
    sinceIso: options.sinceIso ?? null,
    onProgress: ({ postingsRead, postingsTotal, hitsFound }) => {
      const line = `hunting: ${postingsRead}/${postingsTotal} postings read, ${hitsFound} hits`;
      if (interactive) process.stderr.write(`\r${line}`);
      else if (Date.now() - lastLine > 2_000) { process.stderr.write(`${line}\n`); lastLine = Date.now(); }
    },
  });
  if (interactive) process.stderr.write('\n');
  const sent = options.deliver ? await runtime.dispatcher.drainOnce() : 0;
  const who = options.orgIds.length > 0 ? options.orgIds.join(', ') : 'every watched organization';
  process.stdout.write(`retro-hunt for ${who}:\n${toTable(['postings read', 'mentioning', 'new hits', 'alerts queued', 'alerts sent', 'seconds'],
    [[result.postingsRead, result.candidates, result.hitsFound, result.alertsQueued, sent, result.seconds.toFixed(2)]])}\n`);
}

export function registerHuntCommand(program: Command): void {
  program
    .command('hunt [org]')
    .description('search the stored postings for one organization (or all) with the current watchlist, storing and alerting new hits')
    .option('--since <duration>', 'only postings first seen within this duration (30d, 12w)')
    .option('--no-deliver', 'queue the alerts in the outbox without sending them now')
    .action(async (org: string | undefined, options: { since?: string; deliver: boolean }) => {
      const { parseDurationMs } = await import('../../config/parse-duration.js');
      const sinceMs = options.since ? parseDurationMs(options.since, '--since duration') : undefined;
      const { openAppContext } = await import('../app-context.js');
      const context = openAppContext();
      try {
        if (org && !context.store.watchlist.get(org)) throw new InputError(`No organization with id "${org}" in the watchlist: see \`leakwatch watch list\`.`);
        await huntFromCli(context, {
          orgIds: org ? [org] : [],
          actor: 'cli',
          sinceIso: sinceMs === undefined ? null : new Date(Date.now() - sinceMs).toISOString(),
          deliver: options.deliver,
        });
      } finally {
        context.close();
      }
    });
}
