import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const seed = JSON.parse(readFileSync(new URL('../../seeds/watchlist.json', import.meta.url), 'utf8'));
let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-cli-'));
  env = { DATABASE_PATH: join(dir, 'leakwatch.db') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('leakwatch watch', () => {
  it('imports a file and exports the same organizations', async () => {
    const file = join(dir, 'watchlist.json');
    writeFileSync(file, JSON.stringify({ organizations: seed.organizations.slice(0, 5) }));
    const imported = await runCli(['watch', 'import', file], env);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('imported 5 organizations');
    const exported = await runCli(['watch', 'export'], env);
    expect(exported.code).toBe(0);
    const ids = (list: { id: string }[]) => list.map((org) => org.id).sort();
    expect(ids(JSON.parse(exported.stdout).organizations)).toEqual(ids(seed.organizations.slice(0, 5)));
    expect(JSON.parse(exported.stdout).organizations).toEqual(expect.arrayContaining(seed.organizations.slice(0, 5)));
  });

  it('changes nothing when one entry is bad, names it, and exits 2 without a stack', async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ organizations: seed.organizations.slice(0, 2) }));
    await runCli(['watch', 'import', good], env);
    const before = (await runCli(['watch', 'export'], env)).stdout;
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ organizations: [seed.organizations[3], { ...seed.organizations[4], domains: ['not a domain'] }] }));
    const result = await runCli(['watch', 'import', bad], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/organizations\[1\] \(.+\)\.domains\.0: a domain like example\.com/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await runCli(['watch', 'export'], env)).stdout).toBe(before);
  });

  it('adds, shows and removes one organization', async () => {
    const added = await runCli(['watch', 'add', 'Ontario Cannabis Store', '--alias', 'OCS', '--alias', 'SOC', '--domain', 'ocs.ca', '--keyword', 'cannabis', '--sector', 'cannabis', '--country', 'ca'], env);
    expect(added).toMatchObject({ code: 0, stdout: 'added ontario_cannabis_store (Ontario Cannabis Store)\n' });
    const shown = JSON.parse((await runCli(['watch', 'show', 'ontario_cannabis_store'], env)).stdout);
    expect(shown).toEqual({ id: 'ontario_cannabis_store', name: 'Ontario Cannabis Store', aliases: ['OCS', 'SOC'], domains: ['ocs.ca'], sector: 'cannabis', country: 'CA', keywords: ['cannabis'] });
    expect((await runCli(['watch', 'remove', 'ontario_cannabis_store'], env)).code).toBe(0);
    const missing = await runCli(['watch', 'show', 'ontario_cannabis_store'], env);
    expect(missing).toMatchObject({ code: 2, stderr: 'leakwatch: No organization with id "ontario_cannabis_store" in the watchlist: see `leakwatch watch list`.\n' });
  });

  it('loads the seed watchlist into a new database for reading commands', async () => {
    const listed = await runCli(['watch', 'list', '--json'], env);
    expect(JSON.parse(listed.stdout)).toHaveLength(seed.organizations.length);
  });

  it('rejects bad options and unknown commands with exit code 2', async () => {
    expect((await runCli(['watch', 'add', 'Acme', '--sector', 'pharma'], env)).stderr).toMatch(/Invalid sector/);
    expect((await runCli(['watch', 'add', 'Acme', '--sector', 'pharma'], env)).code).toBe(2);
    expect((await runCli(['frobnicate'], env)).code).toBe(2);
    expect((await runCli(['hits', '--since', 'yesterday'], env)).code).toBe(2);
    expect((await runCli(['--help'], env)).code).toBe(0);
  });

  it('stops on an invalid setting with one line naming it', async () => {
    const result = await runCli(['watch', 'list'], { ...env, LOG_LEVEL: 'loud' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('leakwatch: Invalid setting LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent. Fix it in .env or the environment (see .env.example).\n');
  });

  it('reports a corrupt database file clearly', async () => {
    writeFileSync(env.DATABASE_PATH!, 'garbage '.repeat(1000));
    const result = await runCli(['watch', 'list'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leakwatch: The file at .* is not a leakwatch database or is corrupt/);
  });
});
