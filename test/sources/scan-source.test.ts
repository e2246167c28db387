import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scanSource, scanSources } from '../../src/sources/scan-source.js';
import { startLocalSite, type LocalSite } from '../support/local-site.js';
import { createScanHarness } from './scan-harness.js';

let site: LocalSite;
let harness: Awaited<ReturnType<typeof createScanHarness>>;
beforeAll(async () => { site = await startLocalSite(); });
afterAll(async () => { await site.close(); });
beforeEach(async () => { harness = await createScanHarness(); });
afterEach(async () => { await harness.close(); });

const selectors = { item: '.listing', title: 'h2', body: '.teaser', link: 'a.more@href', date: 'time@datetime' };

describe('a scan of one source', () => {
  it('passes new items through the pipeline, records the run, and the next run finds nothing new', async () => {
    const source = harness.declare({ id: 'tg-leaks', type: 'telegram', channel: 'leakchannel', baseUrl: site.origin });
    const first = await scanSource(source, harness.deps);
    expect(first).toMatchObject({ sourceId: 'tg-leaks', itemsSeen: 5, newPostings: 5, error: null });
    expect(first.hits).toBeGreaterThanOrEqual(1);
    const posting = harness.store.postings.findBySourceId('tg-leaks', '101')!;
    expect(posting).toMatchObject({ sourceKind: 'telegram', url: 'https://t.me/leakchannel/101', publishedAt: '2026-11-21T09:15:00.000Z' });
    expect(harness.store.hits.query({ orgId: 'mediprix', limit: 10 }).map((hit) => hit.sourceId)).toContain('tg-leaks');
    expect(harness.store.alerts.deliveryCounts().queued).toBeGreaterThanOrEqual(1);
    expect(harness.store.sources.getState('tg-leaks')).toMatchObject({ health: 'healthy', cursor: '106', lastItems: 5, bestItems: 5 });

    const second = await scanSource(source, harness.deps);
    expect(second).toMatchObject({ itemsSeen: 5, newPostings: 0, hits: 0, error: null });
    expect(harness.store.scanRuns.recent('tg-leaks').map((run) => [run.itemsSeen, run.newPostings, run.error])).toEqual([[5, 0, null], [5, 5, null]]);
  });

  it('records a page that suddenly yields nothing as an error, marks the source unhealthy at once, and tells the admins once', async () => {
    let page = '/sources/market-list.html';
    site.route('/market', (_request, response) => { response.writeHead(302, { location: page }).end(); });
    const source = harness.declare({ id: 'xmarket', type: 'html', url: site.url('/market'), selectors });
    expect((await scanSource(source, harness.deps)).itemsSeen).toBe(4);

    page = '/sources/market-list-redesign.html';
    const broken = await scanSource(source, harness.deps);
    expect(broken.failure).toBe('empty');
    expect(broken.error).toMatch(/xmarket found 0 items in 1 page\(s\); it found 4 before .*selectors probably changed/);
    expect(harness.store.scanRuns.recent('xmarket')[0]).toMatchObject({ itemsSeen: 0, error: broken.error });
    expect(harness.store.sources.getState('xmarket').health).toBe('unhealthy');
    await scanSource(source, harness.deps);
    expect(harness.notices).toEqual([expect.stringMatching(/^Source xmarket is unhealthy .*found 0 items/)]);

    page = '/sources/market-list.html';
    expect((await scanSource(source, harness.deps)).error).toBeNull();
    expect(harness.notices).toHaveLength(2);
    expect(harness.notices[1]).toMatch(/^Source xmarket recovered: 4 items/);
  });

  it('turns unhealthy after unhealthyAfter failed runs in a row, not before', async () => {
    const source = harness.declare({ id: 'gone', type: 'rss', url: site.url('/status/404'), unhealthyAfter: 3 });
    for (let run = 1; run <= 4; run += 1) await scanSource(source, harness.deps);
    const runs = harness.store.scanRuns.recent('gone');
    expect(runs).toHaveLength(4);
    expect(runs.every((run) => /HTTP 404/.test(run.error ?? ''))).toBe(true);
    expect(harness.store.sources.getState('gone')).toMatchObject({ health: 'unhealthy', consecutiveFailures: 4 });
    expect(harness.notices).toEqual([expect.stringMatching(/^Source gone is unhealthy \(3 failed runs in a row\)/)]);
  });

  it('records a private Telegram channel as an error, not an empty success', async () => {
    const summary = await scanSource(harness.declare({ id: 'tg-private', type: 'telegram', channel: 'privatechannel', baseUrl: site.origin }), harness.deps);
    expect(summary.itemsSeen).toBe(0);
    expect(harness.store.scanRuns.recent('tg-private')[0]!.error).toMatch(/no public web preview/);
  });

  it('reads a scraper source (Lorenz, 70 victims) into dls postings', async () => {
    const summary = await scanSource(harness.declare({ id: 'lorenz', type: 'scraper', url: site.url('/scrapers/lorenz.html') }), harness.deps);
    expect(summary).toMatchObject({ itemsSeen: 70, newPostings: 70, error: null });
    expect(harness.store.postings.findBySourceId('lorenz', 'comp79')).toMatchObject({ sourceKind: 'dls', title: 'Bayer Heritage Federal Credit Union' });
  });
});

describe('a scan of many sources', () => {
  it('is not stopped or delayed by a hanging, failing or Tor-only source', async () => {
    // The good feed lives on another host: sources sharing a host share its per-host slots.
    const other = await startLocalSite();
    const sources = [
      harness.declare({ id: 'hangs', type: 'html', url: site.url('/hang'), selectors, timeoutSeconds: 2 }),
      harness.declare({ id: 'drips', type: 'html', url: site.url('/drip'), selectors, timeoutSeconds: 2 }),
      harness.declare({ id: 'errors', type: 'json', format: 'ransomware.live', url: site.url('/status/500') }),
      harness.declare({ id: 'huge', type: 'html', url: site.url('/big'), selectors }),
      harness.declare({ id: 'onion', type: 'html', url: 'http://aby6efzmp7jzbwgidgqc6ghxi2vwpo6d7eaood5xuoxutrfofsmzcjqd.onion/', selectors }),
      harness.declare({ id: 'good', type: 'json', format: 'ransomware.live', url: other.url('/sources/ransomware-live-recent.json') }),
    ];
    const finished: string[] = [];
    const summaries = await scanSources(sources, harness.deps, (summary) => finished.push(summary.sourceId)).finally(() => other.close());
    const byId = new Map(summaries.map((summary) => [summary.sourceId, summary]));
    expect(byId.get('good')).toMatchObject({ itemsSeen: 40, newPostings: 40, error: null });
    expect(byId.get('good')!.durationMs).toBeLessThan(1500);
    expect(finished.indexOf('good')).toBeLessThan(finished.indexOf('hangs'));
    expect(byId.get('hangs')).toMatchObject({ failure: 'timeout' });
    expect(byId.get('hangs')!.error).toMatch(/passed its 2 s timeout/);
    expect(byId.get('drips')!.failure).toBe('timeout');
    expect(byId.get('errors')!.error).toMatch(/HTTP 500/);
    expect(byId.get('huge')!.failure).toBe('too-large');
    expect(byId.get('onion')!.failure).toBe('needs-tor');
    for (const source of sources) expect(harness.store.scanRuns.recent(source.id)).toHaveLength(1);
  });
});
