import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Clock, type Store } from '../../src/store/index.js';

/** A real SQLite file in a fresh temp directory; `cleanup()` closes it and removes the directory. */
export function createTempStore(options: { clock?: Clock } = {}): { store: Store; dir: string; path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-test-'));
  const path = join(dir, 'leakwatch.db');
  const store = openStore(path, options.clock ? { clock: options.clock } : {});
  return {
    store,
    dir,
    path,
    cleanup() {
      try { store.close(); } catch { /* already closed by the test */ }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A clock the test moves by hand. */
export function createManualClock(startIso = '2026-11-22T10:00:00.000Z') {
  let now = Date.parse(startIso);
  const clock: Clock = () => new Date(now);
  return { clock, advance(ms: number) { now += ms; }, set(iso: string) { now = Date.parse(iso); } };
}
