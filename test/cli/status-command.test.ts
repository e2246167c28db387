import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_LIMITS, readMonitorStatus, type MonitorStatus } from '../../src/cli/monitor-status.js';
import { openStore, type Store } from '../../src/store/index.js';
import { emptySourceState } from '../../src/store/sources-store.js';
import { runCli } from '../support/run-cli.js';
import { storeSampleAlert } from '../support/sample-alert.js';
import { createManualClock, createTempStore } from '../support/temp-store.js';

const MINUTE = 60_000;
const cleanups: (() => void)[] = [];
afterEach(() => { for (const cleanup of cleanups.splice(0)) cleanup(); });

function setUp() {
  const manual = createManualClock('2026-12-04T12:00:00.000Z');
  const temp = createTempStore({ clock: manual.clock });
  cleanups.push(temp.cleanup);
  return { ...temp, ...manual };
}

/** A source as the scheduler leaves it after a good run, or after `failures` failed ones. */
function recordRun(store: Store, sourceId: string, atIso: string, failures = 0) {
  const state = emptySourceState(sourceId);
  store.sources.saveState(failures === 0
    ? { ...state, health: 'healthy', lastRunAt: atIso, lastSuccessAt: atIso, lastItems: 12, bestItems: 12 }
    : { ...state, health: 'unhealthy', consecutiveFailures: failures, lastRunAt: atIso, lastItems: 0, lastError: 'ECONNREFUSED 127.0.0.1:9050', unhealthySince: atIso });
}

const declare = (store: Store, ids: string[], enabled = true) =>
  store.sources.syncDeclarations(ids.map((id) => ({ id, type: 'rss', enabled, config: { id } })));

describe('readMonitorStatus', () => {
  it('reports a new database as healthy, with no scan and an empty outbox', () => {
    const { store, path } = setUp();
    const status = readMonitorStatus(store, path);
    expect(status).toMatchObject({ healthy: true, problems: [], warnings: [], lastScanAt: null, sources: [], checkedAt: '2026-12-04T12:00:00.000Z' });
    expect(status.database).toEqual({ path, schemaVersion: expect.any(Number), organizations: 0 });
    expect(status.outbox).toEqual({ queued: 0, sent: 0, failed: 0, retrying: 0, nextAttemptAt: null, lastSent: null, lastError: null });
  });

  it('shows the last scan of every declared source, including one that never ran', () => {
    const { store, path, advance } = setUp();
    declare(store, ['feed-a', 'feed-b']);
    recordRun(store, 'feed-a', '2026-12-04T11:50:00.000Z');
    recordRun(store, 'cli-only', '2026-12-04T11:40:00.000Z');
    advance(MINUTE);
    const status = readMonitorStatus(store, path);
    expect(status.healthy).toBe(true);
    expect(status.lastScanAt).toBe('2026-12-04T11:50:00.000Z');
    expect(status.sources.map((source) => [source.sourceId, source.type, source.enabled, source.health, source.lastRunAt])).toEqual([
      ['cli-only', null, null, 'healthy', '2026-12-04T11:40:00.000Z'],
      ['feed-a', 'rss', true, 'healthy', '2026-12-04T11:50:00.000Z'],
      ['feed-b', 'rss', true, 'unknown', null],
    ]);
  });

  it('counts the outbox and is unhealthy once a queued alert has waited past the limit', () => {
    const { store, path, advance, clock } = setUp();
    const sent = storeSampleAlert(store, ['telegram:-1001'], 'p1');
    const [delivery] = store.alerts.deliveriesOf(sent.id);
    store.alerts.markSent(delivery!.id, '42');
    const waiting = storeSampleAlert(store, ['telegram:-1001', 'console'], 'p2');
    const [retried] = store.alerts.deliveriesOf(waiting.id);
    store.alerts.markRetry(retried!.id, clock(), '429: Too Many Requests');

    advance(DEFAULT_HEALTH_LIMITS.maxOutboxDelayMs - MINUTE);
    let status = readMonitorStatus(store, path);
    expect(status.healthy).toBe(true);
    expect(status.outbox).toEqual({
      queued: 2, sent: 1, failed: 0, retrying: 1, nextAttemptAt: '2026-12-04T12:00:00.000Z',
      lastSent: { destination: 'telegram:-1001', at: '2026-12-04T12:00:00.000Z' },
      lastError: { destination: 'telegram:-1001', error: '429: Too Many Requests' },
    });

    advance(2 * MINUTE);
    status = readMonitorStatus(store, path);
    expect(status.healthy).toBe(false);
    expect(status.problems).toEqual([expect.stringMatching(/^outbox: 2 deliveries queued, one due for 31 min \(limit 30 min\)/)]);
  });

  it('is unhealthy when no source has been scanned for longer than the limit', () => {
    const { store, path, advance } = setUp();
    declare(store, ['feed-a']);
    recordRun(store, 'feed-a', '2026-12-04T12:00:00.000Z');
    advance(DEFAULT_HEALTH_LIMITS.maxScanAgeMs);
    expect(readMonitorStatus(store, path).healthy).toBe(true);
    advance(MINUTE);
    const status = readMonitorStatus(store, path);
    expect(status.problems).toEqual(['scans: no source scanned for 3 h 1 min (limit 3 h): the scheduler is not running']);
    expect(readMonitorStatus(store, path, { ...DEFAULT_HEALTH_LIMITS, maxScanAgeMs: 6 * 60 * MINUTE }).healthy).toBe(true);
  });

  it('warns about one failing source, and is unhealthy only when every source that ran is failing', () => {
    const { store, path } = setUp();
    declare(store, ['feed-a', 'onion-b', 'never-ran']);
    declare(store, ['disabled-c'], false);
    recordRun(store, 'feed-a', '2026-12-04T11:55:00.000Z');
    recordRun(store, 'onion-b', '2026-12-04T11:56:00.000Z', 3);
    recordRun(store, 'disabled-c', '2026-11-01T00:00:00.000Z', 5);
    let status: MonitorStatus = readMonitorStatus(store, path);
    expect(status.healthy).toBe(true);
    expect(status.warnings).toEqual(['source onion-b unhealthy since 2026-12-04T11:56:00.000Z: ECONNREFUSED 127.0.0.1:9050']);

    recordRun(store, 'feed-a', '2026-12-04T11:57:00.000Z', 3);
    status = readMonitorStatus(store, path);
    expect(status.healthy).toBe(false);
    expect(status.problems).toEqual(['sources: all 2 sources that have run are unhealthy (network, proxy or Tor down?); first error: ECONNREFUSED 127.0.0.1:9050']);
  });
});

describe('leakwatch status', () => {
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakwatch-status-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };

  it('prints the status as JSON and exits 0 when healthy, 1 when not', async () => {
    const path = join(newDir(), 'leakwatch.db');
    const store = openStore(path);
    store.sources.syncDeclarations([{ id: 'feed-a', type: 'rss', enabled: true, config: {} }]);
    recordRun(store, 'feed-a', new Date(Date.now() - 5 * MINUTE).toISOString());
    storeSampleAlert(store, ['console']);
    store.close();

    const healthy = await runCli(['status', '--json'], { DATABASE_PATH: path });
    expect(healthy).toMatchObject({ code: 0, stderr: '' });
    const parsed = JSON.parse(healthy.stdout) as MonitorStatus;
    expect(parsed).toMatchObject({ healthy: true, problems: [], database: { path, organizations: 1 }, outbox: { queued: 1 } });
    expect(parsed.sources).toEqual([expect.objectContaining({ sourceId: 'feed-a', health: 'healthy', lastItems: 12 })]);

    // The queued alert has been due for about 0 minutes: a 0-minute limit makes it overdue.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const unhealthy = await runCli(['status', '--max-outbox-delay', '0m'], { DATABASE_PATH: path });
    expect(unhealthy.code).toBe(1);
    expect(unhealthy.stdout).toMatch(/^leakwatch is UNHEALTHY/);
    expect(unhealthy.stdout).toMatch(/\nproblems:\n- outbox: 1 deliveries queued/);
    expect(unhealthy.stdout).toContain('feed-a');
  });

  it('exits 2 without creating a database when there is none, and on a bad limit', async () => {
    const dir = newDir();
    const missing = await runCli(['status'], { DATABASE_PATH: join(dir, 'data', 'leakwatch.db') });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe(`leakwatch: No database at ${join(dir, 'data', 'leakwatch.db')}: the monitor has not started yet, or DATABASE_PATH points elsewhere.\n`);
    expect(existsSync(join(dir, 'data'))).toBe(false);
    const badLimit = await runCli(['status', '--max-scan-age', 'soon'], { DATABASE_PATH: join(dir, 'data', 'leakwatch.db') });
    expect(badLimit).toMatchObject({ code: 2, stderr: 'leakwatch: Invalid --max-scan-age "soon": use a number and a unit, like 30m, 24h, 7d or 2w.\n' });
  });
});
