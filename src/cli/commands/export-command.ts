import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../config/errors.js';
import { parseDurationMs } from '../../config/parse-duration.js';
import type { HitSummary, Store } from '../../store/index.js';

const FORMATS = ['json', 'csv', 'misp'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** Every hit since the cut-off; the store pages them. */
function allHits(store: Store, sinceIso: string | undefined): HitSummary[] {
  const hits: HitSummary[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = store.hits.query({ ...(sinceIso ? { sinceIso } : {}), limit: 1000, offset });
    hits.push(...page);
    if (page.length < 1000) return hits;
  }
}

const toHitRow = (store: Store, hit: HitSummary) => {
  const found = store.cases.getByHit(hit.id);
  return {
    hit_id: hit.id, created_at: hit.createdAt, alert: hit.alertNumber, case: found?.alertNumber ?? null, case_state: found?.state ?? null,
    org_id: hit.orgId, org_name: hit.orgName, kind: hit.kind, severity: hit.severity, record_count: hit.recordCount,
    data_types: hit.dataTypes, seller_handles: hit.analysis.sellerHandles, source: hit.sourceId, url: hit.url,
  };
};

// A cell starting with = + - @ (or a tab/CR) is a formula to a spreadsheet: posting-derived text is
// untrusted, so such cells get a leading apostrophe (OWASP "CSV injection").
export const toCsvCell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** `leakwatch export`: hits and cases for other tools (a spreadsheet, a SIEM, MISP). */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export hits and cases as JSON, CSV (one row per hit) or MISP events (one per case)')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .option('--since <duration>', 'only hits and cases newer than this, e.g. 24h, 7d, 2w')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (options: { format: string; since?: string; output?: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new InputError(`Invalid --format "${options.format}": use one of ${FORMATS.join(', ')}.`);
      }
      const format = options.format as ExportFormat;
      const sinceIso = options.since ? new Date(Date.now() - parseDurationMs(options.since, '--since')).toISOString() : undefined;
      // Loaded when the command runs, not when the program is built (see check-command.ts).
      const { loadCaseRecord } = await import('../../cases/load-case-record.js');
      const { toMispEvent } = await import('../../cases/to-misp-events.js');
      const { openAppContext } = await import('../app-context.js');
      const context = openAppContext();
      try {
        const { store } = context;
        const hits = allHits(store, sinceIso).map((hit) => toHitRow(store, hit));
        const cases = store.cases.listChangedSince(sinceIso ?? '').map((found) => ({ found, loaded: loadCaseRecord(store, found.alertId) }))
          .filter((entry) => entry.loaded !== undefined);
        let output: string;
        if (format === 'json') {
          output = JSON.stringify({
            version: 1, generated_at: store.clock().toISOString(), since: sinceIso ?? null, hits,
            cases: cases.map(({ found, loaded }) => ({
              alert: found.alertNumber, state: found.state, confirmed_at: found.confirmedAt, created_at: found.createdAt, updated_at: found.updatedAt,
              sightings: store.cases.sightings(found.id), events: store.cases.events(found.id), record: loaded!.record,
            })),
          }, null, 2);
        } else if (format === 'csv') {
          const columns = ['hit_id', 'created_at', 'alert', 'case', 'case_state', 'org_id', 'org_name', 'kind', 'severity', 'record_count', 'data_types', 'seller_handles', 'source', 'url'] as const;
          output = [columns.join(','), ...hits.map((row) => columns.map((column) => toCsvCell(row[column])).join(','))].join('\r\n');
        } else {
          output = JSON.stringify({ response: cases.map(({ found, loaded }) => toMispEvent(found, loaded!.record, store.cases.sightings(found.id))) }, null, 2);
        }
        if (options.output) writeFileSync(options.output, `${output}\n`);
        else process.stdout.write(`${output}\n`);
      } finally {
        context.close();
      }
    });
}
