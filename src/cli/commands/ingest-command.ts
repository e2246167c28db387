import type { Command } from 'commander';
import type { IngestStatus } from '../../pipeline/ingest-posting.js';
import type { Posting } from '../../model/posting.js';
import { CommandResult, EXIT } from '../exit-codes.js';
import { readLines } from '../read-lines.js';
import { toTable } from '../print-table.js';

/**
 * Postings from a file through the whole pipeline into the database. Running it twice on the
 * same file stores nothing new: postings are keyed by (source id, posting id).
 */
/** Postings per transaction when ingesting a file. */
const INGEST_BATCH = 200;

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest [file]')
    .description('run JSON-lines postings ({"id","text","source"?}) through the full pipeline into the database (file or stdin)')
    .option('--source-id <id>', 'the source these postings are recorded under', 'cli')
    .option('--no-deliver', 'queue the alerts in the outbox without sending them now')
    .action(async (file: string | undefined, options: { sourceId: string; deliver: boolean }) => {
      // Loaded when the command runs, not when the program is built (see check-command.ts).
      const { PostingRejectedError, parsePostingLine, toPosting } = await import('../../pipeline/validate-posting.js');
      const { openAppContext } = await import('../app-context.js');
      const { createMonitorRuntime } = await import('../monitor-runtime.js');
      const { MONITOR_PARTS } = await import('../monitor-parts.js');
      const context = openAppContext();
      let runtime: Awaited<ReturnType<typeof createMonitorRuntime>> | undefined;
      try {
        const started = await createMonitorRuntime(context, MONITOR_PARTS);
        runtime = started;
        const counts: Record<IngestStatus | 'rejected', number> = { new: 0, edited: 0, duplicate: 0, unchanged: 0, rejected: 0 };
        let hits = 0;
        let alerts = 0;
        let lineNumber = 0;
        const reject = (error: unknown) => {
          if (!(error instanceof PostingRejectedError)) throw error;
          counts.rejected += 1;
          process.stderr.write(`leakwatch: ${error.message}\n`);
        };
        // Batches of INGEST_BATCH postings, one transaction each: a large file is not one commit per line.
        let batch: Posting[] = [];
        let notAnalysed = 0;
        const flush = async () => {
          for (const result of await started.ingestAll(batch)) {
            if (result instanceof Error) { reject(result); continue; }
            if (result.notAnalysed) {
              notAnalysed += 1;
              process.stderr.write(`leakwatch: posting ${result.postingId} stored without analysis: ${result.notAnalysed}\n`);
            }
            counts[result.status] += 1;
            hits += result.hits.length;
            alerts += result.hits.filter((hit) => hit.alert !== null).length;
          }
          batch = [];
        };
        for await (const line of readLines(file)) {
          lineNumber += 1;
          if (line.trim() === '') continue;
          try {
            batch.push(toPosting(parsePostingLine(line, lineNumber), options.sourceId));
          } catch (error) {
            reject(error);
          }
          if (batch.length >= INGEST_BATCH) await flush();
        }
        await flush();
        const sent = options.deliver ? await started.dispatcher.drainOnce() : 0;
        process.stdout.write(`${toTable(['postings', 'new', 'edited', 'duplicate', 'unchanged', 'rejected', 'not analysed', 'hits', 'alerts queued', 'alerts sent'],
          [[lineNumber, counts.new, counts.edited, counts.duplicate, counts.unchanged, counts.rejected, notAnalysed, hits, alerts, sent]])}\n`);
        if (counts.rejected > 0) CommandResult.exitCode = EXIT.error;
      } finally {
        await runtime?.closeAnalysis();
        context.close();
      }
    });
}
