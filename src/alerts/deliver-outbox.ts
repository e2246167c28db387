import { hostname } from 'node:os';
import PQueue from 'p-queue';
import type { Delivery, Store } from '../store/index.js';
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
  /** Who claims the rows this dispatcher sends; default '<pid>@<host>'. */
  claimant?: string;
}

/** Destinations served at once by one sink; each keeps its own order and pace. */
const MAX_PARALLEL_DESTINATIONS = 16;
/**
 * How long a claimed delivery is left to its sender before another may take it: longer than a
 * send can wait for Telegram's pacing and a 429's retry_after, short enough that a crash costs
 * minutes, not hours.
 */
const CLAIM_LEASE_MS = 10 * 60 * 1000;
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
 *
 * Draining is single-flight: the loop started by `start()` and any `drainOnce()` share one drain.
 * Two drains side by side both read the same still-queued rows and handed each to the sink
 * twice (one alert sent as three Telegram messages), so a caller that arrives during a drain
 * waits for it and then for one more pass, which also covers rows queued after it began.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions) {
  const { store, sinks } = options;
  const claimant = options.claimant ?? `${process.pid}@${hostname()}`;
  let abandonedReleased = false;
  const maxAttempts = options.maxAttempts ?? 10;
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  let running = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  let loop: Promise<void> | undefined;
  let currentDrain: Promise<number> | undefined;
  let nextDrain: Promise<number> | undefined;

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

  const deliverOne = async (sink: AlertSink, delivery: Delivery): Promise<boolean> => {
    // Only the drain that claims the row sends it: a claimed row is not due again until its
    // outcome is recorded (or its lease ends), in this process or in another on the same file.
    if (!store.alerts.claim(delivery.id, CLAIM_LEASE_MS, claimant)) return false;
    const view = loadAlertView(store, delivery.alertId);
    const outcome: DeliveryOutcome = view
      ? await sink.deliver(delivery, view).catch((error: unknown) => ({ ok: false as const, retryable: true, reason: String((error as Error)?.message ?? error) }))
      : { ok: false, retryable: false, reason: 'alert, hit or posting no longer in the database' };
    record(delivery.id, delivery.attempts, delivery.destination, outcome);
    return outcome.ok;
  };

  /**
   * One lane per destination, lanes side by side: a group paced at 20 messages a minute does
   * not hold back the alerts of the other chats. Within a lane, alerts keep their order.
   */
  const drainSink = async (sink: AlertSink): Promise<number> => {
    let sent = 0;
    for (;;) {
      const due = store.alerts.dueDeliveries(sink.prefix, 200);
      if (due.length === 0) return sent;
      const lanes = new Map<string, Delivery[]>();
      for (const delivery of due) {
        const lane = lanes.get(delivery.destination);
        if (lane) lane.push(delivery); else lanes.set(delivery.destination, [delivery]);
      }
      const queue = new PQueue({ concurrency: MAX_PARALLEL_DESTINATIONS });
      const counts = await Promise.all([...lanes.values()].map((lane) => queue.add(async () => {
        let laneSent = 0;
        // stop() finishes the sends in flight and leaves the rest queued for the next start.
        for (const delivery of lane) {
          if (stopping) break;
          if (await deliverOne(sink, delivery)) laneSent += 1;
        }
        return laneSent;
      })));
      sent += counts.reduce<number>((total, count) => total + (count ?? 0), 0);
      if (stopping) return sent;
    }
  };

  const drainAll = async (): Promise<number> => {
    let sent = 0;
    if (!abandonedReleased) {
      // Rows claimed by a process of this machine that no longer runs were cut mid-send: due now.
      abandonedReleased = true;
      store.alerts.releaseAbandonedClaims((other) => other !== claimant && isDeadLocalProcess(other));
    }
    for (const sink of sinks) {
      if (stopping) break;
      sent += await drainSink(sink);
    }
    return sent;
  };

  /** The one drain of this dispatcher: joined while one runs, with one follow-up pass queued behind it. */
  const drain = (): Promise<number> => {
    if (currentDrain === undefined) {
      currentDrain = drainAll().finally(() => { currentDrain = undefined; });
      return currentDrain;
    }
    nextDrain ??= currentDrain.catch(() => 0).then(() => {
      nextDrain = undefined;
      return drain();
    });
    return nextDrain;
  };

  const msUntilNextDue = (): number => {
    const times = sinks.map((sink) => store.alerts.nextDueAt(sink.prefix)).filter((at): at is string => at !== null);
    if (times.length === 0) return pollIntervalMs;
    const next = Math.min(...times.map((at) => Date.parse(at)));
    return Math.max(0, Math.min(pollIntervalMs, next - store.clock().getTime()));
  };

  return {
    /**
     * Deliver everything due now, sink after sink. Returns how many this drain sent; when a drain
     * was already running, waits for it and one more pass, and returns what that pass sent.
     */
    drainOnce(): Promise<number> {
      return drain();
    },
    start(): void {
      if (running) return;
      running = true;
      stopping = false;
      loop = (async () => {
        while (running) {
          await drain();
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
    /** Stop after the send in flight (the loop's or a drainOnce's); queued rows stay queued for the next start. */
    async stop(): Promise<void> {
      running = false;
      stopping = true;
      if (timer) clearTimeout(timer);
      wakeUp?.();
      try {
        await loop;
        while (currentDrain !== undefined || nextDrain !== undefined) await (nextDrain ?? currentDrain)!.catch(() => 0);
      } finally {
        loop = undefined;
        stopping = false;
      }
    },
  };
}

export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>;

/** A claimant '<pid>@<host>' of this machine whose process is not running any more. */
function isDeadLocalProcess(claimant: string): boolean {
  const [pid, host] = claimant.split('@');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
