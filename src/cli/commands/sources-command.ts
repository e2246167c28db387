import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../config/errors.js';
import type { SourcesSetup } from '../../sources/open-sources.js';
import type { ScanSummary } from '../../sources/scan-source.js';
import { CommandResult, EXIT } from '../exit-codes.js';
import { toTable } from '../print-table.js';

/**
 * `leakwatch sources list|test|scan` and `leakwatch scan`: see the declared sources and their
 * health, try one without storing anything (the way to write a new source), or scan now.
 */
export function registerSourcesCommands(program: Command): void {
  const sources = program.command('sources').description('the declared sources: list with health, test one, scan now');

  sources
    .command('list')
    .description('every source (sources file + scrapers/), whether it is scheduled, and its health')
    .option('--json', 'print JSON lines')
    .action(async (options: { json?: boolean }) => {
      // Loaded when the command runs, not when the program is built (see check-command.ts).
      const { openAppContext } = await import('../app-context.js');
      const { openSources } = await import('../../sources/open-sources.js');
      const context = openAppContext({ seed: false });
      const setup = await openSources(context.settings, context.logger);
      try {
        const states = new Map(context.store.sources.listStates().map((state) => [state.sourceId, state]));
        const notAnalysed = context.store.postings.notAnalysedBySource();
        const rows = setup.resolved.map(({ source, origin, disabledReason }) => {
          const state = states.get(source.id);
          return {
            id: source.id, type: source.type, origin, schedule: source.schedule, scheduled: disabledReason === null, reason: disabledReason,
            health: state?.health ?? 'unknown', failures: state?.consecutiveFailures ?? 0, lastRunAt: state?.lastRunAt ?? null,
            lastItems: state?.lastItems ?? null, lastError: state?.lastError ?? null,
            // Postings stored without analysis: stopped over ANALYSIS_BUDGET_SECS (issue 13).
            notAnalysed: notAnalysed.get(source.id)?.count ?? 0,
          };
        });
        if (options.json) {
          for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
          return;
        }
        process.stdout.write(`${toTable(['id', 'type', 'schedule', 'status', 'health', 'last run', 'items', 'not analysed', 'last error'], rows.map((row) => [
          row.id, row.type, row.schedule, row.scheduled ? 'scheduled' : row.reason, row.health + (row.failures > 0 ? ` (${row.failures} failed)` : ''),
          row.lastRunAt ? row.lastRunAt.slice(0, 16).replace('T', ' ') : '-', row.lastItems, row.notAnalysed, row.lastError ?? '',
        ]))}\n${rows.length} sources from ${setup.file} and scrapers/\n`);
      } finally {
        await setup.close();
        context.close();
      }
    });

  sources
    .command('test <id>')
    .description('fetch and parse one source now and print what it found; stores nothing')
    .option('--json', 'print the items as JSON lines')
    .option('--limit <n>', 'items to print', '20')
    .action(async (id: string, options: { json?: boolean; limit: string }) => {
      const { loadSettingsFromEnvironment } = await import('../../config/load-env.js');
      const { createLogger } = await import('../../config/logger.js');
      const { openSources } = await import('../../sources/open-sources.js');
      const { readSource } = await import('../../sources/scan-source.js');
      const { toSourceError } = await import('../../sources/source-errors.js');
      const settings = loadSettingsFromEnvironment();
      const logger = createLogger(settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL);
      const setup = await openSources(settings, logger);
      const evidenceDir = mkdtempSync(join(tmpdir(), 'leakwatch-source-test-'));
      try {
        const entry = findSource(setup, id);
        const started = Date.now();
        try {
          const outcome = await readSource(entry.source, { http: setup.http, browser: setup.browser, scrapers: setup.scrapers, evidenceDir, torSocksUrl: settings.TOR_SOCKS_URL, logger }, { cursor: null, knownIds: () => new Set() });
          const limit = Math.max(1, Number(options.limit) || 20);
          if (options.json) {
            for (const item of outcome.items.slice(0, limit)) process.stdout.write(`${JSON.stringify(item)}\n`);
          } else {
            process.stdout.write(`${toTable(['id', 'published', 'title / text', 'url'], outcome.items.slice(0, limit).map((item) => [
              item.externalId, item.publishedAt?.slice(0, 10) ?? '-', item.title ?? item.body ?? '', item.url ?? '']))}\n`);
          }
          process.stdout.write(`${entry.source.id}: ${outcome.items.length} items from ${outcome.pages} page(s) in ${((Date.now() - started) / 1000).toFixed(1)} s${outcome.rejected.length > 0 ? `; ${outcome.rejected.length} rejected (first: ${outcome.rejected[0]})` : ''}; nothing stored\n`);
        } catch (error) {
          process.stdout.write(`${entry.source.id}: FAILED (${toSourceError(error).failure}): ${toSourceError(error).message}\n`);
          CommandResult.exitCode = EXIT.findings;
        }
      } finally {
        rmSync(evidenceDir, { recursive: true, force: true });
        await setup.close();
      }
    });

  const scanAction = async (sourceId: string | undefined, options: { deliver: boolean }) => {
    const { openAppContext } = await import('../app-context.js');
    const { openSources } = await import('../../sources/open-sources.js');
    const { scanSources } = await import('../../sources/scan-source.js');
    const { createMonitorRuntime } = await import('../monitor-runtime.js');
    const { MONITOR_PARTS } = await import('../monitor-parts.js');
    const context = openAppContext();
    const setup = await openSources(context.settings, context.logger);
    let runtime: Awaited<ReturnType<typeof createMonitorRuntime>> | undefined;
    try {
      const chosen = sourceId ? [findSource(setup, sourceId).source] : setup.resolved.filter((entry) => entry.disabledReason === null).map((entry) => entry.source);
      for (const entry of setup.resolved) {
        if (!sourceId && entry.disabledReason) process.stdout.write(`- ${entry.source.id}: not scanned (${entry.disabledReason})\n`);
      }
      const started = await createMonitorRuntime(context, MONITOR_PARTS);
      runtime = started;
      const summaries = await scanSources(chosen, {
        store: context.store, ingestAll: (postings) => started.ingestAll(postings), http: setup.http, browser: setup.browser, scrapers: setup.scrapers,
        evidenceDir: context.settings.EVIDENCE_DIR, torSocksUrl: context.settings.TOR_SOCKS_URL, logger: context.logger, notifyAdmins: (text) => started.notifyAdmins(text),
      }, (summary) => process.stdout.write(`${toProgressLine(summary)}\n`));
      const sent = options.deliver ? await started.dispatcher.drainOnce() : 0;
      process.stdout.write(`\n${toTable(['source', 'items seen', 'new postings', 'hits', 'errors', 'duration'], summaries.map((summary) => [
        summary.sourceId, summary.itemsSeen, summary.newPostings, summary.hits, summary.error ? 1 : 0, `${(summary.durationMs / 1000).toFixed(1)} s`]))}\n`);
      process.stdout.write(`${summaries.length} sources scanned, ${summaries.filter((summary) => summary.error).length} with errors, ${sent} alerts sent\n`);
      if (summaries.some((summary) => summary.error)) CommandResult.exitCode = EXIT.findings;
    } finally {
      await runtime?.closeAnalysis();
      await setup.close();
      context.close();
    }
  };

  sources
    .command('scan [id]')
    .description('scan one source, or every scheduled one, now; stores postings, hits and alerts')
    .option('--no-deliver', 'queue the alerts without sending them now')
    .action(scanAction);

  program
    .command('scan')
    .description('scan every scheduled source (or --source ID) once now, print a summary and exit')
    .option('--source <id>', 'only this source')
    .option('--once', 'run once and exit (the only mode; `leakwatch run` schedules scans)')
    .option('--no-deliver', 'queue the alerts without sending them now')
    .action((options: { source?: string; deliver: boolean }) => scanAction(options.source, options));
}

function findSource(setup: SourcesSetup, id: string) {
  const entry = setup.resolved.find((candidate) => candidate.source.id === id);
  if (!entry) throw new InputError(`No source "${id}" in ${setup.file} or scrapers/. Known: ${setup.resolved.map((candidate) => candidate.source.id).join(', ')}.`);
  return entry;
}

function toProgressLine(summary: ScanSummary): string {
  const seconds = `${(summary.durationMs / 1000).toFixed(1)} s`;
  if (summary.error) return `✗ ${summary.sourceId}: ${summary.error} (${seconds})`;
  return `✓ ${summary.sourceId}: ${summary.itemsSeen} items, ${summary.newPostings} new, ${summary.hits} hits (${seconds})`;
}
