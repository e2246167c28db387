import type { MonitorRuntime } from '../../cli/monitor-runtime.js';
import type { SourceDeclaration, TelegramAccountSource } from '../source-config.js';
import type { OpenAccountClient } from './account-client.js';
import { createAccountListener, type AccountListener, type AccountListenerOptions } from './account-listener.js';
import { loadAccountCredentials } from './account-session.js';
import { toAccountProxyUrl } from './read-account-source.js';

/** What a test (or another host) may change: the client opener (a fake instead of GramJS), timings. */
export type AccountSourcesOptions = Partial<Omit<AccountListenerOptions, 'store' | 'ingestAll' | 'logger' | 'notifyAdmins' | 'openClient'>> & {
  openClient?: OpenAccountClient;
};

/**
 * Start the listener of the enabled `telegram-account` sources of `leakwatch run`, if any. The
 * credentials are read when the account is opened: a missing or revoked session shows up as
 * the sources' health, and the rest of the monitor runs on.
 */
export function startAccountSources(enabled: SourceDeclaration[], runtime: MonitorRuntime, options: AccountSourcesOptions = {}): AccountListener | undefined {
  const sources = enabled.filter((source): source is TelegramAccountSource => source.type === 'telegram-account');
  if (sources.length === 0) return undefined;
  const { settings } = runtime;
  // One account, one connection: a proxy asked for by any of its sources is used for all.
  const proxyUrl = sources.map((source) => toAccountProxyUrl(source.proxy, settings)).find((url) => url !== undefined);
  const { openClient, ...timings } = options;
  const listener = createAccountListener(sources, {
    store: runtime.store,
    ingestAll: (postings) => runtime.pipeline.ingestAll(postings),
    logger: runtime.logger,
    notifyAdmins: (text) => runtime.notifyAdmins(text),
    openClient: async () => {
      const credentials = { ...loadAccountCredentials(settings), ...(proxyUrl ? { proxyUrl } : {}) };
      if (openClient) return openClient(credentials);
      const { openGramJsAccount } = await import('./gramjs-client.js');
      return openGramJsAccount(credentials);
    },
    ...timings,
  });
  listener.start();
  return listener;
}
