import type { Command } from 'commander';
import { CommandResult, EXIT } from '../exit-codes.js';
import { readLines } from '../read-lines.js';

/**
 * The contract the detection benchmark scores: one JSON line out per posting line in, in order.
 * Uses only the given watchlist, in memory; never opens the user's database.
 */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('analyse JSON-lines postings ({"id","text","source"?,"title"?,"victim"?,"website"?,"country"?}) against a watchlist file; one JSON line out per line in')
    .requiredOption('--watchlist <file>', 'watchlist file in the import format')
    .option('--input <file>', 'JSON-lines postings (default: stdin)')
    .action(async (options: { watchlist: string; input?: string }) => {
      // Loaded when the command runs, not when the program is built (see check-command.ts).
      const { compileDetector, toAnalyzeLine } = await import('../../detection/index.js');
      const { PostingRejectedError, parsePostingLine, toCleanText, toPosting } = await import('../../pipeline/validate-posting.js');
      const { toDetectionInput } = await import('../../pipeline/to-detection-input.js');
      const { readWatchlistFile } = await import('../read-watchlist-file.js');
      const detector = compileDetector(readWatchlistFile(options.watchlist));
      let lineNumber = 0;
      let rejected = 0;
      const out: string[] = [];
      const flush = () => {
        if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
        out.length = 0;
      };
      for await (const line of readLines(options.input)) {
        lineNumber += 1;
        if (line.trim() === '') continue;
        try {
          const parsed = parsePostingLine(line, lineNumber);
          const { text } = toCleanText(parsed.text, `on line ${lineNumber} (${parsed.id})`);
          const analysis = detector.analyze(toDetectionInput(toPosting(parsed, 'analyze'), text));
          out.push(JSON.stringify(toAnalyzeLine(parsed.id, analysis)));
        } catch (error) {
          if (!(error instanceof PostingRejectedError)) throw error;
          // The line keeps its place in the output, so results still line up with the input.
          rejected += 1;
          out.push(JSON.stringify({ id: idOf(line), error: error.message }));
          process.stderr.write(`leakwatch: ${error.message}\n`);
        }
        if (out.length >= 256) flush();
      }
      flush();
      if (rejected > 0) CommandResult.exitCode = EXIT.error;
    });
}

function idOf(line: string): string | null {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : null;
  } catch {
    return null;
  }
}
