import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { startLocalSite, type LocalSite } from '../support/local-site.js';
import { runCli } from '../support/run-cli.js';

// `leakwatch sources …`, `leakwatch scan` and `leakwatch run` with sources, as a user runs them.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let site: LocalSite;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => { site = await startLocalSite(); });
afterAll(async () => { await site.close(); });
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-sources-cli-'));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [
    { id: 'tg-leaks', type: 'telegram', channel: 'leakchannel', baseUrl: site.origin, jitterSeconds: 0 },
    { id: 'rl-recent', type: 'json', format: 'ransomware.live', url: site.url('/sources/ransomware-live-recent.json'), jitterSeconds: 0 },
    { id: 'refused', type: 'rss', url: 'http://127.0.0.1:1/feed', jitterSeconds: 0 },
    { id: 'hangs', type: 'rss', url: site.url('/hang'), timeoutSeconds: 2, jitterSeconds: 0 },
  ] }));
  env = { DATABASE_PATH: join(dir, 'leakwatch.db'), SOURCES_FILE: join(dir, 'sources.json'), EVIDENCE_DIR: join(dir, 'evidence') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('leakwatch sources / scan', () => {
  it('sources list shows every source, scrapers included, and why one is not scheduled', async () => {
    const result = await runCli(['sources', 'list'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/tg-leaks\s+telegram\s+\*\/30 \* \* \* \*\s+scheduled\s+unknown/);
    expect(result.stdout).toMatch(/lorenz\s+scraper\s+.*needs Tor: set TOR_SOCKS_URL/);
    expect(result.stdout).toMatch(/6 sources from .*sources\.json and scrapers\//);
  });

  it('sources test fetches and parses without storing; a broken source exits 1 with the reason', async () => {
    const ok = await runCli(['sources', 'test', 'tg-leaks'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/101\s+2026-11-21\s+\[SELLING\] Médiprix customer database/);
    expect(ok.stdout).toMatch(/tg-leaks: 5 items from 1 page\(s\) in [\d.]+ s; nothing stored/);
    const broken = await runCli(['sources', 'test', 'refused'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/refused: FAILED \(unreachable\): .*ECONNREFUSED/);
    const unknown = await runCli(['sources', 'test', 'nope'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No source "nope" in .* Known: tg-leaks, rl-recent, refused, hangs, dark-leak-market, lorenz/);
  });

  it('scan --once prints progress and a summary table, stores postings and runs, and exits 1 when a source failed', async () => {
    const one = await runCli(['scan', '--source', 'tg-leaks', '--once', '--no-deliver'], env);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/✓ tg-leaks: 5 items, 5 new, \d+ hits/);
    expect(one.stdout).toMatch(/source\s+items seen\s+new postings\s+hits\s+errors\s+duration\n\s*tg-leaks\s+5\s+5\s+\d+\s+0/);

    const all = await runCli(['scan', '--once', '--no-deliver'], env);
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/✓ tg-leaks: 5 items, 0 new, 0 hits/);
    expect(all.stdout).toMatch(/✓ rl-recent: 40 items, 40 new/);
    expect(all.stdout).toMatch(/✗ refused: .*ECONNREFUSED/);
    expect(all.stdout).toMatch(/✗ hangs: .*timeout/);
    expect(all.stdout).toMatch(/- lorenz: not scanned \(needs Tor: set TOR_SOCKS_URL\)/);
    expect(all.stdout).toMatch(/4 sources scanned, 2 with errors/);

    const store = openStore(env.DATABASE_PATH!);
    try {
      expect(store.scanRuns.recent('tg-leaks')).toHaveLength(2);
      expect(store.scanRuns.recent('refused')[0]!.error).toMatch(/ECONNREFUSED/);
      expect(store.postings.findBySourceId('tg-leaks', '104')?.meta).toMatchObject({ forwardedFrom: 'Breach Updates' });
    } finally { store.close(); }
    const listed = await runCli(['sources', 'list'], env);
    expect(listed.stdout).toMatch(/refused\s+rss\s+.*scheduled\s+unknown \(1 failed\).*ECONNREFUSED/);
  });
});

describe('leakwatch run with sources enabled', () => {
  it('keeps running when sources are unreachable or hang, records their errors, and stops cleanly', async () => {
    const child = spawn(process.execPath, ['bin/leakwatch.js', 'run'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, SOURCES_ENABLED: 'true', LOG_LEVEL: 'info' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => stderr, { timeout: 30_000, interval: 100 }).toMatch(/"source":"hangs".*"msg":"source run failed"/);
      await expect.poll(() => stderr, { timeout: 10_000, interval: 100 }).toMatch(/"source":"refused".*"msg":"source run failed"/);
      // Its postings are analysed in worker threads that start on first use: it may end after the others.
      await expect.poll(() => stderr, { timeout: 30_000, interval: 100 }).toMatch(/"source":"rl-recent".*"msg":"source scanned"/);
      expect(stderr).toMatch(/"source":"lorenz","reason":"needs Tor: set TOR_SOCKS_URL","msg":"source not scheduled"/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/"msg":"stopped"/);
    const store = openStore(env.DATABASE_PATH!);
    try {
      expect(store.scanRuns.recent('rl-recent')[0]).toMatchObject({ itemsSeen: 40, newPostings: 40, error: null });
      expect(store.scanRuns.recent('hangs')[0]!.error).toMatch(/timeout/);
    } finally { store.close(); }
  }, 60_000);
});
