import type { Delivery } from '../store/index.js';
import type { AlertView } from './load-alert-view.js';

/** What a destination answered. `retryable` failures go back to the queue; others are final. */
export type DeliveryOutcome =
  | { ok: true; externalRef?: string }
  | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number };

/**
 * A destination family for alerts. `prefix` selects its outbox rows by destination
 * ('console', 'telegram:'); `deliver` sends one and reports the outcome, never throwing.
 */
export interface AlertSink {
  readonly prefix: string;
  deliver(delivery: Delivery, view: AlertView): Promise<DeliveryOutcome>;
}
