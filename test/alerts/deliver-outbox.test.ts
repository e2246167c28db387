import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxDispatcher, toBackoffMs } from '../../src/alerts/deliver-outbox.js';
import { createConsoleSink } from '../../src/alerts/console-sink.js';
import type { AlertSink, DeliveryOutcome } from '../../src/alerts/alert-sink.js';
import { openStore } from '../../src/store/index.js';
import { createManualClock, createTempStore } from '../support/temp-store.js';
import { storeSampleAlert } from '../support/sample-alert.js';

let temp: ReturnType<typeof createTempStore>;
let time: ReturnType<typeof createManualClock>;
beforeEach(() => {
  time = createManualClock();
  temp = createTempStore({ clock: time.clock });
});
afterEach(() => temp.cleanup());

/** A destination that answers from a script of outcomes, like a flaky remote API would. */
function scriptedSink(prefix: string, script: DeliveryOutcome[]): AlertSink & { calls: string[] } {
  const calls: string[] = [];
  return {
    prefix,
    calls,
    async deliver(delivery, view) {
      calls.push(`${delivery.destination} ${view.alert.number}`);
      return script.shift() ?? { ok: true, externalRef: String(calls.length) };
    },
  };
}

describe('outbox dispatcher', () => {
  it('prints an alert on the console sink and marks it sent only then', async () => {
    const printed: string[] = [];
    const alert = storeSampleAlert(temp.store, ['console']);
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [createConsoleSink((text) => printed.push(text))] });
    expect(await dispatcher.drainOnce()).toBe(1);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(alert.number);
    expect(printed[0]).toContain('Médiprix');
    expect(printed[0]).toContain('150,000 records');
    expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'sent', attempts: 1 }]);
    expect(await dispatcher.drainOnce()).toBe(0);
  });

  it('retries a retryable failure after its wait, not before', async () => {
    const sink = scriptedSink('telegram:', [{ ok: false, retryable: true, reason: '429 Too Many Requests', retryAfterMs: 30_000 }]);
    const alert = storeSampleAlert(temp.store, ['telegram:-100']);
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [sink] });
    expect(await dispatcher.drainOnce()).toBe(0);
    time.advance(29_000);
    expect(await dispatcher.drainOnce()).toBe(0);
    expect(sink.calls).toHaveLength(1);
    time.advance(1_000);
    expect(await dispatcher.drainOnce()).toBe(1);
    expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'sent', attempts: 2, externalRef: '2' }]);
  });

  it('marks a final failure failed with its reason and tells the admins once', async () => {
    const failures: string[] = [];
    const sink = scriptedSink('telegram:', [{ ok: false, retryable: false, reason: '403 Forbidden: bot was kicked' }]);
    const alert = storeSampleAlert(temp.store, ['telegram:-100']);
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [sink], onFailed: (destination, reason) => failures.push(`${destination}: ${reason}`) });
    await dispatcher.drainOnce();
    await dispatcher.drainOnce();
    expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'failed', lastError: '403 Forbidden: bot was kicked' }]);
    expect(failures).toEqual(['telegram:-100: 403 Forbidden: bot was kicked']);
  });

  it('gives up on a retryable failure after maxAttempts', async () => {
    const sink = scriptedSink('telegram:', Array.from({ length: 5 }, () => ({ ok: false as const, retryable: true, reason: '502 Bad Gateway' })));
    const alert = storeSampleAlert(temp.store, ['telegram:-100']);
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [sink], maxAttempts: 3 });
    for (let round = 0; round < 5; round += 1) {
      await dispatcher.drainOnce();
      time.advance(60 * 60 * 1000);
    }
    expect(sink.calls).toHaveLength(3);
    expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'failed', attempts: 3 }]);
  });

  it('treats a sink that throws as a retryable failure', async () => {
    const sink: AlertSink = { prefix: 'console', deliver: async () => { throw new Error('socket hang up'); } };
    const alert = storeSampleAlert(temp.store, ['console']);
    await createOutboxDispatcher({ store: temp.store, sinks: [sink] }).drainOnce();
    expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'queued', attempts: 1, lastError: 'socket hang up' }]);
  });

  it('keeps queued alerts across a restart and sends them once', async () => {
    const alert = storeSampleAlert(temp.store, ['console']);
    temp.store.close();
    const reopened = openStore(temp.path, { clock: time.clock });
    const printed: string[] = [];
    const dispatcher = createOutboxDispatcher({ store: reopened, sinks: [createConsoleSink((text) => printed.push(text))] });
    await dispatcher.drainOnce();
    await dispatcher.drainOnce();
    expect(printed).toHaveLength(1);
    expect(reopened.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'sent' }]);
    reopened.close();
  });

  it('runs as a loop that wakes on new alerts and stops cleanly', async () => {
    const printed: string[] = [];
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [createConsoleSink((text) => printed.push(text))], pollIntervalMs: 60_000 });
    dispatcher.start();
    storeSampleAlert(temp.store, ['console']);
    dispatcher.wake();
    await expect.poll(() => printed.length).toBe(1);
    await dispatcher.stop();
  });
});

describe('toBackoffMs', () => {
  it('doubles per attempt within ±25% jitter and is capped at 10 minutes', () => {
    expect(toBackoffMs(1, () => 0.5)).toBe(1000);
    expect(toBackoffMs(3, () => 0.5)).toBe(4000);
    expect(toBackoffMs(3, () => 0)).toBe(3000);
    expect(toBackoffMs(3, () => 1)).toBe(5000);
    expect(toBackoffMs(40, () => 0.5)).toBe(600_000);
  });
});
