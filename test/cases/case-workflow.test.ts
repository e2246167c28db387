import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWatchlistFile, type AppContext } from '../../src/cli/app-context.js';
import { createMonitorRuntime, type MonitorRuntime } from '../../src/cli/monitor-runtime.js';
import { createCasesMonitorPart, runCaseTick } from '../../src/cases/cases-monitor-part.js';
import { CaseTransitionError, ensureCase, toClaimSignature, transitionCase } from '../../src/cases/case-workflow.js';
import { silentLogger } from '../../src/config/logger.js';
import { loadSettings } from '../../src/config/settings.js';
import { compileDetector } from '../../src/detection/index.js';
import type { Posting } from '../../src/model/posting.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { createManualClock, createTempStore } from '../support/temp-store.js';

const SALE = '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone — $1,500, escrow accepted — contact @seller_x';
const REPOST = 'Médiprix customers DB for sale again: 150 000 customers (name, email, phone) for $1,500. DM @Seller_X';
const OTHER_CLAIM = '[SELLING] Médiprix customer database — 90,000 customers — name, email — $900 — contact @other_guy';
const HOUR = 3_600_000;

const posting = (sourceId: string, externalId: string, text: string, url?: string): Posting =>
  ({ sourceId, externalId, text, sourceKind: 'forum', ...(url ? { url } : {}) });

let temp: ReturnType<typeof createTempStore>;
let clock: ReturnType<typeof createManualClock>;
let runtime: MonitorRuntime;
let told: { alertId: number; en: string; fr: string }[];

beforeEach(async () => {
  clock = createManualClock('2026-11-22T10:00:00.000Z');
  temp = createTempStore({ clock: clock.clock });
  temp.store.watchlist.importAll(readWatchlistFile('seeds/watchlist.json'), 'seed', 'watch.seed');
  const context: AppContext = {
    settings: loadSettings({ DATABASE_PATH: temp.path, LOG_LEVEL: 'silent' }), logger: silentLogger, store: temp.store,
    detector: createWatchlistDetector(temp.store.watchlist, compileDetector), close: () => temp.store.close(),
  };
  runtime = await createMonitorRuntime(context, [createCasesMonitorPart()]);
  told = [];
});
afterEach(() => temp.cleanup());

const notify = async (alertId: number, text: { en: string; fr: string }) => { told.push({ alertId, ...text }); };

describe('cases', () => {
  it('opens a case for each new alert, state new, with its first sighting', () => {
    const result = runtime.pipeline.ingest(posting('forum-a', '1', SALE));
    const alert = result.hits[0]!.alert!;
    const opened = temp.store.cases.getByAlertId(alert.id)!;
    expect(opened).toMatchObject({ state: 'new', orgId: 'mediprix', alertNumber: alert.number, confirmedAt: null, sightings: 1 });
    expect(temp.store.cases.events(opened.id)).toEqual([{ caseId: opened.id, state: 'new', actor: 'pipeline', at: '2026-11-22T10:00:00.000Z' }]);
  });

  it('records who and when for each step, starts the clock at confirmation and refuses steps out of order', () => {
    const alert = runtime.pipeline.ingest(posting('forum-a', '1', SALE)).hits[0]!.alert!;
    const opened = ensureCase(temp.store, alert.id)!;
    expect(() => transitionCase(temp.store, opened.id, 'details_sent', 'cli')).toThrow(/mail 2 follows mail 1/);
    clock.advance(HOUR);
    transitionCase(temp.store, opened.id, 'confirmed', 'telegram:1001 (Alice Martin)');
    clock.advance(2 * HOUR);
    transitionCase(temp.store, opened.id, 'victim_contacted', 'cli (Bob)');
    clock.advance(HOUR);
    const { case: done } = transitionCase(temp.store, opened.id, 'details_sent', 'cli (Bob)');
    expect(done).toMatchObject({ state: 'details_sent', confirmedAt: '2026-11-22T11:00:00.000Z' });
    expect(temp.store.cases.events(opened.id).map((event) => [event.state, event.actor, event.at])).toEqual([
      ['new', 'pipeline', '2026-11-22T10:00:00.000Z'],
      ['confirmed', 'telegram:1001 (Alice Martin)', '2026-11-22T11:00:00.000Z'],
      ['victim_contacted', 'cli (Bob)', '2026-11-22T13:00:00.000Z'],
      ['details_sent', 'cli (Bob)', '2026-11-22T14:00:00.000Z'],
    ]);
    expect(() => transitionCase(temp.store, opened.id, 'false_positive', 'cli')).toThrow(CaseTransitionError);
    transitionCase(temp.store, opened.id, 'closed', 'cli');
    expect(() => transitionCase(temp.store, opened.id, 'confirmed', 'cli')).toThrow(/closed/);
  });

  it('mail 1 on a new case confirms it first, both recorded', () => {
    const alert = runtime.pipeline.ingest(posting('forum-a', '1', SALE)).hits[0]!.alert!;
    const opened = ensureCase(temp.store, alert.id)!;
    const { events } = transitionCase(temp.store, opened.id, 'victim_contacted', 'cli');
    expect(events.map((event) => event.state)).toEqual(['confirmed', 'victim_contacted']);
    expect(temp.store.cases.get(opened.id)!.confirmedAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('sends the 24 h and 60 h reminders once each while the case is open, and none once closed', async () => {
    const alert = runtime.pipeline.ingest(posting('forum-a', '1', SALE)).hits[0]!.alert!;
    const opened = ensureCase(temp.store, alert.id)!;
    clock.advance(30 * HOUR); // unconfirmed: no clock yet
    expect(await runCaseTick(temp.store, notify)).toEqual([]);
    transitionCase(temp.store, opened.id, 'confirmed', 'cli');
    clock.advance(23 * HOUR + 59 * 60_000);
    expect(await runCaseTick(temp.store, notify)).toEqual([]);
    clock.advance(60_000);
    const first = await runCaseTick(temp.store, notify);
    expect(first.map((notice) => notice.kind)).toEqual(['reminder']);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ alertId: alert.id });
    expect(told[0]!.en).toContain(`${alert.number}: 24 h since confirmation, 48 h left of the 72 h`);
    expect(told[0]!.fr).toContain('48 h restantes sur 72 h');
    clock.advance(HOUR);
    expect(await runCaseTick(temp.store, notify)).toEqual([]);
    clock.advance(35 * HOUR); // 60 h after confirmation
    expect((await runCaseTick(temp.store, notify)).map((notice) => notice.text.en)).toEqual([expect.stringContaining('60 h since confirmation, 12 h left')]);
    expect(await runCaseTick(temp.store, notify)).toEqual([]);

    const second = runtime.pipeline.ingest(posting('forum-a', '2', OTHER_CLAIM)).hits[0]!.alert!;
    const other = ensureCase(temp.store, second.id)!;
    transitionCase(temp.store, other.id, 'confirmed', 'cli');
    transitionCase(temp.store, other.id, 'closed', 'cli');
    clock.advance(25 * HOUR);
    expect(await runCaseTick(temp.store, notify)).toEqual([]);
  });

  it('a monitor that was down past both marks sends only the 60 h reminder', async () => {
    const alert = runtime.pipeline.ingest(posting('forum-a', '1', SALE)).hits[0]!.alert!;
    transitionCase(temp.store, ensureCase(temp.store, alert.id)!.id, 'confirmed', 'cli');
    clock.advance(61 * HOUR);
    expect((await runCaseTick(temp.store, notify)).map((notice) => notice.text.en)).toEqual([expect.stringContaining('60 h since confirmation')]);
  });

  it('groups a reworded repost of the same claim into the first case: no second alert, one mention in the chat', async () => {
    const first = runtime.pipeline.ingest(posting('forum-a', '1', SALE)).hits[0]!.alert!;
    clock.advance(5 * HOUR);
    const repost = runtime.pipeline.ingest(posting('telegram', '-100/7', REPOST, 'https://t.me/leaks/7'));
    expect(repost.hits).toHaveLength(1);
    expect(repost.hits[0]!.alert).toBeNull();
    expect(repost.hits[0]!.suppressed).toContain(`same claim as ${first.number}`);
    const grouped = temp.store.cases.getByAlertId(first.id)!;
    expect(grouped).toMatchObject({ sightings: 2, lastSeenAt: '2026-11-22T15:00:00.000Z' });
    expect(temp.store.cases.sightings(grouped.id).map((sighting) => sighting.sourceId)).toEqual(['forum-a', 'telegram']);

    const notices = await runCaseTick(temp.store, notify);
    expect(notices.map((notice) => notice.kind)).toEqual(['sighting']);
    expect(told[0]!.en).toContain(`🔁 ${first.number}: the same claim was seen again (telegram https://t.me/leaks/7); 2 sightings`);
    expect(await runCaseTick(temp.store, notify)).toEqual([]);

    const other = runtime.pipeline.ingest(posting('forum-b', '9', OTHER_CLAIM));
    expect(other.hits[0]!.alert).not.toBeNull();
    expect(temp.store.cases.listOpen()).toHaveLength(2);
  });

  it('does not group reposts older than the window, nor a claim marked false positive', () => {
    const first = runtime.pipeline.ingest(posting('forum-a', '1', SALE)).hits[0]!.alert!;
    transitionCase(temp.store, ensureCase(temp.store, first.id)!.id, 'false_positive', 'cli');
    expect(runtime.pipeline.ingest(posting('forum-b', '2', REPOST)).hits[0]!.alert).not.toBeNull();
    clock.advance(31 * 24 * HOUR);
    expect(runtime.pipeline.ingest(posting('forum-c', '3', `${REPOST} (bump)`)).hits[0]!.alert).not.toBeNull();
  });

  it('signs a claim by kind, volume, data types and sellers, ignoring order and case', () => {
    const base = { kind: 'sale' as const, recordCount: 150_000, dataTypes: ['phone', 'email'] as const, sellerHandles: ['@Seller_X'] };
    expect(toClaimSignature({ ...base, dataTypes: [...base.dataTypes] })).toBe(toClaimSignature({ ...base, dataTypes: ['email', 'phone'], sellerHandles: ['seller_x'] }));
    expect(toClaimSignature({ ...base, dataTypes: ['email'] })).not.toBe(toClaimSignature({ ...base, dataTypes: ['email', 'phone'] }));
  });
});
