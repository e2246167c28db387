import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';

export interface WebhookOptions {
  url: string;
  /** Waits before each retry; the default backs off 1 s, 5 s. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
}

/** What became of one payload: delivered, worth retrying later (5xx, network), or refused for good (4xx). */
export type WebhookOutcome = { ok: true } | { ok: false; retryable: boolean; reason: string };

/**
 * POST one JSON payload. 5xx and network errors are retried with backoff; a 4xx is the
 * receiver refusing this payload, and sending it again would not change that.
 */
export async function postWebhook(payload: unknown, options: WebhookOptions): Promise<WebhookOutcome> {
  const delays = options.retryDelaysMs ?? [1000, 5000];
  const body = JSON.stringify(payload);
  let last: WebhookOutcome = { ok: false, retryable: true, reason: 'not sent' };
  for (let attempt = 0; attempt <= delays.length; attempt += 1) {
    if (attempt > 0) await sleep(delays[attempt - 1]!);
    try {
      const response = await request(options.url, {
        method: 'POST', body, headers: { 'content-type': 'application/json', 'user-agent': 'leakwatch/0.1' },
        headersTimeout: options.timeoutMs ?? 10_000, bodyTimeout: options.timeoutMs ?? 10_000,
      });
      await response.body.dump();
      if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true };
      last = { ok: false, retryable: response.statusCode >= 500 || response.statusCode === 429, reason: `HTTP ${response.statusCode}` };
      if (!last.retryable) return last;
    } catch (error) {
      last = { ok: false, retryable: true, reason: `network error: ${(error as Error).message}` };
    }
  }
  return last;
}
