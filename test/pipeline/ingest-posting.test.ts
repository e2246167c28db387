import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { createPipeline, type PipelineOptions } from '../../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { PostingRejectedError } from '../../src/pipeline/validate-posting.js';
import type { Organization } from '../../src/model/organization.js';
import type { Posting } from '../../src/model/posting.js';
import { createTempStore } from '../support/temp-store.js';

const mediprix: Organization = { id: 'mediprix', name: 'Médiprix', aliases: ['Mediprix', 'Groupement Médiprix'], domains: ['mediprix.fr'], sector: 'pharmacy', country: 'FR', keywords: ['pharmacie', 'carte Vitale', 'mutuelle'] };
const giropharm: Organization = { id: 'giropharm', name: 'Giropharm', aliases: ['Groupement Giropharm'], domains: ['giropharm.fr'], sector: 'pharmacy', country: 'FR', keywords: ['pharmacie'] };
const febelco: Organization = { id: 'febelco', name: 'Febelco', aliases: [], domains: ['febelco.be'], sector: 'logistics', country: 'BE', keywords: ['apotheken'] };

const SALE = '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone, address — sample: jean.dupont@mediprix.fr — $1,500, escrow accepted';
const posting = (externalId: string, text: string, sourceId = 'forum-a'): Posting => ({ sourceId, externalId, text, sourceKind: 'forum' });

let temp: ReturnType<typeof createTempStore>;
let pipeline: ReturnType<typeof createPipeline>;
let queued: string[];
const build = (extra: Partial<PipelineOptions> = {}) => createPipeline({
  store: temp.store,
  detector: createWatchlistDetector(temp.store.watchlist, compileDetector),
  destinationsFor: () => ['console', 'telegram:-100'],
  onAlertQueued: (alert) => queued.push(alert.number),
  ...extra,
});

beforeEach(() => {
  temp = createTempStore();
  temp.store.watchlist.importAll([mediprix, giropharm], 'test');
  queued = [];
  pipeline = build();
});
afterEach(() => temp.cleanup());

describe('ingest', () => {
  it('turns a sale of a watched organization into one hit and one queued alert per destination', () => {
    const result = pipeline.ingest(posting('t1', SALE));
    expect(result.status).toBe('new');
    expect(result.analysis).toMatchObject({ orgs: ['mediprix'], kind: 'sale', alert: true });
    expect(result.hits).toHaveLength(1);
    const alert = result.hits[0]!.alert!;
    expect(queued).toEqual([alert.number]);
    expect(temp.store.alerts.deliveriesOf(alert.id).map((delivery) => [delivery.destination, delivery.status])).toEqual([['console', 'queued'], ['telegram:-100', 'queued']]);
  });

  it('stores a posting that names no watched organization, unanalysed beyond that, and an edit naming one then alerts', () => {
    const other = pipeline.ingest(posting('t9', '[SELLING] Some Other Pharmacy customer database — 90,000 customers — $900'));
    expect(other).toMatchObject({ status: 'new', analysis: null, hits: [] });
    expect(other.notAnalysed).toBeUndefined();
    expect(temp.store.postings.findBySourceId('forum-a', 't9')?.text).toContain('Some Other Pharmacy');
    const edited = pipeline.ingest(posting('t9', SALE));
    expect(edited.status).toBe('edited');
    expect(edited.analysis).toMatchObject({ orgs: ['mediprix'], kind: 'sale' });
    expect(queued).toHaveLength(1);
  });

  it('makes no second hit or alert for the same posting seen again', () => {
    pipeline.ingest(posting('t1', SALE));
    const again = pipeline.ingest(posting('t1', SALE));
    expect(again).toMatchObject({ status: 'unchanged', hits: [] });
    expect(temp.store.hits.count()).toBe(1);
    expect(queued).toHaveLength(1);
  });

  it('records the same text from another source as a duplicate, without a hit', () => {
    const first = pipeline.ingest(posting('t1', SALE));
    const copy = pipeline.ingest(posting('999', `  ${SALE.toUpperCase()}\n`, 'channel-b'));
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: first.postingId, hits: [] });
    expect(temp.store.hits.count()).toBe(1);
    expect(queued).toHaveLength(1);
  });

  it('still recognizes the original text of an edited posting reposted in another source', () => {
    const first = pipeline.ingest(posting('t1', SALE));
    const edited = pipeline.ingest(posting('t1', `${SALE}\nPrice dropped to $900, DM for sample.`));
    expect(edited.status).toBe('edited');
    const hitsBefore = temp.store.hits.count();
    const repost = pipeline.ingest(posting('777', SALE, 'channel-b'));
    expect(repost).toMatchObject({ status: 'duplicate', duplicateOf: first.postingId, hits: [] });
    expect(temp.store.hits.count()).toBe(hitsBefore);
    expect(queued).toHaveLength(1);
    // The edited text is recognized too, as the same posting.
    expect(pipeline.ingest(posting('778', `${SALE}\nPrice dropped to $900, DM for sample.`, 'channel-c'))).toMatchObject({ status: 'duplicate', duplicateOf: first.postingId });
  });

  it('re-analyses an edit and alerts only for an organization it newly hits', () => {
    pipeline.ingest(posting('t1', SALE));
    const edited = pipeline.ingest(posting('t1', `${SALE}\nUPDATE: Giropharm customer file (80,000 customers) added to the same offer`));
    expect(edited.status).toBe('edited');
    expect(edited.hits.map((hit) => hit.orgId)).toEqual(['giropharm']);
    expect(queued).toHaveLength(2);
    const reworded = pipeline.ingest(posting('t1', `${SALE}\nPrice dropped to $900. Giropharm file still included (80,000 customers).`));
    expect(reworded).toMatchObject({ status: 'edited', hits: [] });
    expect(queued).toHaveLength(2);
  });

  it('stores a news mention as a hit without an alert', () => {
    const news = pipeline.ingest({ sourceId: 'rss', externalId: 'n1', sourceKind: 'news', text: 'Pharmacies : le fichier clients du groupement Médiprix mis en vente sur Telegram, selon des chercheurs. Le groupement dit avoir porté plainte.' });
    expect(news.analysis?.kind).toBe('news');
    expect(news.hits).toMatchObject([{ orgId: 'mediprix', alert: null }]);
    expect(queued).toEqual([]);
  });

  it('keeps a suppressed hit without queueing its alert', () => {
    pipeline = build({ suppressAlert: ({ orgId }) => (orgId === 'mediprix' ? 'muted for 24 h' : null) });
    const result = pipeline.ingest(posting('t1', SALE));
    expect(result.hits).toMatchObject([{ orgId: 'mediprix', alert: null, suppressed: 'muted for 24 h' }]);
    expect(queued).toEqual([]);
  });

  it('stores the text with personal data masked, after detection read it as written', () => {
    const result = pipeline.ingest(posting('t1', SALE));
    const stored = temp.store.postings.get(result.postingId)!;
    expect(stored.text).toContain('j•••@mediprix.fr');
    expect(stored.text).not.toContain('jean.dupont');
  });

  it('rejects an empty posting and stores nothing', () => {
    expect(() => pipeline.ingest(posting('e1', ' \n '))).toThrow(PostingRejectedError);
    expect(temp.store.postings.findBySourceId('forum-a', 'e1')).toBeUndefined();
  });

  it('caps a 5 MB posting and still finds the organization named at the top', () => {
    const huge = `${SALE}\n${'filler line of a dump that goes on and on\n'.repeat(130_000)}`;
    const result = pipeline.ingest(posting('big', huge));
    const stored = temp.store.postings.get(result.postingId)!;
    expect(stored.text.length).toBeLessThanOrEqual(1_000_000);
    expect(stored.meta).toMatchObject({ truncatedFromChars: huge.length });
    expect(result.hits.map((hit) => hit.orgId)).toEqual(['mediprix']);
  });

  it('sees a watchlist change made after it started', () => {
    const text = '[SELLING] Febelco — pharmacy delivery records 2023 — 12,500 deliveries — addresses, order numbers — $700';
    expect(pipeline.ingest(posting('f1', text)).hits).toEqual([]);
    temp.store.watchlist.put(febelco, 'test');
    expect(pipeline.ingest(posting('f2', `${text} (repost)`)).hits.map((hit) => hit.orgId)).toEqual(['febelco']);
  });
  it('ingests a batch in one go, keeps the others when one posting is rejected, and queues their alerts', () => {
    const results = pipeline.ingestAll([
      posting('b1', SALE),
      posting('b2', ' \n '),
      posting('b3', '[SELLING] Giropharm customer file — 80,000 customers — email, phone — $900'),
    ]);
    expect(results.map((result) => (result instanceof Error ? 'rejected' : result.status))).toEqual(['new', 'rejected', 'new']);
    expect(results[1]).toBeInstanceOf(PostingRejectedError);
    expect(temp.store.postings.findBySourceId('forum-a', 'b2')).toBeUndefined();
    expect(temp.store.hits.count()).toBe(2);
    expect(queued).toHaveLength(2);
  });
});
