import type { Store } from '../store/index.js';
import type { AlertSink, DeliveryOutcome } from './alert-sink.js';
import { loadAlertView } from './load-alert-view.js';

export interface OutboxDispatcherOptions {
  store: Store;
  sinks: AlertSink[];
  /** After this many failed attempts a retryable failure becomes final. */
  maxAttempts?: number;
  /** Called once per delivery that failed for good (bot removed from the chat, chat gone). */
  onFailed?: (destination: string, reason: string) => void;
  /** Longest pause between two looks at the outbox, so rows queued by another process go out too. */
  pollIntervalMs?: number;
}

const BASE_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 10 * 60 * 1000;

/** Exponential backoff with ±25% jitter, so many failed sends do not come back in lock-step. */
export function toBackoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Sends what the outbox holds. A delivery is marked sent only after its sink acknowledged it,
 * so after a crash the queued rows are sent on restart; the sink is trusted to pace itself.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions) {
  const { store, sinks } = options;
  const maxAttempts = options.maxAttempts ?? 10;
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  let loop: Promise<void> | undefined;

  const record = (deliveryId: number, attempts: number, destination: string, outcome: DeliveryOutcome) => {
    if (outcome.ok) {
      store.alerts.markSent(deliveryId, outcome.externalRef ?? null);
    } else if (outcome.retryable && attempts + 1 < maxAttempts) {
      const waitMs = outcome.retryAfterMs ?? toBackoffMs(attempts + 1);
      store.alerts.markRetry(deliveryId, new Date(store.clock().getTime() + waitMs), outcome.reason);
    } else {
      store.alerts.markFailed(deliveryId, outcome.reason);
      options.onFailed?.(destination, outcome.reason);
    }
  };

  const drainSink = async (sink: AlertSink): Promise<number> => {
    let sent = 0;
    for (;;) {
      const due = store.alerts.dueDeliveries(sink.prefix, 50);
      if (due.length === 0) return sent;
      for (const delivery of due) {
        const view = loadAlertView(store, delivery.alertId);
        const outcome: DeliveryOutcome = view
          ? await sink.deliver(delivery, view).catch((error: unknown) => ({ ok: false as const, retryable: true, reason: String((error as Error)?.message ?? error) }))
          : { ok: false, retryable: false, reason: 'alert, hit or posting no longer in the database' };
        record(delivery.id, delivery.attempts, delivery.destination, outcome);
        if (outcome.ok) sent += 1;
        if (!running && loop !== undefined) return sent;
      }
    }
  };

  const msUntilNextDue = (): number => {
    const times = sinks.map((sink) => store.alerts.nextDueAt(sink.prefix)).filter((at): at is string => at !== null);
    if (times.length === 0) return pollIntervalMs;
    const next = Math.min(...times.map((at) => Date.parse(at)));
    return Math.max(0, Math.min(pollIntervalMs, next - store.clock().getTime()));
  };

  return {
    /** Deliver everything due now, sink after sink. Returns how many were sent. */
    async drainOnce(): Promise<number> {
      let sent = 0;
      for (const sink of sinks) sent += await drainSink(sink);
      return sent;
    },
    start(): void {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          for (const sink of sinks) {
            if (!running) break;
            await drainSink(sink);
          }
          if (!running) break;
          await new Promise<void>((resolve) => {
            wakeUp = resolve;
            timer = setTimeout(resolve, msUntilNextDue());
          });
        }
      })();
    },
    /** New rows were queued: look at the outbox now instead of at the next poll. */
    wake(): void {
      if (timer) clearTimeout(timer);
      wakeUp?.();
    },
    /** Stop after the send in flight; queued rows stay queued for the next start. */
    async stop(): Promise<void> {
      running = false;
      if (timer) clearTimeout(timer);
      wakeUp?.();
      await loop;
    },
  };
}

export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>;
