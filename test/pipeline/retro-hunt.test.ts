import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { createMonitorRuntime, type MonitorRuntime } from '../../src/cli/monitor-runtime.js';
import { loadSettings } from '../../src/config/settings.js';
import { createLogger } from '../../src/config/logger.js';
import { createRetroHuntPart, huntArchive } from '../../src/pipeline/retro-hunt-part.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { toDetectionInput } from '../../src/pipeline/to-detection-input.js';
import type { Organization } from '../../src/model/organization.js';
import type { Posting } from '../../src/model/posting.js';
import { createManualClock, createTempStore } from '../support/temp-store.js';
import { loadAlertView } from '../../src/alerts/load-alert-view.js';
import { toAlertRecord } from '../../src/alerts/alert-record.js';
import { renderAlertReport } from '../../src/alerts/render-alert-report.js';
import { renderTelegramAlert } from '../../src/telegram/render-telegram-alert.js';

const mediprix: Organization = { id: 'mediprix', name: 'Médiprix', aliases: ['Mediprix'], domains: ['mediprix.fr'], sector: 'pharmacy', country: 'FR', keywords: ['pharmacie', 'carte Vitale'] };
const canadaPost: Organization = { id: 'canada_post', name: 'Canada Post', aliases: ['Postes Canada'], domains: ['canadapost.ca'], sector: 'logistics', country: 'CA', keywords: ['tracking'] };

const POSTINGS: Posting[] = [
  { sourceId: 'forum', externalId: '1', sourceKind: 'forum', text: '[ACCESS] Canada Post tracking tool — delivery details of ~4,500 customers, names and addresses, 800 USD' },
  { sourceId: 'forum', externalId: '2', sourceKind: 'forum', text: '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone — $1,500' },
  { sourceId: 'forum', externalId: '3', sourceKind: 'forum', text: 'Anyone know a good VPS provider that takes crypto? Need 8 cores.' },
  { sourceId: 'news', externalId: '4', sourceKind: 'forum', text: 'Canada Post says its online tracking tool was used to view 4,500 delivery records; customers were told.' },
  { sourceId: 'tg', externalId: '5', sourceKind: 'telegram', text: 'Postes Canada : base de 12 000 clients (nom, adresse, téléphone) à vendre, 300 USDT' },
];

let temp: ReturnType<typeof createTempStore>;
let runtime: MonitorRuntime;
let manual: ReturnType<typeof createManualClock>;

beforeEach(async () => {
  manual = createManualClock('2026-06-01T10:00:00.000Z');
  temp = createTempStore({ clock: manual.clock });
  temp.store.watchlist.importAll([mediprix], 'test');
  const settings = loadSettings({ DATABASE_PATH: temp.path, LOG_LEVEL: 'silent', RETRO_HUNT_ALERT_DAYS: '90' });
  runtime = await createMonitorRuntime({ settings, logger: createLogger('silent'), store: temp.store, detector: createWatchlistDetector(temp.store.watchlist, compileDetector), close: () => undefined }, []);
});
afterEach(() => temp.cleanup());

const ingestAt = (iso: string, postings: Posting[]) => {
  manual.set(iso);
  runtime.pipeline.ingestAll(postings);
};

describe('retro-hunt', () => {
  it('stores and alerts the hits of an organization added after its postings were stored, once', async () => {
    ingestAt('2026-06-01T10:00:00.000Z', POSTINGS);
    expect(temp.store.hits.query({ orgId: 'canada_post' })).toEqual([]);
    manual.set('2026-06-02T10:00:00.000Z');
    temp.store.watchlist.put(canadaPost, 'test');

    const first = await huntArchive(runtime, { orgIds: ['canada_post'], actor: 'test' });
    const found = temp.store.hits.query({ orgId: 'canada_post' });
    expect(found.map((hit) => [hit.text.slice(0, 20), hit.kind, hit.foundBy]).sort()).toEqual([
      ['Canada Post says its', 'news', 'retro-hunt'],
      ['Postes Canada : base', 'sale', 'retro-hunt'],
      ['[ACCESS] Canada Post', 'access', 'retro-hunt'],
    ]);
    expect(first).toMatchObject({ postingsRead: 5, hitsFound: 3, alertsQueued: 2 });
    expect(found.filter((hit) => hit.alertNumber !== null)).toHaveLength(2);
    // The alert says it comes from the archive, and when the posting was first seen.
    const view = loadAlertView(temp.store, temp.store.alerts.getByNumber(found.find((hit) => hit.kind === 'access')!.alertNumber!)!.id)!;
    expect(renderTelegramAlert(view, 'en').html).toContain('🗄 Found in the archive by a retro-hunt; the posting was first seen 2026-06-01 10:00 UTC');
    expect(renderAlertReport(toAlertRecord(view), 'en')).toContain('- **Found in the archive:** 2026-06-02 10:00 UTC, by a retro-hunt after a watchlist change; the posting was stored before');
    // The hunt is on record, and a second run finds nothing new.
    expect(temp.store.retroHunts.recent(5, 'canada_post')[0]).toMatchObject({ hitsFound: 3, alertsQueued: 2, error: null });
    const second = await huntArchive(runtime, { orgIds: [], actor: 'test' });
    expect(second).toMatchObject({ hitsFound: 0, alertsQueued: 0 });
    expect(temp.store.hits.query({ orgId: 'canada_post' })).toHaveLength(3);
  });

  it('finds exactly what detection with the whole watchlist finds, posting by posting', async () => {
    ingestAt('2026-06-01T10:00:00.000Z', POSTINGS);
    temp.store.watchlist.put(canadaPost, 'test');
    await huntArchive(runtime, { orgIds: ['canada_post'], actor: 'test' });
    const detector = compileDetector(temp.store.watchlist.list());
    const expected = temp.store.postings.archivePage(0, 100).filter((posting) => detector.analyze(toDetectionInput(posting)).orgs.includes('canada_post')).map((posting) => posting.id);
    expect(temp.store.hits.query({ orgId: 'canada_post' }).map((hit) => hit.postingId).sort()).toEqual(expected.sort());
  });

  it('stores hits older than the alert horizon without alerting them, and honours --since', async () => {
    ingestAt('2026-01-01T10:00:00.000Z', POSTINGS.slice(0, 1));
    ingestAt('2026-05-30T10:00:00.000Z', POSTINGS.slice(4));
    manual.set('2026-06-01T10:00:00.000Z');
    temp.store.watchlist.put(canadaPost, 'test');

    const recent = await huntArchive(runtime, { orgIds: ['canada_post'], actor: 'test', sinceIso: '2026-05-01T00:00:00.000Z' });
    expect(recent).toMatchObject({ postingsRead: 1, hitsFound: 1, alertsQueued: 1 });
    const all = await huntArchive(runtime, { orgIds: ['canada_post'], actor: 'test' });
    expect(all).toMatchObject({ hitsFound: 1, alertsQueued: 0 });
    const old = temp.store.hits.query({ orgId: 'canada_post' }).find((hit) => hit.text.startsWith('[ACCESS]'))!;
    expect(old).toMatchObject({ kind: 'access', alertNumber: null, foundBy: 'retro-hunt' });
  });

  it('hunts by itself after a watchlist change made while the monitor runs', async () => {
    ingestAt('2026-06-01T10:00:00.000Z', POSTINGS);
    const part = createRetroHuntPart({ pollMs: 20 });
    const stop = await part.start!(runtime);
    try {
      temp.store.watchlist.put(canadaPost, 'telegram:1 (Alice)');
      await expect.poll(() => temp.store.hits.query({ orgId: 'canada_post' }).length, { timeout: 10_000 }).toBe(3);
      expect(temp.store.retroHunts.recent(1)[0]).toMatchObject({ actor: 'retro-hunt after watch.add', orgIds: ['canada_post'] });
    } finally {
      await stop?.();
    }
  });
});
