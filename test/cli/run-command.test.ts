import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { loadSettings } from '../../src/config/settings.js';
import { runMonitor } from '../../src/cli/commands/run-command.js';
import type { MonitorPart } from '../../src/cli/monitor-runtime.js';

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
  it('stops cleanly when SIGINT arrives during start-up, before the monitor runs', async () => {
    const databasePath = join(dir, 'data', 'leakwatch.db');
    const child = spawn(process.execPath, ['bin/leakwatch.js', 'run'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: databasePath, SOURCES_ENABLED: 'false', LOG_LEVEL: 'info' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let stderr = '';
    let signalled = false;
    // The first log line (the seed watchlist loaded into the new database) comes from start-up.
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!signalled && stderr.includes('\n')) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/"msg":"stopping"/);
    expect(stderr).toMatch(/"msg":"stopped"/);
    // A closed database leaves no write-ahead log behind; a killed process does.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    const store = openStore(databasePath);
    try {
      expect(store.watchlist.get('mediprix')?.name).toBe('Médiprix');
    } finally {
      store.close();
    }
  }, 40_000);
});

describe('runMonitor stopped during start-up', () => {
  /** A part whose setup or start waits at a gate the test opens, and which records what it did. */
  function gatedPart(name: string, events: string[], where: 'setup' | 'start') {
    let open!: () => void;
    let reached!: () => void;
    const gate = new Promise<void>((resolve) => { open = resolve; });
    const atGate = new Promise<void>((resolve) => { reached = resolve; });
    const part: MonitorPart = {
      name,
      async setup() {
        if (where !== 'setup') return;
        reached();
        await gate;
      },
      async start() {
        events.push(`${name} started`);
        if (where === 'start') {
          reached();
          await gate;
        }
        return async () => { events.push(`${name} stopped`); };
      },
    };
    return { part, open, atGate };
  }
  const plainPart = (name: string, events: string[]): MonitorPart => ({
    name,
    async start() {
      events.push(`${name} started`);
      return async () => { events.push(`${name} stopped`); };
    },
  });
  const settingsFor = (databasePath: string) => loadSettings({ DATABASE_PATH: databasePath, SOURCES_ENABLED: 'false', LOG_LEVEL: 'silent' });

  it('lets the part being started finish, starts no more, stops it and closes the database', async () => {
    const databasePath = join(dir, 'leakwatch.db');
    const events: string[] = [];
    const slow = gatedPart('slow', events, 'start');
    const controller = new AbortController();
    const running = runMonitor({ signal: controller.signal, parts: [slow.part, plainPart('later', events)], settings: settingsFor(databasePath) });
    await slow.atGate;
    controller.abort();
    slow.open();
    await running;
    expect(events).toEqual(['slow started', 'slow stopped']);
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
  });

  it('starts nothing when the stop comes while the parts are being set up', async () => {
    const databasePath = join(dir, 'leakwatch.db');
    const events: string[] = [];
    const slow = gatedPart('slow', events, 'setup');
    const controller = new AbortController();
    const running = runMonitor({ signal: controller.signal, parts: [slow.part, plainPart('later', events)], settings: settingsFor(databasePath) });
    await slow.atGate;
    controller.abort();
    slow.open();
    await running;
    expect(events).toEqual([]);
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    const store = openStore(databasePath);
    try {
      expect(store.watchlist.get('mediprix')?.name).toBe('Médiprix');
    } finally {
      store.close();
    }
  });
});
