import type { Organization } from '../model/organization.js';
import type { Db } from './open-database.js';
import { systemClock, type Clock } from './clock.js';

type TermKind = 'alias' | 'domain' | 'keyword';
const TERM_FIELDS: Record<TermKind, 'aliases' | 'domains' | 'keywords'> = { alias: 'aliases', domain: 'domains', keyword: 'keywords' };

interface OrganizationRow { id: string; name: string; sector: string | null; country: string | null; contact: string | null }
interface TermRow { org_id: string; kind: TermKind; term: string }

/** Who changed the watchlist, as written in the audit log ('cli', 'seed', 'telegram:42 (Alice)'). */
export type Actor = string;

/**
 * The watchlist tables and the audit log. Every change records who made it; multi-row
 * changes run in one transaction so a failed import leaves the database as it was.
 */
export function createWatchlistStore(db: Db, clock: Clock = systemClock) {
  const statements = {
    list: db.prepare('SELECT id, name, sector, country, contact FROM organizations ORDER BY id'),
    get: db.prepare('SELECT id, name, sector, country, contact FROM organizations WHERE id = ?'),
    terms: db.prepare('SELECT org_id, kind, term FROM organization_terms ORDER BY org_id, kind, position'),
    termsOf: db.prepare('SELECT org_id, kind, term FROM organization_terms WHERE org_id = ? ORDER BY kind, position'),
    count: db.prepare('SELECT COUNT(*) AS n FROM organizations'),
    upsert: db.prepare(`INSERT INTO organizations (id, name, sector, country, contact, created_at, updated_at)
      VALUES (@id, @name, @sector, @country, @contact, @now, @now)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, sector = excluded.sector, country = excluded.country,
        contact = excluded.contact, updated_at = excluded.updated_at`),
    clearTerms: db.prepare('DELETE FROM organization_terms WHERE org_id = ?'),
    insertTerm: db.prepare('INSERT OR IGNORE INTO organization_terms (org_id, kind, term, position) VALUES (?, ?, ?, ?)'),
    nextPosition: db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM organization_terms WHERE org_id = ? AND kind = ?'),
    deleteTerm: db.prepare('DELETE FROM organization_terms WHERE org_id = ? AND kind = ? AND term = ?'),
    remove: db.prepare('DELETE FROM organizations WHERE id = ?'),
    touch: db.prepare('UPDATE organizations SET updated_at = ? WHERE id = ?'),
    audit: db.prepare('INSERT INTO audit_log (at, actor, action, org_id, details) VALUES (?, ?, ?, ?, ?)'),
    revision: db.prepare("SELECT COALESCE(MAX(id), 0) AS r FROM audit_log WHERE action LIKE 'watch.%' OR action LIKE 'alias.%' OR action LIKE 'domain.%' OR action LIKE 'keyword.%'"),
    auditList: db.prepare('SELECT at, actor, action, org_id AS orgId, details FROM audit_log ORDER BY id DESC LIMIT ?'),
  };

  const now = () => clock().toISOString();
  const audit = (actor: Actor, action: string, orgId: string | null, details: unknown) =>
    statements.audit.run(now(), actor, action, orgId, JSON.stringify(details ?? {}));

  const assemble = (row: OrganizationRow, terms: TermRow[]): Organization => {
    const lists = { aliases: [] as string[], domains: [] as string[], keywords: [] as string[] };
    for (const term of terms) lists[TERM_FIELDS[term.kind]].push(term.term);
    // Keys in the order of the import format, so an export reads like the file that was imported.
    return {
      id: row.id,
      name: row.name,
      aliases: lists.aliases,
      domains: lists.domains,
      ...(row.sector ? { sector: row.sector as Organization['sector'] } : {}),
      ...(row.country ? { country: row.country } : {}),
      keywords: lists.keywords,
      ...(row.contact ? { contact: JSON.parse(row.contact) } : {}),
    };
  };

  const writeOrganization = (org: Organization) => {
    statements.upsert.run({ id: org.id, name: org.name, sector: org.sector ?? null, country: org.country ?? null, contact: org.contact ? JSON.stringify(org.contact) : null, now: now() });
    statements.clearTerms.run(org.id);
    for (const kind of Object.keys(TERM_FIELDS) as TermKind[]) {
      org[TERM_FIELDS[kind]].forEach((term, position) => statements.insertTerm.run(org.id, kind, term, position));
    }
  };

  return {
    list(): Organization[] {
      const byOrg = new Map<string, TermRow[]>();
      for (const term of statements.terms.all() as TermRow[]) {
        const list = byOrg.get(term.org_id) ?? [];
        list.push(term);
        byOrg.set(term.org_id, list);
      }
      return (statements.list.all() as OrganizationRow[]).map((row) => assemble(row, byOrg.get(row.id) ?? []));
    },
    get(id: string): Organization | undefined {
      const row = statements.get.get(id) as OrganizationRow | undefined;
      return row ? assemble(row, statements.termsOf.all(id) as TermRow[]) : undefined;
    },
    count(): number {
      return (statements.count.get() as { n: number }).n;
    },
    /** Add or replace one organization. */
    put(org: Organization, actor: Actor): 'added' | 'updated' {
      return db.transaction(() => {
        const existed = statements.get.get(org.id) !== undefined;
        writeOrganization(org);
        audit(actor, existed ? 'watch.update' : 'watch.add', org.id, org);
        return existed ? 'updated' as const : 'added' as const;
      }).immediate();
    },
    /**
     * Add or update many organizations at once; all or nothing. With `replace`, organizations
     * not in the list are removed, so the watchlist becomes exactly the imported one.
     */
    importAll(orgs: Organization[], actor: Actor, action = 'watch.import', replace = false): { added: number; updated: number; removed: number } {
      return db.transaction(() => {
        let added = 0;
        let updated = 0;
        let removed = 0;
        if (replace) {
          const keep = new Set(orgs.map((org) => org.id));
          for (const row of statements.list.all() as OrganizationRow[]) {
            if (!keep.has(row.id)) removed += statements.remove.run(row.id).changes;
          }
        }
        for (const org of orgs) {
          if (statements.get.get(org.id) === undefined) added += 1; else updated += 1;
          writeOrganization(org);
        }
        audit(actor, action, null, { added, updated, removed, ids: orgs.map((org) => org.id) });
        return { added, updated, removed };
      }).immediate();
    },
    remove(id: string, actor: Actor): boolean {
      return db.transaction(() => {
        const removed = statements.remove.run(id).changes > 0;
        if (removed) audit(actor, 'watch.remove', id, {});
        return removed;
      }).immediate();
    },
    /** Add or remove one alias, domain or keyword. Returns false when nothing changed. */
    changeTerm(id: string, kind: TermKind, term: string, change: 'add' | 'remove', actor: Actor): boolean {
      return db.transaction(() => {
        let changed: boolean;
        if (change === 'add') {
          const { p } = statements.nextPosition.get(id, kind) as { p: number };
          changed = statements.insertTerm.run(id, kind, term, p).changes > 0;
        } else {
          changed = statements.deleteTerm.run(id, kind, term).changes > 0;
        }
        if (changed) {
          statements.touch.run(now(), id);
          audit(actor, `${kind}.${change}`, id, { term });
        }
        return changed;
      }).immediate();
    },
    /**
     * Grows with every watchlist change, from any process: every change writes the audit log,
     * so a monitor recompiles its detector when the CLI or the bot edits the watchlist.
     */
    revision(): number {
      return (statements.revision.get() as { r: number }).r;
    },
    recentAudit(limit = 50): { at: string; actor: string; action: string; orgId: string | null; details: string }[] {
      return statements.auditList.all(limit) as never;
    },
  };
}

export type WatchlistStore = ReturnType<typeof createWatchlistStore>;
