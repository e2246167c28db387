import type { Command } from 'commander';
import { parseDurationMs } from '../../config/parse-duration.js';
import { InputError } from '../../config/errors.js';
import { toTable } from '../print-table.js';

export function registerHitsCommand(program: Command): void {
  program
    .command('hits')
    .description('list stored hits, newest first')
    .option('--org <id>', 'only this organization')
    .option('--since <duration>', 'only hits newer than this, e.g. 24h, 7d, 2w')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print JSON lines')
    .action(async (options: { org?: string; since?: string; limit: string; json?: boolean }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError(`Invalid --limit "${options.limit}": use a whole number of 1 or more.`);
      const { openAppContext } = await import('../app-context.js');
      const context = openAppContext();
      try {
        if (options.org && !context.store.watchlist.get(options.org)) {
          throw new InputError(`No organization with id "${options.org}" in the watchlist: see \`leakwatch watch list\`.`);
        }
        const sinceIso = options.since ? new Date(Date.now() - parseDurationMs(options.since, '--since')).toISOString() : undefined;
        const hits = context.store.hits.query({ ...(options.org ? { orgId: options.org } : {}), ...(sinceIso ? { sinceIso } : {}), limit });
        if (options.json) {
          for (const hit of hits) {
            process.stdout.write(`${JSON.stringify({ id: hit.id, alert: hit.alertNumber, org: hit.orgId, kind: hit.kind, severity: hit.severity, record_count: hit.recordCount, data_types: hit.dataTypes, source: hit.sourceId, url: hit.url, created_at: hit.createdAt, posting_id: hit.postingId })}\n`);
          }
          return;
        }
        process.stdout.write(`${toTable(['when', 'alert', 'org', 'kind', 'severity', 'records', 'source', 'text'], hits.map((hit) => [hit.createdAt.slice(0, 16).replace('T', ' '), hit.alertNumber ?? '-', hit.orgId, hit.kind, hit.severity, hit.recordCount, hit.sourceId, hit.text]))}\n${hits.length} hit${hits.length === 1 ? '' : 's'}\n`);
      } finally {
        context.close();
      }
    });
}
