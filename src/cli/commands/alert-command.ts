import type { Command } from 'commander';
import { InputError } from '../../config/errors.js';
import { languageForCountry, toLanguage, type Language } from '../../alerts/alert-words.js';
import { CASE_STATE_NAMES, CASE_STATES, type CaseState } from '../../cases/case-states.js';
import type { CaseRecord } from '../../cases/load-case-record.js';
import type { AppContext } from '../app-context.js';

const DEFAULT_SENDER = 'leakwatch';

function parseLanguageOption(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const language = toLanguage(value);
  if (!language) throw new InputError(`Invalid --lang "${value}": use fr or en.`);
  return language;
}

// The modules that do the work are imported when a command runs, not when the program is built
// (see check-command.ts).
async function withCase<T>(number: string, work: (context: AppContext, loaded: CaseRecord) => T): Promise<T> {
  const { openAppContext } = await import('../app-context.js');
  const { requireCase } = await import('../../cases/case-workflow.js');
  const { loadCaseRecord } = await import('../../cases/load-case-record.js');
  const context = openAppContext();
  try {
    const found = requireCase(context.store, number);
    const loaded = loadCaseRecord(context.store, found.alertId);
    if (!loaded) throw new InputError(`Alert ${number} has lost its hit or posting; nothing to show.`);
    return work(context, loaded);
  } finally {
    context.close();
  }
}

const languageOf = (context: AppContext, loaded: CaseRecord, option: string | undefined): Language =>
  parseLanguageOption(option) ?? languageForCountry(loaded.view.organization.country, context.settings.ALERT_LANGUAGE);

/** `leakwatch alert …`: one alert's full report, the two ZATAZ mails, and the case's state. */
export function registerAlertCommands(program: Command): void {
  const alert = program.command('alert').description('show an alert, draft the mails to the victim, move its case along');

  alert
    .command('show <number>')
    .description('the full report of an alert (LW-2026-0042): claim, evidence, advice, case history')
    .option('--lang <language>', 'fr or en (default: fr for a French victim, else ALERT_LANGUAGE)')
    .option('--json', 'print the alert record and its case as JSON')
    .action(async (number: string, options: { lang?: string; json?: boolean }) => {
      parseLanguageOption(options.lang);
      const { renderAlertReport } = await import('../../alerts/render-alert-report.js');
      const { describeClock } = await import('../../cases/case-workflow.js');
      await withCase(number, (context, loaded) => {
        const language = languageOf(context, loaded, options.lang);
        const events = context.store.cases.events(loaded.case.id);
        const sightings = context.store.cases.sightings(loaded.case.id);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ alert: loaded.record, case: loaded.case, events, sightings }, null, 2)}\n`);
          return;
        }
        const now = context.store.clock();
        const heading = language === 'fr' ? '## Dossier' : '## Case';
        const caseLines = [
          '', heading, '',
          `- ${language === 'fr' ? 'État' : 'State'}: ${CASE_STATE_NAMES[loaded.case.state][language]} · ${describeClock(loaded.case, now, language)}`,
          ...events.map((event) => `- ${event.at.slice(0, 16).replace('T', ' ')} UTC · ${CASE_STATE_NAMES[event.state][language]} · ${event.actor}`),
          ...(sightings.length > 1 ? ['', language === 'fr' ? '### Signalements' : '### Sightings', '', ...sightings.map((sighting) => `- ${sighting.seenAt.slice(0, 16).replace('T', ' ')} UTC · ${sighting.sourceId}${sighting.url ? ` · ${sighting.url}` : ''}`)] : []),
        ];
        process.stdout.write(`${renderAlertReport(loaded.record, language)}\n${caseLines.join('\n')}\n`);
      });
    });

  for (const which of ['mail1', 'mail2'] as const) {
    alert
      .command(`${which} <number>`)
      .description(which === 'mail1'
        ? 'draft mail 1 to the victim: who writes and the alert number, asking for a qualified contact'
        : 'draft mail 2 to the victim: date, severity, what was found, evidence, advice')
      .option('--lang <language>', 'fr or en (default: fr for a French victim, else ALERT_LANGUAGE)')
      .option('--from <name>', 'who signs the mail', DEFAULT_SENDER)
      .action(async (number: string, options: { lang?: string; from: string }) => {
        parseLanguageOption(options.lang);
        const { formatMail, renderMail1, renderMail2 } = await import('../../cases/render-case-mails.js');
        await withCase(number, (context, loaded) => {
          const language = languageOf(context, loaded, options.lang);
          const draft = which === 'mail1'
            ? renderMail1(loaded.record, language, options.from)
            : renderMail2(loaded.record, language, options.from, loaded.view.posting.sourceKind ?? null);
          const next = which === 'mail1' ? 'victim_contacted' : 'details_sent';
          process.stdout.write(`${formatMail(draft)}\n\n-- leakwatch drafts, a person sends. Once sent: leakwatch alert mark ${loaded.record.number} ${next}\n`);
        });
      });
  }

  alert
    .command('mark <number> <state>')
    .description(`record a step of the case: ${CASE_STATES.filter((state) => state !== 'new').join(', ')}`)
    .option('--by <name>', 'who did it (recorded with the time)', 'cli')
    .action(async (number: string, state: string, options: { by: string }) => {
      const target = state.replace(/-/g, '_') as CaseState;
      if (!(CASE_STATES as readonly string[]).includes(target) || target === 'new') {
        throw new InputError(`Invalid state "${state}": use one of ${CASE_STATES.filter((name) => name !== 'new').join(', ')}.`);
      }
      const { describeClock, transitionCase } = await import('../../cases/case-workflow.js');
      await withCase(number, (context, loaded) => {
        const actor = options.by === 'cli' ? 'cli' : `cli (${options.by})`;
        const { case: moved, events } = transitionCase(context.store, loaded.case.id, target, actor);
        for (const event of events) process.stdout.write(`${moved.alertNumber}: ${CASE_STATE_NAMES[event.state].en} by ${event.actor} at ${event.at}\n`);
        process.stdout.write(`${moved.alertNumber}: ${describeClock(moved, context.store.clock(), 'en')}\n`);
      });
    });
}
