import { SECTORS } from '../../model/organization.js';
import type { SubscriptionFilterKind } from '../../store/index.js';
import { capText, escapeHtml } from '../html.js';
import { toUtcMinute } from '../render-telegram-alert.js';
import { durationMsArg, languageArg, orgIdArg, parseArg } from './command-args.js';
import { CommandError, type CommandContext, type CommandSpec } from './command-types.js';

const SEVERITY_FILTERS = ['critical', 'high', 'medium', 'low'] as const;
const MAX_MUTE_MS = 90 * 86_400_000;

/** `mediprix`, `pharmacy`, `high`, or explicit `org:x`, `sector:x`, `severity:x`; empty = every alert. */
export function parseSubscriptionFilter(context: CommandContext, text: string): { kind: SubscriptionFilterKind; value: string } {
  const raw = text.trim().toLowerCase();
  if (raw === '' || raw === 'all') return { kind: 'all', value: '' };
  const explicit = /^(org|sector|severity):(.+)$/.exec(raw);
  const kind = explicit?.[1];
  const value = (explicit?.[2] ?? raw).trim();
  if ((!kind || kind === 'severity') && (SEVERITY_FILTERS as readonly string[]).includes(value)) return { kind: 'severity', value };
  if ((!kind || kind === 'sector') && (SECTORS as readonly string[]).includes(value)) return { kind: 'sector', value };
  if ((!kind || kind === 'org') && context.store.watchlist.get(value)) return { kind: 'org', value };
  throw new CommandError(`"${escapeHtml(capText(text, 64))}" is not an organization id (see /watch list), a sector (${SECTORS.join(', ')}) or a minimum severity (${SEVERITY_FILTERS.join(', ')}).`);
}

const describeFilter = (filter: { kind: SubscriptionFilterKind; value: string }) =>
  filter.kind === 'all' ? 'every alert' : filter.kind === 'severity' ? `alerts of severity ${filter.value} or higher` : `alerts for ${filter.kind} ${escapeHtml(filter.value)}`;

const here = (context: CommandContext) => (context.threadId ? 'this topic' : 'this chat');

export const subscribeCommand: CommandSpec = {
  name: 'subscribe',
  role: 'member',
  summary: 'send alerts to this chat (or forum topic): all, or one organization, sector or minimum severity',
  usage: ['/subscribe', '/subscribe <org id | sector | severity>'],
  async run(context, args) {
    const filter = parseSubscriptionFilter(context, args);
    const added = context.store.telegram.chats.subscribe(context.chat.id, context.threadId ?? 0, filter.kind, filter.value, context.actor);
    context.logger.info({ chatId: context.chat.id, threadId: context.threadId, filter, by: context.user.id }, 'telegram subscription added');
    await context.reply(added ? `🔔 ${here(context)[0]!.toUpperCase()}${here(context).slice(1)} now receives ${describeFilter(filter)}.` : `${here(context)} already receives ${describeFilter(filter)}.`);
  },
};

export const unsubscribeCommand: CommandSpec = {
  name: 'unsubscribe',
  role: 'member',
  summary: 'stop sending alerts here (all subscriptions, or the one given)',
  usage: ['/unsubscribe', '/unsubscribe <org id | sector | severity>'],
  async run(context, args) {
    const filter = args.trim() ? parseSubscriptionFilter(context, args) : undefined;
    const removed = context.store.telegram.chats.unsubscribe(context.chat.id, context.threadId ?? 0, filter);
    await context.reply(removed > 0
      ? `🔕 Removed ${removed} subscription${removed === 1 ? '' : 's'} of ${here(context)}.`
      : `${here(context)} had no ${filter ? 'such ' : ''}subscription. Alert chats set in TELEGRAM_ALERT_CHAT_IDS always receive every alert.`);
  },
};

export const muteCommand: CommandSpec = {
  name: 'mute',
  role: 'member',
  summary: 'no alerts for an organization for a while (its hits are still recorded)',
  usage: ['/mute <org id> <duration like 6h, 1d, 2w>'],
  async run(context, args) {
    const [id, duration, extra] = args.split(/\s+/).filter(Boolean);
    if (!id || !duration || extra) throw new CommandError('Give an organization id and a duration, e.g. /mute mediprix 24h.');
    const organization = context.store.watchlist.get(parseArg(orgIdArg, id, 'organization id'));
    if (!organization) throw new CommandError(`No organization with id "${escapeHtml(capText(id, 64))}": see /watch list.`);
    const ms = parseArg(durationMsArg, duration, 'duration');
    if (ms <= 0 || ms > MAX_MUTE_MS) throw new CommandError(`A mute lasts between 1 minute and 90 days, not "${escapeHtml(duration)}".`);
    const mute = context.store.telegram.triage.mute(organization.id, new Date(context.store.clock().getTime() + ms), context.actor);
    await context.reply(`🔇 No alerts for <b>${escapeHtml(organization.name)}</b> until ${toUtcMinute(mute.until)}. Hits are still recorded (/hits ${organization.id}). /unmute ${organization.id} ends it early.`);
  },
};

export const unmuteCommand: CommandSpec = {
  name: 'unmute',
  role: 'member',
  summary: 'end a mute early',
  usage: ['/unmute <org id>'],
  async run(context, args) {
    const id = parseArg(orgIdArg, args, 'organization id');
    const removed = context.store.telegram.triage.unmute(id);
    await context.reply(removed ? `🔔 Alerts for <code>${escapeHtml(id)}</code> are back on.` : `<code>${escapeHtml(capText(id, 64))}</code> was not muted.`);
  },
};

export const langCommand: CommandSpec = {
  name: 'lang',
  role: 'member',
  summary: 'language of the alerts in this chat',
  usage: ['/lang fr', '/lang en'],
  async run(context, args) {
    const language = parseArg(languageArg, args, 'language');
    context.store.telegram.chats.setLanguage(context.chat.id, language);
    await context.reply(language === 'fr' ? '🇫🇷 Les alertes de ce chat seront en français.' : '🇬🇧 Alerts in this chat will be in English.');
  },
};
