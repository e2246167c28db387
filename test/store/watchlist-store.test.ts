import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWatchlist } from '../../src/watchlist/parse-watchlist.js';
import type { Organization } from '../../src/model/organization.js';
import { createTempStore } from '../support/temp-store.js';

const devWatchlist = new URL('../../../shared/eval/dev/watchlist.json', import.meta.url);
const seed = parseWatchlist(JSON.parse(readFileSync(new URL('../../seeds/watchlist.json', import.meta.url), 'utf8')));

let temp: ReturnType<typeof createTempStore>;
beforeEach(() => { temp = createTempStore(); });
afterEach(() => temp.cleanup());

describe('watchlist store', () => {
  it('gives back exactly what was imported', () => {
    temp.store.watchlist.importAll(seed, 'cli');
    expect(temp.store.watchlist.list()).toEqual([...seed].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it.runIf(readFileSyncSafe(devWatchlist))('round-trips the benchmark watchlist', () => {
    const organizations = parseWatchlist(JSON.parse(readFileSync(devWatchlist, 'utf8')));
    temp.store.watchlist.importAll(organizations, 'cli');
    const exported = temp.store.watchlist.list();
    expect(JSON.stringify(exported)).toBe(JSON.stringify([...organizations].sort((a, b) => a.id.localeCompare(b.id))));
  });

  it('writes nothing when one organization of an import fails at the database', () => {
    temp.store.watchlist.importAll(seed.slice(0, 2), 'cli');
    const before = temp.store.watchlist.list();
    const broken = { ...seed[3]!, name: null } as unknown as Organization;
    expect(() => temp.store.watchlist.importAll([seed[2]!, broken], 'cli')).toThrow(/NOT NULL/);
    expect(temp.store.watchlist.list()).toEqual(before);
    expect(temp.store.watchlist.recentAudit().map((entry) => entry.action)).toEqual(['watch.import']);
  });

  it('replaces the whole list on request', () => {
    temp.store.watchlist.importAll(seed, 'cli');
    const result = temp.store.watchlist.importAll(seed.slice(0, 3), 'cli', 'watch.import', true);
    expect(result).toEqual({ added: 0, updated: 3, removed: seed.length - 3 });
    expect(temp.store.watchlist.count()).toBe(3);
  });

  it('records who changed what in the audit log, and bumps the revision on each change', () => {
    const revisions = [temp.store.watchlist.revision()];
    temp.store.watchlist.put(seed[0]!, 'cli');
    revisions.push(temp.store.watchlist.revision());
    expect(temp.store.watchlist.changeTerm(seed[0]!.id, 'alias', 'Médiprix Santé', 'add', 'telegram:42 (Alice)')).toBe(true);
    expect(temp.store.watchlist.changeTerm(seed[0]!.id, 'alias', 'Médiprix Santé', 'add', 'telegram:42 (Alice)')).toBe(false);
    revisions.push(temp.store.watchlist.revision());
    expect(temp.store.watchlist.remove(seed[0]!.id, 'cli')).toBe(true);
    revisions.push(temp.store.watchlist.revision());
    expect(new Set(revisions).size).toBe(4);
    const audit = temp.store.watchlist.recentAudit();
    expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([
      ['cli', 'watch.remove'],
      ['telegram:42 (Alice)', 'alias.add'],
      ['cli', 'watch.add'],
    ]);
    expect(JSON.parse(audit[1]!.details)).toEqual({ term: 'Médiprix Santé' });
  });

  it('appends a new alias after the existing ones', () => {
    temp.store.watchlist.put(seed[0]!, 'cli');
    temp.store.watchlist.changeTerm(seed[0]!.id, 'alias', 'Zeta', 'add', 'cli');
    expect(temp.store.watchlist.get(seed[0]!.id)!.aliases).toEqual([...seed[0]!.aliases, 'Zeta']);
    temp.store.watchlist.changeTerm(seed[0]!.id, 'alias', seed[0]!.aliases[0]!, 'remove', 'cli');
    expect(temp.store.watchlist.get(seed[0]!.id)!.aliases).toEqual([...seed[0]!.aliases.slice(1), 'Zeta']);
  });
});

function readFileSyncSafe(url: URL): boolean {
  try { readFileSync(url); return true; } catch { return false; }
}
