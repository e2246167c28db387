import { capText, escapeHtml } from '../html.js';
import { durationMsArg, orgIdArg, parseArg } from './command-args.js';
import { CommandError, type CommandSpec } from './command-types.js';

export const huntCommand: CommandSpec = {
  name: 'hunt',
  role: 'admin',
  summary: 'search the stored postings for an organization now; new hits are stored and alerted',
  usage: ['/hunt <org id> [since, e.g. 30d]'],
  async run(context, args) {
    const [idArg, sinceArg] = args.trim().split(/\s+/);
    if (!idArg) throw new CommandError('Give the organization id (see /watch list).');
    const orgId = parseArg(orgIdArg, idArg, 'organization id');
    const organization = context.store.watchlist.get(orgId);
    if (!organization) throw new CommandError(`No organization with id "${escapeHtml(capText(orgId, 64))}" in the watchlist: see /watch list.`);
    const sinceMs = sinceArg ? parseArg(durationMsArg, sinceArg, 'duration') : undefined;
    const huntNow = context.huntNow();
    if (!huntNow) {
      await context.reply('No retro-hunt runs in this monitor; run <code>leakwatch hunt ORG</code> on the server instead.');
      return;
    }
    const total = context.store.postings.archiveCount(sinceMs === undefined ? null : new Date(context.store.clock().getTime() - sinceMs).toISOString());
    await context.reply(`🔎 Hunting <b>${escapeHtml(organization.name)}</b> through ${total.toLocaleString('en-US')} stored postings${sinceArg ? ` of the last ${escapeHtml(sinceArg)}` : ''}…`);
    const result = await huntNow({
      orgIds: [orgId],
      actor: context.actor,
      sinceIso: sinceMs === undefined ? null : new Date(context.store.clock().getTime() - sinceMs).toISOString(),
    });
    await context.reply(`✅ Retro-hunt of <b>${escapeHtml(organization.name)}</b> done in ${result.seconds.toFixed(1)} s: ${result.postingsRead.toLocaleString('en-US')} postings read, ${result.candidates} mention it, <b>${result.hitsFound}</b> new hits, ${result.alertsQueued} alerts queued${result.hitsFound > result.alertsQueued ? ' (older finds and non-alerting kinds are stored without an alert)' : ''}.`);
  },
};
