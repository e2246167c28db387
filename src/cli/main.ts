import { Command, CommanderError } from 'commander';
import { isLeakwatchError } from '../config/errors.js';
import { registerRunCommand } from './commands/run-command.js';
import { registerWatchCommands } from './commands/watch-command.js';
import { registerAnalyzeCommand } from './commands/analyze-command.js';
import { registerCheckCommand } from './commands/check-command.js';
import { registerIngestCommand } from './commands/ingest-command.js';
import { registerHitsCommand } from './commands/hits-command.js';
import { registerSourcesCommands } from './commands/sources-command.js';
import { registerAlertCommands } from './commands/alert-command.js';
import { registerExportCommand } from './commands/export-command.js';
import { registerStatusCommand } from './commands/status-command.js';
import { registerTelegramCommands } from './commands/telegram-command.js';
import { registerHuntCommand } from './commands/hunt-command.js';
import { registerWebCommands } from './commands/web-command.js';

import { CommandResult, EXIT } from './exit-codes.js';

export { CommandResult, EXIT } from './exit-codes.js';

export function buildProgram(): Command {
  const program = new Command('leakwatch')
    .description('Watches leak markets, forums, ransomware leak sites and Telegram for the organizations on your watchlist.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  // One line per command family; each lives in its own file under commands/.
  registerWatchCommands(program);
  registerAnalyzeCommand(program);
  registerCheckCommand(program);
  registerIngestCommand(program);
  registerHitsCommand(program);
  registerHuntCommand(program);
  registerSourcesCommands(program);
  registerAlertCommands(program);
  registerExportCommand(program);
  registerRunCommand(program);
  registerStatusCommand(program);
  registerTelegramCommands(program);
  registerWebCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  CommandResult.exitCode = EXIT.ok;
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return CommandResult.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits with code 0; everything else commander reports is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    // The logger module (pino) is loaded only when there is an error to print.
    const { scrubSecrets } = await import('../config/logger.js');
    if (isLeakwatchError(error)) {
      process.stderr.write(`leakwatch: ${scrubSecrets(error.message)}\n`);
      return error.exitCode;
    }
    process.stderr.write(`leakwatch: unexpected error: ${scrubSecrets((error as Error)?.stack ?? String(error))}\n`);
    return EXIT.error;
  }
}
