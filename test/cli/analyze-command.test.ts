import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POSTING_KINDS, SEVERITIES, DATA_TYPES } from '../../src/model/analysis.js';
import { runCli } from '../support/run-cli.js';

const devSet = fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url));
const seedWatchlist = fileURLToPath(new URL('../../seeds/watchlist.json', import.meta.url));
let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-analyze-'));
  env = { DATABASE_PATH: join(dir, 'never-created.db') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('leakwatch analyze', () => {
  it.runIf(existsSync(devSet))('writes one contract line per posting of the dev set, in order, without touching a database', async () => {
    const result = await runCli(['analyze', '--watchlist', join(devSet, 'watchlist.json'), '--input', join(devSet, 'postings.jsonl')], env);
    expect(result.code).toBe(0);
    const inputIds = readFileSync(join(devSet, 'postings.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line).id);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(inputIds);
    for (const line of lines) {
      expect(Array.isArray(line.orgs)).toBe(true);
      expect(POSTING_KINDS).toContain(line.kind);
      expect(line.record_count === null || Number.isInteger(line.record_count)).toBe(true);
      for (const type of line.data_types) expect(DATA_TYPES).toContain(type);
      expect(SEVERITIES).toContain(line.severity);
      expect(typeof line.alert).toBe('boolean');
      for (const match of line.matches) expect(Object.keys(match)).toEqual(expect.arrayContaining(['org', 'term', 'how']));
    }
    expect(existsSync(env.DATABASE_PATH!)).toBe(false);
  });

  it('reads stdin, and keeps the place of a bad line with an error and exit code 2', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: '[SELLING] Médiprix customer DB — 150,000 customers — emails, phones — $1,500 escrow', source: 'forum' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: '' }),
      JSON.stringify({ id: 'd', text: 'Marché de Carpentras ce samedi : abricots et pêches, 3,50 € le kilo.' }),
    ].join('\n');
    const result = await runCli(['analyze', '--watchlist', seedWatchlist], env, input);
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0]).toMatchObject({ orgs: ['mediprix'], kind: 'sale', record_count: 150000, alert: true });
    expect(lines[1].error).toMatch(/Line 2 is not valid JSON/);
    expect(lines[2].error).toMatch(/has no text/);
    expect(lines[3]).toMatchObject({ orgs: [], alert: false });
    expect(result.stderr).toMatch(/Line 2 is not valid JSON/);
  });

  it('fails with exit code 2 and one line for a missing watchlist', async () => {
    const result = await runCli(['analyze', '--watchlist', join(dir, 'nope.json')], env, '');
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toMatch(/^leakwatch: Cannot read the watchlist file .*nope\.json: ENOENT\. Check the path\.\n$/);
  });

  it('requires --watchlist', async () => {
    const result = await runCli(['analyze'], env, '');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--watchlist/);
  });

  it('analyses binary-free but hostile input without crashing', async () => {
    const hostile = [
      JSON.stringify({ id: 'rtl', text: '\u202E xirpidéM \u202C [SELLING] M\u0435diprix DB 10k' }),
      JSON.stringify({ id: 'marks', text: `Mediprix${'\u0301'.repeat(10_000)}` }),
      JSON.stringify({ id: 'surrogate', text: 'Médiprix \uD800 leak' }),
      JSON.stringify({ id: 'big', text: 'a'.repeat(1_200_000) }),
    ].join('\n');
    const file = join(dir, 'hostile.jsonl');
    writeFileSync(file, hostile);
    const result = await runCli(['analyze', '--watchlist', seedWatchlist, '--input', file], env);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['rtl', 'marks', 'surrogate', 'big']);
  });
});
