import { CASE_STATE_NAMES } from '../../cases/case-states.js';
import { describeClock } from '../../cases/case-workflow.js';
import { capText, escapeHtml } from '../html.js';
import type { CommandSpec } from './command-types.js';

/** Telegram messages are capped; a long backlog is cut with a count of what was left out. */
const MAX_CASES_SHOWN = 40;

export const casesCommand: CommandSpec = {
  name: 'cases',
  role: 'member',
  summary: 'open cases with their state and 72-hour clock',
  usage: ['/cases'],
  async run(context) {
    const open = context.store.cases.listOpen();
    const fr = context.language === 'fr';
    if (open.length === 0) {
      await context.reply(fr ? 'Aucun dossier ouvert.' : 'No open case.');
      return;
    }
    const now = context.store.clock();
    const lines = open.slice(0, MAX_CASES_SHOWN).map((found) => {
      const name = context.store.watchlist.get(found.orgId)?.name ?? found.orgId;
      const sightings = found.sightings > 1 ? ` · ${found.sightings} ${fr ? 'signalements' : 'sightings'}` : '';
      return `• <b>${escapeHtml(found.alertNumber)}</b> ${escapeHtml(capText(name, 80))} · ${escapeHtml(CASE_STATE_NAMES[found.state][context.language])} · ⏱ ${escapeHtml(describeClock(found, now, context.language))}${sightings}`;
    });
    const more = open.length > MAX_CASES_SHOWN ? `\n… ${open.length - MAX_CASES_SHOWN} ${fr ? 'de plus' : 'more'}` : '';
    await context.reply(`📂 <b>${fr ? 'Dossiers ouverts' : 'Open cases'}</b> (${open.length})\n${lines.join('\n')}${more}`);
  },
};
