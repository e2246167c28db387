import { hostname } from 'node:os';
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

/**
 * A destination that takes a while to answer (a few event-loop turns, like a slow Bot API) and
 * records every delivery it was handed and how many it was handling at once.
 */
function slowSink(prefix: string): AlertSink & { delivered: number[]; maxInFlight: number; maxInFlightPerDestination: number } {
  let inFlight = 0;
  const perDestination = new Map<string, number>();
  const sink = {
    prefix,
    delivered: [] as number[],
    maxInFlight: 0,
    maxInFlightPerDestination: 0,
    async deliver(delivery: { id: number; destination: string }): Promise<DeliveryOutcome> {
      inFlight += 1;
      perDestination.set(delivery.destination, (perDestination.get(delivery.destination) ?? 0) + 1);
      sink.maxInFlight = Math.max(sink.maxInFlight, inFlight);
      sink.maxInFlightPerDestination = Math.max(sink.maxInFlightPerDestination, perDestination.get(delivery.destination)!);
      sink.delivered.push(delivery.id);
      for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      perDestination.set(delivery.destination, perDestination.get(delivery.destination)! - 1);
      return { ok: true, externalRef: String(delivery.id) };
    },
  };
  return sink;
}

const deliveryIdsOf = (alertIds: number[]): number[] => alertIds.flatMap((id) => temp.store.alerts.deliveriesOf(id).map((delivery) => delivery.id)).sort((a, b) => a - b);

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

  it('delivers each row exactly once when drainOnce runs beside the started loop', async () => {
    const alerts = ['p1', 'p2', 'p3'].map((externalId) => storeSampleAlert(temp.store, ['telegram:-100', 'telegram:-200'], externalId));
    const sink = slowSink('telegram:');
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [sink], pollIntervalMs: 60_000 });
    dispatcher.start();
    await Promise.all([dispatcher.drainOnce(), dispatcher.drainOnce(), dispatcher.drainOnce()]);
    dispatcher.wake();
    await dispatcher.drainOnce();
    await dispatcher.stop();
    const ids = deliveryIdsOf(alerts.map((alert) => alert.id));
    expect(ids).toHaveLength(6);
    expect([...sink.delivered].sort((a, b) => a - b)).toEqual(ids);
    // One at a time per chat; the two chats are served side by side.
    expect(sink.maxInFlightPerDestination).toBe(1);
    for (const alert of alerts) expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'sent', attempts: 1 }, { status: 'sent', attempts: 1 }]);
  });

  it('a drainOnce that joins a drain in progress also sends what was queued after that drain began', async () => {
    const first = storeSampleAlert(temp.store, ['telegram:-100'], 'p1');
    const sink = slowSink('telegram:');
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [sink] });
    const inProgress = dispatcher.drainOnce();
    await expect.poll(() => sink.delivered.length).toBe(1);
    const later = storeSampleAlert(temp.store, ['telegram:-100'], 'p2');
    await dispatcher.drainOnce();
    expect(temp.store.alerts.deliveriesOf(later.id)).toMatchObject([{ status: 'sent' }]);
    await inProgress;
    expect([...sink.delivered].sort((a, b) => a - b)).toEqual(deliveryIdsOf([first.id, later.id]));
  });

  it('stop() waits for the send in flight of a drainOnce, so it is recorded before the database closes', async () => {
    const alert = storeSampleAlert(temp.store, ['telegram:-100'], 'p1');
    const sink = slowSink('telegram:');
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [sink] });
    dispatcher.start();
    const drained = dispatcher.drainOnce();
    await expect.poll(() => sink.delivered.length).toBe(1);
    await dispatcher.stop();
    expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'sent', attempts: 1 }]);
    await drained;
    expect(sink.delivered).toHaveLength(1);
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

  it('does not let a slow chat hold back the alerts of another chat', async () => {
    const slowAlerts = ['s1', 's2', 's3'].map((externalId) => storeSampleAlert(temp.store, ['telegram:-100'], externalId));
    const fastAlert = storeSampleAlert(temp.store, ['telegram:-200'], 'f1');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const order: string[] = [];
    const sink: AlertSink = {
      prefix: 'telegram:',
      async deliver(delivery) {
        if (delivery.destination === 'telegram:-100') await held; // a group at its 20-a-minute ceiling
        order.push(delivery.destination);
        return { ok: true, externalRef: String(delivery.id) };
      },
    };
    const dispatcher = createOutboxDispatcher({ store: temp.store, sinks: [sink], pollIntervalMs: 60_000 });
    const drained = dispatcher.drainOnce();
    await expect.poll(() => temp.store.alerts.deliveriesOf(fastAlert.id)[0]!.status).toBe('sent');
    expect(order).toEqual(['telegram:-200']);
    release();
    expect(await drained).toBe(4);
    for (const alert of slowAlerts) expect(temp.store.alerts.deliveriesOf(alert.id)).toMatchObject([{ status: 'sent' }]);
  });

  it('sends each row once when two processes drain the same outbox file', async () => {
    const alerts = ['p1', 'p2', 'p3', 'p4'].map((externalId) => storeSampleAlert(temp.store, ['telegram:-100', 'telegram:-200'], externalId));
    const other = openStore(temp.path, { clock: time.clock });
    try {
      const first = slowSink('telegram:');
      const second = slowSink('telegram:');
      await Promise.all([
        createOutboxDispatcher({ store: temp.store, sinks: [first] }).drainOnce(),
        createOutboxDispatcher({ store: other, sinks: [second] }).drainOnce(),
      ]);
      const delivered = [...first.delivered, ...second.delivered].sort((a, b) => a - b);
      expect(delivered).toEqual(deliveryIdsOf(alerts.map((alert) => alert.id)));
    } finally {
      other.close();
    }
  });

  it('sends at once what a dead process had claimed, and leaves to a live one what it claimed', async () => {
    const orphan = storeSampleAlert(temp.store, ['telegram:-100'], 'o1');
    const held = storeSampleAlert(temp.store, ['telegram:-200'], 'h1');
    const [orphanDelivery] = temp.store.alerts.deliveriesOf(orphan.id);
    const [heldDelivery] = temp.store.alerts.deliveriesOf(held.id);
    // 4194303 is above Linux's largest process id: no such process runs.
    expect(temp.store.alerts.claim(orphanDelivery!.id, 600_000, `4194303@${hostname()}`)).toBe(true);
    expect(temp.store.alerts.claim(heldDelivery!.id, 600_000, `${process.pid}@${hostname()}`)).toBe(true);
    const sink = slowSink('telegram:');
    await createOutboxDispatcher({ store: temp.store, sinks: [sink], claimant: 'this-test' }).drainOnce();
    expect(sink.delivered).toEqual([orphanDelivery!.id]);
    expect(temp.store.alerts.deliveriesOf(held.id)).toMatchObject([{ status: 'queued' }]);
  });
});
