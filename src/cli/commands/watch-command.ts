import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../config/errors.js';
import type { AppContext } from '../app-context.js';
import { toTable } from '../print-table.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** A slug from a display name: "Ontario Cannabis Store" → "ontario_cannabis_store". */
export function toOrganizationId(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|(?<!_)_+$/g, '').slice(0, 64);
  if (slug.length === 0) throw new InputError(`Cannot make an id from the name "${name}": pass one with --id.`);
  return slug;
}

// Commands that write the watchlist skip the seed: importing into a new database gives exactly
// the imported list, not the seed plus it.
const withContext = async (work: (context: AppContext) => void | Promise<void>, seed = true) => {
  // Loaded when a command runs, not when the program is built (see check-command.ts).
  const { openAppContext } = await import('../app-context.js');
  const context = openAppContext({ seed });
  try {
    await work(context);
  } finally {
    context.close();
  }
};

/** A changed watchlist entry is searched through the postings already stored (docs/retro-hunt.md). */
async function huntAfterChange(context: AppContext, orgIds: string[]): Promise<void> {
  // Nothing stored yet (a new database being filled): nothing to hunt, and no monitor to build.
  if (context.store.postings.archiveCount() === 0) return;
  const { huntFromCli } = await import('./hunt-command.js');
  await huntFromCli(context, { orgIds, actor: 'cli', auditId: context.store.retroHunts.lastAuditId(), deliver: true });
}

export function registerWatchCommands(program: Command): void {
  const watch = program.command('watch').description('edit and view the watchlist (every change goes to the audit log)');

  watch.command('add <name>')
    .description('add an organization (or replace the one with the same id)')
    .option('--id <id>', 'stable slug; default: made from the name')
    .option('--alias <term>', 'another name, acronym or brand (repeatable)', collect, [])
    .option('--domain <domain>', 'a web or mail domain it owns (repeatable)', collect, [])
    .option('--keyword <word>', 'a context word that makes an ambiguous alias credible (repeatable)', collect, [])
    .option('--sector <sector>', 'pharmacy, cannabis, logistics, retail, health, finance, telecom, public, education, industry, tech, other')
    .option('--country <code>', 'ISO 3166-1 alpha-2, e.g. FR or CA')
    .option('--contact-email <email>', 'security contact for the victim notification mails')
    .option('--contact-name <name>', 'name of that contact')
    .option('--contact-role <role>', 'role of that contact (DPO, CISO, …)')
    .option('--no-hunt', 'do not search the stored postings for it now (the running monitor still will)')
    .action(async (name: string, options) => withContext(async (context) => {
      const { parseOrganization } = await import('../../watchlist/parse-watchlist.js');
      const organization = parseOrganization({
        id: options.id ?? toOrganizationId(name),
        name,
        aliases: options.alias,
        domains: options.domain,
        keywords: options.keyword,
        ...(options.sector ? { sector: options.sector } : {}),
        ...(options.country ? { country: options.country } : {}),
        ...(options.contactEmail ? { contact: { email: options.contactEmail, ...(options.contactName ? { name: options.contactName } : {}), ...(options.contactRole ? { role: options.contactRole } : {}) } } : {}),
      });
      const outcome = context.store.watchlist.put(organization, 'cli');
      process.stdout.write(`${outcome} ${organization.id} (${organization.name})\n`);
      if (options.hunt) await huntAfterChange(context, [organization.id]);
    }, false));

  watch.command('list')
    .description('list watched organizations')
    .option('--json', 'print JSON')
    .action(async (options) => withContext((context) => {
      const organizations = context.store.watchlist.list();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(organizations, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${toTable(['id', 'name', 'sector', 'country', 'aliases', 'domains'], organizations.map((org) => [org.id, org.name, org.sector ?? '', org.country ?? '', org.aliases.length, org.domains.join(' ')]))}\n${organizations.length} organizations\n`);
    }));

  watch.command('show <id>')
    .description('show one organization with all its terms')
    .action(async (id: string) => withContext((context) => {
      const organization = context.store.watchlist.get(id);
      if (!organization) throw new InputError(`No organization with id "${id}" in the watchlist: see \`leakwatch watch list\`.`);
      process.stdout.write(`${JSON.stringify(organization, null, 2)}\n`);
    }));

  watch.command('remove <id>')
    .description('stop watching an organization (its hits are removed with it)')
    .action(async (id: string) => withContext((context) => {
      if (!context.store.watchlist.remove(id, 'cli')) throw new InputError(`No organization with id "${id}" in the watchlist: see \`leakwatch watch list\`.`);
      process.stdout.write(`removed ${id}\n`);
    }));

  watch.command('import <file>')
    .description('add or update organizations from a watchlist file; nothing is written if any entry is wrong')
    .option('--replace', 'remove organizations that are not in the file')
    .option('--no-hunt', 'do not search the stored postings for them now (the running monitor still will)')
    .action(async (file: string, options) => {
      const { readWatchlistFile } = await import('../app-context.js');
      const organizations = readWatchlistFile(file);
      await withContext(async (context) => {
        const { added, updated, removed } = context.store.watchlist.importAll(organizations, 'cli', 'watch.import', Boolean(options.replace));
        process.stdout.write(`imported ${organizations.length} organizations from ${file}: ${added} added, ${updated} updated${options.replace ? `, ${removed} removed` : ''}\n`);
        if (options.hunt) await huntAfterChange(context, organizations.map((org) => org.id));
      }, false);
    });

  watch.command('export')
    .description('print the watchlist in the import format')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (options) => withContext(async (context) => {
      const { toWatchlistDocument } = await import('../../watchlist/parse-watchlist.js');
      const text = `${JSON.stringify(toWatchlistDocument(context.store.watchlist.list()), null, 2)}\n`;
      if (options.output) writeFileSync(options.output, text); else process.stdout.write(text);
    }));
}
