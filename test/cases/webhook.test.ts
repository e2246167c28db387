import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWatchlistFile, type AppContext } from '../../src/cli/app-context.js';
import { createMonitorRuntime } from '../../src/cli/monitor-runtime.js';
import { createCasesMonitorPart, deliverWebhookEvents } from '../../src/cases/cases-monitor-part.js';
import { ensureCase, transitionCase } from '../../src/cases/case-workflow.js';
import { silentLogger } from '../../src/config/logger.js';
import { loadSettings } from '../../src/config/settings.js';
import { compileDetector } from '../../src/detection/index.js';
import { createWatchlistDetector } from '../../src/pipeline/watchlist-detector.js';
import { createTempStore } from '../support/temp-store.js';

const SALE = '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone — $1,500, escrow accepted — contact @seller_x';

/** A local receiver that answers with the next status of `statuses` (the last one repeats). */
async function startReceiver(statuses: number[]) {
  const received: { status: number; body: Record<string, unknown> }[] = [];
  let index = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; }).on('end', () => {
      const status = statuses[Math.min(index, statuses.length - 1)]!;
      index += 1;
      received.push({ status, body: JSON.parse(body) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    delivered: () => received.filter((entry) => entry.status < 300).map((entry) => entry.body),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let temp: ReturnType<typeof createTempStore>;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
beforeEach(() => {
  temp = createTempStore();
  temp.store.watchlist.importAll(readWatchlistFile('seeds/watchlist.json'), 'seed', 'watch.seed');
});
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  temp.cleanup();
});

async function runtimeWith(env: Record<string, string> = {}) {
  const context: AppContext = {
    settings: loadSettings({ DATABASE_PATH: temp.path, LOG_LEVEL: 'silent', ...env }), logger: silentLogger, store: temp.store,
    detector: createWatchlistDetector(temp.store.watchlist, compileDetector), close: () => temp.store.close(),
  };
  const part = createCasesMonitorPart({ webhookRetryDelaysMs: [10, 10], print: () => {} });
  return { runtime: await createMonitorRuntime(context, [part]), part };
}

describe('webhook', () => {
  it('posts a versioned payload per new alert and per state change, retrying a 5xx', async () => {
    receiver = await startReceiver([503, 200]);
    const { runtime } = await runtimeWith();
    const alert = runtime.pipeline.ingest({ sourceId: 'forum-a', externalId: '1', text: SALE, url: 'https://forum.example/t/1' }).hits[0]!.alert!;
    expect(await deliverWebhookEvents(temp.store, { url: receiver.url, retryDelaysMs: [10, 10] })).toBe(1);
    expect(receiver.received.map((entry) => entry.status)).toEqual([503, 200]);
    expect(receiver.delivered()[0]).toMatchObject({
      version: 1, type: 'alert.created', actor: 'pipeline',
      alert: {
        number: alert.number, tlp: 'TLP:AMBER', claim_status: 'unverified', kind: 'sale',
        organization: { id: 'mediprix', name: 'Médiprix', country: 'FR' },
        claim: { record_count: 150000, seller_handles: ['@seller_x'] }, source: { id: 'forum-a', url: 'https://forum.example/t/1' },
      },
      case: { state: 'new' },
    });

    transitionCase(temp.store, ensureCase(temp.store, alert.id)!.id, 'victim_contacted', 'cli (Alice)');
    expect(await deliverWebhookEvents(temp.store, { url: receiver.url })).toBe(2);
    expect(receiver.delivered().slice(1).map((body) => [body.type, (body.case as { state: string }).state, body.actor])).toEqual([
      ['case.state_changed', 'confirmed', 'cli (Alice)'], ['case.state_changed', 'victim_contacted', 'cli (Alice)'],
    ]);
    expect(await deliverWebhookEvents(temp.store, { url: receiver.url })).toBe(0);
  });

  it('keeps events queued while the receiver is down and sends them in order later; a 4xx is not retried', async () => {
    const { runtime } = await runtimeWith();
    runtime.pipeline.ingest({ sourceId: 'forum-a', externalId: '1', text: SALE });
    expect(await deliverWebhookEvents(temp.store, { url: 'http://127.0.0.1:9/hook', retryDelaysMs: [5] })).toBe(0);
    expect(temp.store.cases.webhookDue()).toHaveLength(1);

    receiver = await startReceiver([400]);
    expect(await deliverWebhookEvents(temp.store, { url: receiver.url, retryDelaysMs: [5] })).toBe(0);
    expect(receiver.received).toHaveLength(1);
    expect(temp.store.cases.webhookDue()).toHaveLength(0);
  });

  it('is posted by the running monitor when WEBHOOK_URL is set', async () => {
    receiver = await startReceiver([200]);
    const { runtime, part } = await runtimeWith({ WEBHOOK_URL: receiver.url });
    const stop = await part.start!(runtime);
    try {
      runtime.pipeline.ingest({ sourceId: 'forum-a', externalId: '1', text: SALE });
      await expect.poll(() => receiver!.delivered().map((body) => body.type), { timeout: 5000 }).toEqual(['alert.created']);
    } finally {
      if (stop) await stop();
    }
  });
});
