import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-run-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start (leakwatch run)', () => {
  it('loads the seed watchlist into a new database, runs until SIGINT and stops cleanly', async () => {
    const databasePath = join(dir, 'data', 'leakwatch.db');
    // No sources file and no token: the monitor runs on the embedded defaults, offline.
    const child = spawn(process.execPath, ['bin/leakwatch.js', 'run'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: databasePath, SOURCES_ENABLED: 'false', LOG_LEVEL: 'info' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    await expect.poll(() => stderr, { timeout: 20_000, interval: 100 }).toMatch(/monitor running/);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/"msg":"stopped"/);

    const store = openStore(databasePath);
    try {
      expect(store.watchlist.count()).toBeGreaterThanOrEqual(20);
      expect(store.watchlist.get('mediprix')?.name).toBe('Médiprix');
      expect(store.watchlist.recentAudit().at(-1)).toMatchObject({ actor: 'seed', action: 'watch.seed' });
    } finally {
      store.close();
    }
  }, 40_000);
});
