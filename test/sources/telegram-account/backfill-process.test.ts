import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySourceState } from '../../../src/store/sources-store.js';
import { openStore } from '../../../src/store/index.js';
import { parseChatCursors, toCursorText } from '../../../src/sources/telegram-account/read-chat-history.js';
import { FAKE_API_HASH, FAKE_SESSION, LEAK_MARKET_ID } from './gramjs-objects.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = 'test/sources/telegram-account/backfill-child.ts';

let dir: string;
const children: ChildProcess[] = [];
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-backfill-')); });
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function startChild(database: string, sourcesFile: string) {
  const child = spawn(process.execPath, ['bin/run-ts.js', CHILD, database, sourcesFile], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', REQUEST_INTERVAL_MS: '300' } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

const gapIdsStored = (database: string): number[] => {
  const store = openStore(database);
  try {
    return (store.db.prepare("SELECT external_id FROM postings WHERE source_id = 'tg-account' ORDER BY id").all() as { external_id: string }[])
      .map((row) => row.external_id).filter((id) => id.startsWith(`${LEAK_MARKET_ID}/`)).map((id) => Number(id.split('/')[1])).filter((id) => id >= 109);
  } finally {
    store.close();
  }
};
const cursorOf = (database: string): number => {
  const store = openStore(database);
  try { return parseChatCursors(store.sources.getState('tg-account').cursor)[LEAK_MARKET_ID] ?? 0; } finally { store.close(); }
};

const lastRunOf = (database: string) => {
  const store = openStore(database);
  try { return store.scanRuns.recent('tg-account', 1)[0]; } finally { store.close(); }
};

describe('back-fill of a 500-message gap under `leakwatch run`', () => {
  it('stores each message once, in order, and resumes from the last one seen after a kill -9', async () => {
    const database = join(dir, 'leakwatch.db');
    const sourcesFile = join(dir, 'sources.json');
    writeFileSync(sourcesFile, JSON.stringify({ sources: [{ id: 'tg-account', type: 'telegram-account', chats: ['darkleaks_mkt', 'no_such_chat_here'] }] }));
    const setup = openStore(database);
    setup.sources.saveState({ ...emptySourceState('tg-account'), cursor: toCursorText({ [LEAK_MARKET_ID]: 108 }) });
    setup.close();

    const first = startChild(database, sourcesFile);
    await expect.poll(() => gapIdsStored(database).length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(200);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const storedBeforeKill = gapIdsStored(database);
    const cursorAfterKill = cursorOf(database);
    expect(storedBeforeKill.length).toBeLessThan(500);
    expect(storedBeforeKill).toEqual(Array.from({ length: storedBeforeKill.length }, (_, index) => 109 + index));
    // The cursor is moved once a page is stored: at most one page behind what is stored.
    expect(cursorAfterKill).toBeGreaterThanOrEqual(storedBeforeKill.at(-1)! - 100);
    expect(cursorAfterKill).toBeLessThanOrEqual(storedBeforeKill.at(-1)!);

    const second = startChild(database, sourcesFile);
    await expect.poll(() => cursorOf(database), { timeout: 30_000, interval: 50 }).toBe(608);
    await expect.poll(() => lastRunOf(database)?.finishedAt ?? null, { timeout: 10_000, interval: 50 }).not.toBeNull();
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    // Alerts go to stdout too (no bot configured): the requests are the lines marked as such.
    expect(second.stdout()).toContain('Médiprix');
    const requests = second.stdout().split('\n').filter((line) => line.startsWith('history-request ')).map((line) => JSON.parse(line.slice('history-request '.length)) as { chatId: string; offsetId: number; addOffset: number; minId: number });
    const forward = requests.filter((request) => request.addOffset < 0);
    expect(forward[0]).toMatchObject({ chatId: LEAK_MARKET_ID, minId: cursorAfterKill, offsetId: cursorAfterKill + 1 });
    expect(lastRunOf(database)).toMatchObject({ newPostings: 500 - storedBeforeKill.length });
    expect(lastRunOf(database)!.error).toContain('no_such_chat_here');

    const all = gapIdsStored(database);
    expect(all).toEqual(Array.from({ length: 500 }, (_, index) => 109 + index));
    expect(cursorOf(database)).toBe(608);

    // The session string is in neither process's logs nor in any file of the database.
    const logs = first.stderr() + second.stderr();
    expect(logs).toContain('FLOOD_WAIT');
    expect(logs).toContain('Telegram account connected');
    for (const secret of [FAKE_SESSION, FAKE_SESSION.slice(1, 60), FAKE_API_HASH]) {
      expect(logs).not.toContain(secret);
      expect(first.stdout() + second.stdout()).not.toContain(secret);
      for (const file of readdirSync(dir).filter((name) => name.startsWith('leakwatch.db'))) expect(readFileSync(join(dir, file)).includes(Buffer.from(secret))).toBe(false);
    }
  }, 90_000);
});
