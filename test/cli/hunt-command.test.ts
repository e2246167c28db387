import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../support/run-cli.js';

const seed = JSON.parse(readFileSync(new URL('../../seeds/watchlist.json', import.meta.url), 'utf8')) as { organizations: { id: string }[] };
let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-cli-'));
  env = { DATABASE_PATH: join(dir, 'leakwatch.db') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('retro-hunt from the CLI', () => {
  it('stores the hits of an organization added after the demo postings were ingested, once', async () => {
    const file = join(dir, 'watchlist.json');
    writeFileSync(file, JSON.stringify({ organizations: seed.organizations.filter((org) => org.id !== 'canada_post') }));
    expect((await runCli(['watch', 'import', file], env)).code).toBe(0);
    expect((await runCli(['ingest', 'seeds/demo-postings.jsonl', '--source-id', 'demo'], env)).code).toBe(0);

    const added = await runCli(['watch', 'add', 'Canada Post', '--alias', 'Postes Canada', '--domain', 'canadapost.ca', '--sector', 'logistics', '--country', 'CA'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('added canada_post (Canada Post)');
    expect(added.stdout).toMatch(/retro-hunt for canada_post:\n.*\n4 +2 +2 +1 +1 /);
    expect(added.stdout, added.stdout).toContain('Found in the archive:');
    expect(added.stderr).toContain('hunting: 4/4 postings read, 2 hits');

    const again = await runCli(['hunt'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/retro-hunt for every watched organization:\n.*\n4 +\d+ +0 +0 +0 /);
    const store = openStore(env.DATABASE_PATH!);
    try {
      expect(store.hits.query({ orgId: 'canada_post' }).map((hit) => [hit.kind, hit.foundBy]).sort()).toEqual([['access', 'retro-hunt'], ['news', 'retro-hunt']]);
    } finally {
      store.close();
    }
    const bad = await runCli(['hunt', 'nobody'], env);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('No organization with id "nobody"');
  });
});
