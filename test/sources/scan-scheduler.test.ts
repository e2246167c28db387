import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createScanScheduler } from '../../src/sources/scan-scheduler.js';
import { startLocalSite, type LocalSite } from '../support/local-site.js';
import { createScanHarness } from './scan-harness.js';

let site: LocalSite;
let harness: Awaited<ReturnType<typeof createScanHarness>>;
let calls = 0;
beforeAll(async () => {
  site = await startLocalSite();
  // A feed that takes 1.5 s to answer: longer than the 1 s between two cron ticks.
  site.route('/slow-feed.json', (_request, response) => {
    calls += 1;
    setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ victim: `Victim ${calls}`, group: 'play', discovered: '2026-11-20 10:00:00' }])), 1500);
  });
});
afterAll(async () => { await site.close(); });
beforeEach(async () => { calls = 0; harness = await createScanHarness(); });
afterEach(async () => { await harness.close(); });

describe('the scan scheduler', () => {
  it('never runs one source twice at once: ticks that find a run in progress are skipped', async () => {
    const source = harness.declare({ id: 'slow', type: 'json', format: 'ransomware.live', url: site.url('/slow-feed.json'), schedule: '* * * * * *', jitterSeconds: 0 });
    const scheduler = createScanScheduler([source], harness.deps, { runOnStart: false });
    scheduler.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 4200));
    } finally {
      await scheduler.stop();
    }
    const runs = harness.store.scanRuns.recent('slow', 20);
    // Four or five ticks in 4.2 s, but each run takes 1.5 s: at most three runs, never overlapping.
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(3);
    const sorted = [...runs].reverse();
    for (let index = 1; index < sorted.length; index += 1) {
      expect(sorted[index]!.startedAt >= sorted[index - 1]!.finishedAt!).toBe(true);
    }
  });

  it('scans on demand, and stop() ends a run in progress as a recorded error', async () => {
    const good = harness.declare({ id: 'feed', type: 'json', format: 'ransomware.live', url: site.url('/sources/ransomware-live-recent.json'), schedule: '0 0 1 1 *' });
    const hanging = harness.declare({ id: 'hangs', type: 'rss', url: site.url('/hang'), schedule: '0 0 1 1 *' });
    const scheduler = createScanScheduler([good, hanging], harness.deps, { runOnStart: false });
    scheduler.start();
    const [summary] = await scheduler.scanNow('feed');
    expect(summary).toMatchObject({ sourceId: 'feed', itemsSeen: 40, newPostings: 40, error: null });
    const pending = scheduler.scanNow('hangs');
    await expect.poll(() => scheduler.isRunning('hangs')).toBe(true);
    await scheduler.stop();
    const [stopped] = await pending;
    expect(stopped!.error).toMatch(/stopped because leakwatch is stopping/);
    expect(harness.store.scanRuns.recent('hangs')[0]!.finishedAt).not.toBeNull();
  });
});
