import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { compileDetector } from '../../src/detection/index.js';
import { createMonitorRuntime, type MonitorRuntime } from '../../src/cli/monitor-runtime.js';
import { readWatchlistFile } from '../../src/cli/read-watchlist-file.js';
import { silentLogger } from '../../src/config/logger.js';
import { loadSettings } from '../../src/config/settings.js';
import { huntArchive } from '../../src/pipeline/retro-hunt-part.js';
import { parsePostingLine, toPosting } from '../../src/pipeline/validate-posting.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { CHROMIUM_ARGS } from '../../src/sources/browser/browser-provider.js';
import type { Clock, WebUser } from '../../src/store/index.js';
import { casesMonitorPart } from '../../src/cases/cases-monitor-part.js';
import { emptySourceState } from '../../src/store/sources-store.js';
import { serveConsole, type ServedConsole } from '../../src/web/serve-console.js';
import { createSignInLink } from '../../src/web/sign-in-links.js';
import { createTempStore } from '../support/temp-store.js';

/** Screenshots of every page at both widths, kept for a person to look at (gitignored). */
export const ARTIFACTS_DIR = join(process.cwd(), 'test-artifacts', 'web');

/** Posting text written to break out of the page: it must show as text, run nothing and link nowhere. */
export const HOSTILE_TEXT = '[SELLING] Médiprix customer database — 90,000 customers — name, email, phone — $900 '
  + '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2"> '
  + '<a href="https://evil.example/phish">click here</a> https://evil.example/dump javascript:alert(3) "><b>bold</b>';

export interface ConsoleHarness {
  runtime: MonitorRuntime;
  served: ServedConsole;
  browser: Browser;
  linkFor(user: WebUser): string;
  close(): Promise<void>;
}

/**
 * A real database seeded through the pipeline (the demo postings, more postings, a hostile one,
 * scan runs of two sources), the console on 127.0.0.1 at a free port, and the system Chromium.
 */
export async function startConsoleHarness(options: { clock?: Clock } = {}): Promise<ConsoleHarness> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const temp = createTempStore(options.clock ? { clock: options.clock } : {});
  const { store } = temp;
  store.watchlist.importAll(readWatchlistFile('seeds/watchlist.json'), 'seed', 'watch.seed');
  const settings = loadSettings({ DATABASE_PATH: temp.path, LOG_LEVEL: 'silent', EVIDENCE_DIR: join(temp.dir, 'evidence') });
  // The cases part's set-up only: alerts open cases and reposts group, as in the monitor.
  const runtime = await createMonitorRuntime({ settings, logger: silentLogger, store, detector: createWatchlistDetector(store.watchlist, compileDetector), close: () => undefined }, [casesMonitorPart]);
  const demo = readFileSync('seeds/demo-postings.jsonl', 'utf8').split('\n').filter((line) => line.trim()).map((line, index) => toPosting(parsePostingLine(line, index + 1), 'demo'));
  runtime.pipeline.ingestAll(demo);
  runtime.pipeline.ingestAll([
    { sourceId: 'dark-market', externalId: 'h1', sourceKind: 'market', text: HOSTILE_TEXT },
    { sourceId: 'dark-market', externalId: 'm2', sourceKind: 'market', text: '[SELLING] Shoppers Drug Mart loyalty database, 2,300,000 rows, names, emails, phones, $4,000' },
    { sourceId: 'leak-forum', externalId: 'f3', sourceKind: 'forum', text: '[LEAK] SQDC internal documents, 12 GB, contracts and HR files, free download' },
    { sourceId: 'leak-forum', externalId: 'f4', sourceKind: 'forum', text: 'Anyone know a good VPS provider that takes crypto? Need 8 cores for a scraping project.' },
  ]);
  // Scan history of two sources: one healthy, one whose parser went silent.
  for (const [sourceId, items] of [['leak-forum', [12, 14, 11, 15, 13]], ['dark-market', [40, 38, 0, 0, 0]]] as const) {
    for (const count of items) store.scanRuns.finish(store.scanRuns.start(sourceId), { itemsSeen: count, newPostings: Math.floor(count / 3), hits: 0, error: count === 0 ? 'zero items where it used to return 38' : null });
  }
  store.sources.saveState({ ...emptySourceState('dark-market'), health: 'unhealthy', consecutiveFailures: 3, lastRunAt: store.clock().toISOString(), lastItems: 0, bestItems: 40, lastError: 'zero items where it used to return 38', unhealthySince: store.clock().toISOString() });
  store.sources.saveState({ ...emptySourceState('leak-forum'), health: 'healthy', lastRunAt: store.clock().toISOString(), lastSuccessAt: store.clock().toISOString(), lastItems: 12, bestItems: 15 });
  const served = await serveConsole({
    store, logger: silentLogger, host: '127.0.0.1', port: 0, baseUrl: 'http://127.0.0.1', sessionHours: 12,
    evidenceDir: settings.EVIDENCE_DIR, hunt: (request) => huntArchive(runtime, request),
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  return {
    runtime,
    served,
    browser,
    linkFor: (user) => createSignInLink(store, user, served.url).url,
    async close() {
      try {
        await browser.close();
      } finally {
        await served.close();
        temp.cleanup();
      }
    },
  };
}
