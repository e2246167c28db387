import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisPool } from '../../src/pipeline/analysis-pool.js';
import { createPipeline } from '../../src/pipeline/ingest-posting.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { compileDetector } from '../../src/detection/index.js';
import { scanSource } from '../../src/sources/scan-source.js';
import { openStore } from '../../src/store/index.js';
import { HOSTILE_SHAPE_NAMES, hostileText } from '../support/hostile-postings.js';
import { startLocalSite, type LocalSite } from '../support/local-site.js';
import { runCli } from '../support/run-cli.js';
import { createScanHarness } from '../sources/scan-harness.js';
import { LEAK_CHANNEL, MEDIPRIX_SALE, startBotHarness, type BotHarness } from '../telegram/bot-harness.js';
import { channelPost } from '../telegram/telegram-updates.js';

/**
 * Postings at the size cap made of every hostile shape (test/support/hostile-postings.ts), through
 * the three ways in: `leakwatch ingest`, a scan of a local source and the bot's update handler.
 * Each must be stored with the sample it carries masked, and the monitor must go on. How fast is
 * measured by `npm run bench -- --only hostile`, not here.
 */
const SAMPLE = 'Sample: jean.dupont@example.fr +33 6 12 34 56 78';
const toText = (shape: string, chars = 1_000_000) => `${SAMPLE}\n${hostileText(shape, chars - SAMPLE.length - 1)}`;

describe('hostile postings at the size cap', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-hostile-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('go through `leakwatch ingest`, every shape stored and masked', async () => {
    const file = join(dir, 'hostile.jsonl');
    writeFileSync(file, `${HOSTILE_SHAPE_NAMES.map((shape) => JSON.stringify({ id: shape, text: toText(shape) })).join('\n')}\n`);
    const env = { DATABASE_PATH: join(dir, 'ingest.db') };
    const result = await runCli(['ingest', file, '--no-deliver'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const store = openStore(env.DATABASE_PATH);
    try {
      for (const shape of HOSTILE_SHAPE_NAMES) {
        const stored = store.postings.findBySourceId('cli', shape)!;
        expect(stored.text.length, shape).toBeGreaterThan(900_000);
        expect(stored.text.startsWith('Sample: j•••@example.fr +3'), shape).toBe(true);
        expect(stored.text).not.toContain('jean.dupont');
      }
      expect(store.postings.notAnalysedBySource().size).toBe(0);
    } finally {
      store.close();
    }
  }, 300_000);

  describe('in a scan of a local source', () => {
    let site: LocalSite;
    beforeAll(async () => {
      site = await startLocalSite();
      const entry = (victim: string, description: string) => ({ victim, group: 'lockbit', discovered: '2026-12-01 10:00:00', description, domain: '', country: '', url: `http://leak.example/${victim}` });
      site.route('/hostile.json', (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([
          ...['digit_groups', 'phone_like', 'password_pairs', 'letters_at'].map((shape) => entry(`victim-${shape}`, toText(shape, 950_000))),
          entry('Médiprix', 'Médiprix pharmacy group: customer files, 150,000 customers, published'),
        ]));
      });
    });
    afterAll(async () => { await site.close(); });
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => { for (const cleanup of cleanups.splice(0)) await cleanup(); });

    const scanWithPool = async (budgetSecs: number) => {
      const harness = await createScanHarness();
      const detector = createWatchlistDetector(harness.store.watchlist, compileDetector);
      const pool = createAnalysisPool({ detector, budgetSecs, threads: 2 });
      cleanups.push(async () => { await pool.close(); await harness.close(); });
      const pipeline = createPipeline({ store: harness.store, detector, destinationsFor: () => ['console'] });
      const source = harness.declare({ id: 'hostile-feed', type: 'json', format: 'ransomware.live', url: site.url('/hostile.json') });
      const summary = await scanSource(source, { ...harness.deps, ingestAll: (postings) => pipeline.ingestAllInPool(postings, pool) });
      return { summary, store: harness.store };
    };

    it('stores every posting, masked, and still alerts on the ordinary one beside them', async () => {
      const { summary, store } = await scanWithPool(30);
      expect(summary).toMatchObject({ itemsSeen: 5, newPostings: 5, error: null });
      expect(store.hits.query({ orgId: 'mediprix' })).toHaveLength(1);
      const texts = (store.db.prepare('SELECT text FROM postings WHERE source_id = ?').all('hostile-feed') as { text: string }[]).map((row) => row.text);
      expect(texts.filter((text) => text.length > 900_000)).toHaveLength(4);
      for (const text of texts) expect(text).not.toContain('jean.dupont');
    }, 120_000);

    it('records a posting over its time budget as not analysed, and the source stays healthy', async () => {
      const { summary, store } = await scanWithPool(0.05);
      expect(summary).toMatchObject({ itemsSeen: 5, newPostings: 5, error: null });
      expect(store.postings.notAnalysedBySource().get('hostile-feed')?.count).toBeGreaterThanOrEqual(1);
      expect(store.sources.getState('hostile-feed').health).toBe('healthy');
    }, 120_000);
  });

  describe("through the bot's update handler", () => {
    let bot: BotHarness | undefined;
    afterEach(async () => { await bot?.stop(); bot = undefined; });

    it('stores 1 MB channel posts and still alerts on the sale posted after them', async () => {
      bot = await startBotHarness();
      for (const [index, shape] of ['digit_groups', 'emoji', 'newlines'].entries()) await bot.push(channelPost(LEAK_CHANNEL, 500 + index, toText(shape)));
      await bot.push(channelPost(LEAK_CHANNEL, 600, MEDIPRIX_SALE));
      await expect.poll(() => bot!.fake.messages.some((message) => message.text.includes('Médiprix')), { timeout: 20_000 }).toBe(true);
      const stored = bot.runtime.store.postings.findBySourceId('telegram', `${LEAK_CHANNEL.id}/501`)!;
      expect(stored.text.length).toBeGreaterThan(900_000);
      expect(stored.text).not.toContain('jean.dupont');
    }, 120_000);
  });
});
