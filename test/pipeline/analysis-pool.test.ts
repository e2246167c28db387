import { afterEach, describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { Organization } from '../../src/model/organization.js';
import { createAnalysisPool, type AnalysisPool } from '../../src/pipeline/analysis-pool.js';
import { createPipeline } from '../../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { hostileText } from '../support/hostile-postings.js';
import { createTempStore } from '../support/temp-store.js';

const mediprix: Organization = { id: 'mediprix', name: 'Médiprix', aliases: ['Mediprix'], domains: ['mediprix.fr'], sector: 'pharmacy', country: 'FR', keywords: ['pharmacie'] };
const SALE = '[SELLING] Médiprix customer database — 150,000 customers — sample: jean.dupont@mediprix.fr — $1,500';

const cleanups: (() => unknown)[] = [];
afterEach(async () => { for (const cleanup of cleanups.splice(0).reverse()) await cleanup(); });

function setUp(budgetSecs: number): { pipeline: ReturnType<typeof createPipeline>; pool: AnalysisPool; store: ReturnType<typeof createTempStore>['store'] } {
  const temp = createTempStore();
  cleanups.push(() => temp.cleanup());
  temp.store.watchlist.importAll([mediprix], 'test');
  const detector = createWatchlistDetector(temp.store.watchlist, compileDetector);
  const pool = createAnalysisPool({ detector, budgetSecs, threads: 2 });
  cleanups.push(() => pool.close());
  return { pipeline: createPipeline({ store: temp.store, detector, destinationsFor: () => ['console'] }), pool, store: temp.store };
}

describe('analysis in the worker pool', () => {
  it('analyses in a worker thread as in process: hits, alerts, masked text', async () => {
    const { pipeline, pool, store } = setUp(30);
    const [result] = await pipeline.ingestAllInPool([{ sourceId: 'forum-a', externalId: '1', text: SALE }], pool);
    expect(result).toMatchObject({ status: 'new', hits: [{ orgId: 'mediprix' }] });
    expect(store.postings.findBySourceId('forum-a', '1')!.text).toContain('j•••@mediprix.fr');
  }, 60_000);

  it('stores a posting over its budget as not analysed, masked, and counts it for its source', async () => {
    const { pipeline, pool, store } = setUp(0.001);
    const huge = `${SALE}\n${hostileText('digit_groups', 900_000)}`;
    const results = await pipeline.ingestAllInPool([{ sourceId: 'forum-a', externalId: 'huge', text: huge }], pool);
    expect(results[0]).toMatchObject({ status: 'new', hits: [], notAnalysed: expect.stringContaining('ANALYSIS_BUDGET_SECS') });
    const stored = store.postings.findBySourceId('forum-a', 'huge')!;
    expect(stored.text).toContain('j•••@mediprix.fr');
    expect(stored.text).not.toContain('jean.dupont');
    expect(store.postings.notAnalysedBySource().get('forum-a')?.count).toBe(1);
  }, 60_000);
});
