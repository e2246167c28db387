import type { MonitorPart } from '../cli/monitor-runtime.js';
import { huntArchive } from '../pipeline/retro-hunt-part.js';
import { consoleBaseUrl } from './sign-in-links.js';

/**
 * The web console inside `leakwatch run`, when WEB_PORT is set. The server library is imported
 * only then: the other commands never load it.
 */
export const webMonitorPart: MonitorPart = {
  name: 'web',
  async start(runtime) {
    const { settings, logger } = runtime;
    if (settings.WEB_PORT === undefined) {
      logger.info('no WEB_PORT set: the web console is off');
      return;
    }
    const { serveConsole } = await import('./serve-console.js');
    const served = await serveConsole({
      store: runtime.store,
      logger,
      host: settings.WEB_HOST,
      port: settings.WEB_PORT,
      baseUrl: consoleBaseUrl(settings),
      sessionHours: settings.WEB_SESSION_HOURS,
      evidenceDir: settings.EVIDENCE_DIR,
      // Through the monitor's queue, so a console hunt never runs beside an automatic one.
      hunt: (request) => (runtime.registry.huntNow ?? ((next) => huntArchive(runtime, next)))(request),
      onTriaged: (alertId) => { for (const listen of runtime.registry.triageListeners) listen(alertId); },
    });
    logger.info({ url: served.url }, 'web console listening; sign in with `leakwatch web link` or /web');
    return () => served.close();
  },
};
