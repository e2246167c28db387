import type { Command } from 'commander';
import { InputError } from '../../config/errors.js';
import { SOURCE_KINDS, type SourceKind } from '../../model/posting.js';
import { languageForCountry, toLanguage, type Language } from '../../alerts/alert-words.js';

/** One text, analysed and explained for a person: which term matched, why, and what would be sent. */
export function registerCheckCommand(program: Command): void {
  program
    .command('check <text>')
    .description('analyse one text against the watchlist and explain the result')
    .option('--watchlist <file>', 'use this watchlist file instead of the database')
    .option('--source <kind>', `where the text was found: ${SOURCE_KINDS.join(', ')}`)
    .option('--title <title>', 'the title the source gives (thread, listing, leak-site post); default: the first line')
    .option('--victim <name>', 'the victim field a leak-site feed states')
    .option('--website <host>', "the victim's website the feed states (with --victim)")
    .option('--country <code>', "the victim's country the feed states (with --victim)")
    .option('--json', 'print the analysis as JSON')
    .option('--lang <language>', 'language of the alert preview: fr or en (default: fr for a French victim, else ALERT_LANGUAGE)')
    .action(async (rawText: string, options: { watchlist?: string; source?: string; json?: boolean; lang?: string; title?: string; victim?: string; website?: string; country?: string }) => {
      if ((options.website || options.country) && !options.victim) {
        throw new InputError('--website and --country describe the victim field: give --victim "<name as the feed states it>" too.');
      }
      if (options.lang !== undefined && !toLanguage(options.lang)) {
        throw new InputError(`Invalid --lang "${options.lang}": use fr or en.`);
      }
      if (options.source && !(SOURCE_KINDS as readonly string[]).includes(options.source)) {
        throw new InputError(`Invalid --source "${options.source}": use one of ${SOURCE_KINDS.join(', ')}.`);
      }
      const source = options.source as SourceKind | undefined;
      // Loaded when the command runs, not when the program is built, so that `leakwatch --help`
      // and the other commands do not pay for them (the same in every command file).
      const { compileDetector, explainAnalysis } = await import('../../detection/index.js');
      const { toCleanText } = await import('../../pipeline/validate-posting.js');
      const { redactPersonalData } = await import('../../pipeline/redact-personal-data.js');
      const { toContentHash } = await import('../../pipeline/content-hash.js');
      const { toAlertRecordFromAnalysis } = await import('../../alerts/alert-record.js');
      const { renderAlertReport } = await import('../../alerts/render-alert-report.js');
      const { loadSettingsFromEnvironment } = await import('../../config/load-env.js');
      const organizations = options.watchlist ? (await import('../read-watchlist-file.js')).readWatchlistFile(options.watchlist) : await (async () => {
        const context = (await import('../app-context.js')).openAppContext();
        try { return context.store.watchlist.list(); } finally { context.close(); }
      })();
      const { text } = toCleanText(rawText, 'given to check');
      const victim = options.victim ? { name: options.victim, ...(options.website ? { website: options.website } : {}), ...(options.country ? { country: options.country } : {}) } : undefined;
      const analysis = compileDetector(organizations).analyze({ text, ...(source ? { source } : {}), ...(options.title ? { title: options.title } : {}), ...(victim ? { victim } : {}) });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
        return;
      }
      const byId = new Map(organizations.map((org) => [org.id, org]));
      const defaultLanguage: Language = toLanguage(options.lang) ?? loadSettingsFromEnvironment().ALERT_LANGUAGE;
      const previews = analysis.alert ? analysis.orgs.map((orgId) => {
        const organization = byId.get(orgId)!;
        const language = toLanguage(options.lang) ?? languageForCountry(organization.country, defaultLanguage);
        const record = toAlertRecordFromAnalysis({
          number: 'LW-PREVIEW', analysis, organization, sourceId: 'check', seenAt: new Date().toISOString(),
          text: redactPersonalData(text), sha256: toContentHash(text),
        });
        return renderAlertReport(record, language);
      }) : [];
      process.stdout.write(`${explainAnalysis(analysis, text, byId)}\n${previews.map((preview) => `\nThe alert as it would be sent:\n${preview}\n`).join('')}`);
    });
}
