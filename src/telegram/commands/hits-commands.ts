import { loadAlertView } from '../../alerts/load-alert-view.js';
import { capText, escapeHtml } from '../html.js';
import { renderTelegramAlert } from '../render-telegram-alert.js';
import { caseExtrasOf } from '../../cases/load-case-record.js';
import { durationMsArg, parseArg } from './command-args.js';
import { CommandError, type CommandSpec } from './command-types.js';
import { renderPage, type PageQuery } from './paging.js';

const DURATION = /^\d{1,6}[smhdw]$/i;

export const hitsCommand: CommandSpec = {
  name: 'hits',
  role: 'member',
  summary: 'recent hits, newest first, paged',
  usage: ['/hits [org id] [period like 24h, 7d, 2w]'],
  async run(context, args) {
    const words = args.split(/\s+/).filter(Boolean);
    if (words.length > 2) throw new CommandError('Too many arguments: give at most an organization id and a period.');
    let orgId: string | undefined;
    let sinceIso: string | undefined;
    for (const word of words) {
      if (DURATION.test(word)) {
        sinceIso = new Date(context.store.clock().getTime() - parseArg(durationMsArg, word, 'period')).toISOString();
      } else {
        const organization = context.store.watchlist.get(word.toLowerCase());
        if (!organization) throw new CommandError(`No organization with id "${escapeHtml(capText(word, 64))}", and it is not a period like 7d: see /watch list.`);
        orgId = organization.id;
      }
    }
    const label = [orgId ? `for ${orgId}` : 'for all organizations', words.find((word) => DURATION.test(word)) ? `in the last ${words.find((word) => DURATION.test(word))}` : null].filter(Boolean).join(' ');
    const query: PageQuery = { kind: 'hits', label, ...(orgId ? { orgId } : {}), ...(sinceIso ? { sinceIso } : {}) };
    const stateId = context.store.telegram.chats.saveCallbackState(context.chat.id, query);
    const page = renderPage(context.store, query, 0, stateId);
    await context.reply(page.html, page.keyboard ? { keyboard: page.keyboard } : {});
  },
};

/** `LW-2026-0042`, `2026-0042`, or `42` for this year. */
export function toAlertNumber(text: string, year: number): string | undefined {
  const trimmed = text.trim().toUpperCase();
  let match = /^(?:LW-)?(\d{4})-(\d{1,6})$/.exec(trimmed);
  if (match) return `LW-${match[1]}-${match[2]!.padStart(4, '0')}`;
  match = /^(\d{1,6})$/.exec(trimmed);
  if (match) return `LW-${year}-${match[1]!.padStart(4, '0')}`;
  return undefined;
}

export const alertCommand: CommandSpec = {
  name: 'alert',
  role: 'member',
  summary: 'show one alert again, with its triage buttons',
  usage: ['/alert <number> (LW-2026-0042, or 42 for this year)'],
  async run(context, args) {
    const number = toAlertNumber(args, context.store.clock().getUTCFullYear());
    if (!number) throw new CommandError(`"${escapeHtml(capText(args, 40))}" is not an alert number: use LW-2026-0042, or 42 for this year.`);
    const alert = context.store.alerts.getByNumber(number);
    const view = alert ? loadAlertView(context.store, alert.id) : undefined;
    if (!view) throw new CommandError(`No alert ${number}: see /hits for recent ones.`);
    const { html, keyboard } = renderTelegramAlert(view, context.language, context.store.telegram.triage.history(view.alert.id), caseExtrasOf(context.store, view.alert.id));
    await context.reply(html, { keyboard });
  },
};
