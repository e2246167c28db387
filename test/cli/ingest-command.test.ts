import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../support/run-cli.js';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-ingest-'));
  env = { DATABASE_PATH: join(dir, 'leakwatch.db') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const postings = [
  { id: 'p1', source: 'telegram', text: '🔥 VENTE 🔥 Base clients groupement Médiprix — 150 000 clients : nom, email, téléphone, adresse — dossiers « mutuelle » et « carte Vitale » — 1 500 USDT — @seller_x' },
  { id: 'p2', source: 'forum', text: '[LEAK] Ontario Cannabis Store (ocs.ca) — store-level sales reports 2022 — 410k rows — free download' },
  { id: 'p3', source: 'chat', text: 'Rdv 18 h devant la pharmacie, cash seulement.' },
];

describe('leakwatch ingest and hits', () => {
  it('creates each hit once when the same file is ingested twice, and delivers alerts to the console', async () => {
    const file = join(dir, 'postings.jsonl');
    writeFileSync(file, `${postings.map((posting) => JSON.stringify(posting)).join('\n')}\n`);
    const first = await runCli(['ingest', file], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/LW-\d{4}-0001/);
    expect(first.stdout).toMatch(/LW-\d{4}-0002/);
    const second = await runCli(['ingest', file], env);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/LW-\d{4}-/);

    const store = openStore(env.DATABASE_PATH!);
    try {
      expect(store.hits.query().map((hit) => hit.orgId).sort()).toEqual(['mediprix', 'ocs']);
      expect(store.alerts.deliveryCounts()).toEqual({ queued: 0, sent: 2, failed: 0 });
    } finally {
      store.close();
    }

    const hits = await runCli(['hits', '--json', '--org', 'mediprix', '--since', '1d'], env);
    expect(hits.code).toBe(0);
    const lines = hits.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ org: 'mediprix', kind: 'sale', record_count: 150000, source: 'cli' });
    expect(lines[0].alert).toMatch(/^LW-\d{4}-0001$/);
  });

  it('reports a rejected line, keeps going, and exits 2', async () => {
    const input = `${JSON.stringify(postings[0])}\n${JSON.stringify({ id: 'bin', text: '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(20) })}\n`;
    const result = await runCli(['ingest', '--no-deliver'], env, input);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Posting cli\/bin looks binary/);
    const store = openStore(env.DATABASE_PATH!);
    try {
      expect(store.alerts.deliveryCounts()).toEqual({ queued: 1, sent: 0, failed: 0 });
    } finally {
      store.close();
    }
  });
});
