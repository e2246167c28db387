import type { Organization } from '../../model/organization.js';
import { InputError } from '../../config/errors.js';
import { parseOrganization } from '../../watchlist/parse-watchlist.js';
import { capText, escapeHtml } from '../html.js';
import { orgIdArg, parseArg } from './command-args.js';
import { CommandError, type CommandContext, type CommandSpec } from './command-types.js';
import { renderPage } from './paging.js';

/** A slug from a display name, as `leakwatch watch add` makes it: "Ontario Cannabis Store" → "ontario_cannabis_store". */
export function toOrganizationId(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|(?<!_)_+$/g, '').slice(0, 64);
}

function validated(entry: Organization): Organization {
  try {
    return parseOrganization(entry);
  } catch (error) {
    if (error instanceof InputError) throw new CommandError(escapeHtml(error.message));
    throw error;
  }
}

function requireOrganization(context: CommandContext, id: string | undefined): Organization {
  if (!id) throw new CommandError('Give the organization id (see /watch list).');
  const organization = context.store.watchlist.get(parseArg(orgIdArg, id, 'organization id'));
  if (!organization) throw new CommandError(`No organization with id "${escapeHtml(capText(id, 64))}" in the watchlist: see /watch list.`);
  return organization;
}

export function describeOrganization(org: Organization): string {
  const list = (label: string, values: string[]) => `<b>${label}:</b> ${values.length > 0 ? values.map((value) => escapeHtml(value)).join(', ') : '—'}`;
  return [
    `🏢 <b>${escapeHtml(org.name)}</b> (<code>${escapeHtml(org.id)}</code>)`,
    `<b>Sector:</b> ${org.sector ?? '—'} · <b>Country:</b> ${org.country ?? '—'}`,
    list('Aliases', org.aliases),
    list('Domains', org.domains),
    list('Keywords', org.keywords),
    org.contact ? `<b>Contact:</b> ${escapeHtml([org.contact.name, org.contact.role, org.contact.email].filter(Boolean).join(', '))}` : null,
  ].filter((line) => line !== null).join('\n');
}

async function watchAdd(context: CommandContext, rest: string) {
  const [namePart, aliasPart] = rest.split('|', 2);
  const name = (namePart ?? '').trim();
  if (!name) throw new CommandError('Give the organization name, e.g. /watch add Médiprix | Mediprix, Groupement Médiprix');
  const id = toOrganizationId(name);
  if (!id) throw new CommandError(`Cannot make an id from the name "${escapeHtml(capText(name, 64))}": use letters or digits in the name.`);
  if (context.store.watchlist.get(id)) throw new CommandError(`"${id}" is already watched: add terms with /alias add ${id} TERM, or see /watch show ${id}.`);
  const aliases = (aliasPart ?? '').split(',').map((alias) => alias.trim()).filter((alias) => alias.length > 0);
  const organization = validated({ id, name, aliases, domains: [], keywords: [] });
  context.store.watchlist.put(organization, context.actor);
  await context.reply(`✅ Now watching <b>${escapeHtml(organization.name)}</b> (<code>${id}</code>)${aliases.length > 0 ? ` with aliases ${aliases.map((alias) => escapeHtml(alias)).join(', ')}` : ''}.\nAdd domains and keywords with /domain add ${id} … and /keyword add ${id} …`);
}

export const watchCommand: CommandSpec = {
  name: 'watch',
  role: 'member',
  summary: 'see and edit the watchlist (add and remove: admins)',
  usage: ['/watch list', '/watch show <id>', '/watch add <name> [| alias, alias…]', '/watch remove <id>'],
  async run(context, args) {
    const [sub, ...restWords] = args.split(/\s+/);
    const rest = args.slice((sub ?? '').length).trim();
    switch ((sub ?? '').toLowerCase()) {
      case '':
      case 'list': {
        const stateId = context.store.telegram.chats.saveCallbackState(context.chat.id, { kind: 'watch' });
        const page = renderPage(context.store, { kind: 'watch' }, 0, stateId);
        await context.reply(page.html, page.keyboard ? { keyboard: page.keyboard } : {});
        return;
      }
      case 'show':
        await context.reply(describeOrganization(requireOrganization(context, restWords[0])));
        return;
      case 'add':
        if (context.role !== 'admin') throw new CommandError('Only admins can change the watchlist.');
        await watchAdd(context, rest);
        return;
      case 'remove': {
        if (context.role !== 'admin') throw new CommandError('Only admins can change the watchlist.');
        const organization = requireOrganization(context, restWords[0]);
        context.store.watchlist.remove(organization.id, context.actor);
        await context.reply(`🗑 Stopped watching <b>${escapeHtml(organization.name)}</b> (<code>${organization.id}</code>); its hits were removed with it.`);
        return;
      }
      default:
        throw new CommandError(`Unknown /watch action "${escapeHtml(capText(sub ?? '', 32))}": use list, show, add or remove.`);
    }
  },
};

const TERM_FIELDS = { alias: 'aliases', domain: 'domains', keyword: 'keywords' } as const;

/** /alias, /domain and /keyword: one term added to or removed from one organization. */
function termCommand(kind: keyof typeof TERM_FIELDS): CommandSpec {
  const field = TERM_FIELDS[kind];
  return {
    name: kind,
    role: 'admin',
    summary: `add or remove ${kind === 'alias' ? 'an alias' : `a ${kind}`} of an organization`,
    usage: [`/${kind} add <id> <${kind === 'domain' ? 'domain' : kind === 'alias' ? 'term' : 'word'}>`, `/${kind} remove <id> <${kind === 'domain' ? 'domain' : kind === 'alias' ? 'term' : 'word'}>`],
    async run(context, args) {
      const match = /^(add|remove)\s+(\S+)\s+([\s\S]+)$/i.exec(args);
      if (!match) throw new CommandError(`Expected add or remove, then the organization id, then the ${kind}.`);
      const change = match[1]!.toLowerCase() as 'add' | 'remove';
      const organization = requireOrganization(context, match[2]);
      const term = match[3]!.trim();
      // Checked alone with the import rules (a domain is lower-cased, a term trimmed and capped).
      const value = change === 'add' ? validated({ ...organization, [field]: [term] })[field][0]! : term;
      const changed = context.store.watchlist.changeTerm(organization.id, kind, value, change, context.actor);
      const shown = `«${escapeHtml(value)}»`;
      if (!changed) {
        await context.reply(change === 'add' ? `${shown} is already a ${kind} of <code>${organization.id}</code>.` : `${shown} is not a ${kind} of <code>${organization.id}</code>: see /watch show ${organization.id}.`);
        return;
      }
      await context.reply(`${change === 'add' ? '➕ Added' : '➖ Removed'} ${kind} ${shown} ${change === 'add' ? 'to' : 'from'} <code>${organization.id}</code>.`);
    },
  };
}

export const aliasCommand = termCommand('alias');
export const domainCommand = termCommand('domain');
export const keywordCommand = termCommand('keyword');
