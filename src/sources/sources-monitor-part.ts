import type { MonitorPart } from '../cli/monitor-runtime.js';
import type { SourcesSetup } from './open-sources.js';
import type { ScanScheduler } from './scan-scheduler.js';
import { summarizeScans } from './summarize-scans.js';
import type { AccountSourcesOptions, startAccountSources } from './telegram-account/account-sources.js';

/**
 * The scheduled scans of `leakwatch run`. Off with SOURCES_ENABLED=false. A source that cannot be
 * reached is a logged, recorded error; the monitor keeps running whatever the sources do.
 */
export function createSourcesMonitorPart(options: { account?: AccountSourcesOptions } = {}): MonitorPart {
  let scheduler: ScanScheduler | undefined;
  let account: Awaited<ReturnType<typeof startAccountSources>> | undefined;
  return {
    name: 'sources',
    setup(registry) {
      registry.scanNow = async (sourceId?: string) => {
        if (!scheduler) return 'Scans are not running (SOURCES_ENABLED=false or no enabled source).';
        // telegram-account sources listen live; a scan of them is a catch-up of their chats.
        if (sourceId && account?.has(sourceId)) return summarizeScans(await account.scanNow(sourceId));
        if (sourceId && !scheduler.has(sourceId)) return `No scheduled source "${sourceId}": see leakwatch sources list.`;
        return summarizeScans([...await scheduler.scanNow(sourceId), ...(sourceId || !account ? [] : await account.scanNow())]);
      };
    },
    async start(runtime) {
      const { settings, logger } = runtime;
      if (!settings.SOURCES_ENABLED) {
        logger.info('sources disabled (SOURCES_ENABLED=false): no scheduled scans');
        return;
      }
      // Fetching, Playwright, the readers (undici, playwright-core, cheerio) load only when sources run.
      const [{ openSources }, { createScanScheduler }, { startAccountSources }] = await Promise.all([
        import('./open-sources.js'), import('./scan-scheduler.js'), import('./telegram-account/account-sources.js'),
      ]);
      const setup: SourcesSetup = await openSources(settings, logger);
      runtime.store.sources.syncDeclarations(setup.resolved.map(({ source, disabledReason }) => ({ id: source.id, type: source.type, enabled: disabledReason === null, config: source })));
      for (const { source, disabledReason } of setup.resolved) {
        if (disabledReason) logger.info({ source: source.id, reason: disabledReason }, 'source not scheduled');
      }
      const enabled = setup.resolved.filter((entry) => entry.disabledReason === null).map((entry) => entry.source);
      account = startAccountSources(enabled, runtime, options.account);
      scheduler = createScanScheduler(enabled.filter((source) => source.type !== 'telegram-account'), {
        store: runtime.store,
        ingestAll: (postings) => runtime.ingestAll(postings),
        http: setup.http,
        browser: setup.browser,
        scrapers: setup.scrapers,
        evidenceDir: settings.EVIDENCE_DIR,
        torSocksUrl: settings.TOR_SOCKS_URL,
        logger,
        notifyAdmins: (text) => runtime.notifyAdmins(text),
      });
      scheduler.start();
      return async () => {
        await scheduler?.stop();
        scheduler = undefined;
        await account?.stop();
        account = undefined;
        await setup.close();
      };
    },
  };
}
