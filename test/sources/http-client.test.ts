import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/sources/net/http-client.js';
import { SourceError } from '../../src/sources/source-errors.js';
import { startLocalSite, type LocalSite } from '../support/local-site.js';

let site: LocalSite;
beforeAll(async () => { site = await startLocalSite(); });
afterAll(async () => { await site.close(); });

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
};

describe('the HTTP layer', () => {
  it('reads a recorded page and sends a plain user agent', async () => {
    const http = createHttpClient();
    try {
      const page = await http.fetchText(site.url('/scrapers/dark-leak-market.html'));
      expect(page.status).toBe(200);
      expect(page.body).toContain('Dark Leak Market');
    } finally { await http.close(); }
  });

  it('gives up on a server that never answers, at the headers timeout', async () => {
    const http = createHttpClient({ headersTimeoutMs: 300, totalTimeoutMs: 5000, retries: 0 });
    try {
      const started = Date.now();
      const error = await failureOf(http.fetchText(site.url('/hang')));
      expect(error.failure).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(4000);
    } finally { await http.close(); }
  });

  it('cuts a server that drips bytes slowly at the total deadline', async () => {
    const http = createHttpClient({ bodyTimeoutMs: 5000, totalTimeoutMs: 800, retries: 0 });
    try {
      const error = await failureOf(http.fetchText(site.url('/drip')));
      expect(error.failure).toBe('timeout');
      expect(error.message).toMatch(/did not finish within 0.8 s/);
    } finally { await http.close(); }
  });

  it('stops reading a 50 MB body at the cap, announced or not', async () => {
    const http = createHttpClient({ maxBodyBytes: 1024 * 1024 });
    try {
      expect((await failureOf(http.fetchText(site.url('/big')))).failure).toBe('too-large');
      expect((await failureOf(http.fetchText(site.url('/big-declared')))).message).toMatch(/announced 52428800 bytes/);
    } finally { await http.close(); }
  });

  it('retries a 5xx with backoff and succeeds when the server recovers', async () => {
    const http = createHttpClient({ retries: 2, retryBaseDelayMs: 20 });
    try {
      const before = site.requests.filter((request) => request.path === '/flaky').length;
      const page = await http.fetchText(site.url('/flaky'));
      expect(page.body).toContain('Flaky Corp');
      expect(site.requests.filter((request) => request.path === '/flaky').length - before).toBe(3);
    } finally { await http.close(); }
  });

  it('does not retry a 404 and says what to check', async () => {
    const http = createHttpClient({ retries: 2, retryBaseDelayMs: 20 });
    try {
      const before = site.requests.filter((request) => request.path === '/status/404').length;
      const error = await failureOf(http.fetchText(site.url('/status/404')));
      expect(error.failure).toBe('http-status');
      expect(error.message).toMatch(/HTTP 404.*check the url/);
      expect(site.requests.filter((request) => request.path === '/status/404').length - before).toBe(1);
    } finally { await http.close(); }
  });

  it('reports a refused connection as unreachable after its retries', async () => {
    const http = createHttpClient({ retries: 1, retryBaseDelayMs: 10 });
    try {
      const error = await failureOf(http.fetchText('http://127.0.0.1:1/'));
      expect(error.failure).toBe('unreachable');
      expect(error.message).toMatch(/ECONNREFUSED/);
    } finally { await http.close(); }
  });

  it('never fetches an .onion address in the clear when Tor is not configured', async () => {
    const http = createHttpClient();
    try {
      const error = await failureOf(http.fetchText('http://lorenzmlwpzgxq736jzseuterytjueszsvznuibanxomlpkyxk6ksoyd.onion/'));
      expect(error.failure).toBe('needs-tor');
      expect(error.message).toMatch(/TOR_SOCKS_URL/);
      const proxied = await failureOf(http.fetchText(site.url('/scrapers/lorenz.html'), { proxy: 'tor' }));
      expect(proxied.failure).toBe('needs-tor');
    } finally { await http.close(); }
  });

  it('keeps one host to its per-host limit while another host is served', async () => {
    const http = createHttpClient({ concurrency: 4, perHostConcurrency: 1 });
    const other = await startLocalSite();
    try {
      const started = Date.now();
      const slowOnes = Promise.all([1, 2, 3].map(() => http.fetchText(site.url('/slow?ms=300'))));
      const fast = await http.fetchText(other.url('/scrapers/dark-leak-market.html'));
      const fastMs = Date.now() - started;
      await slowOnes;
      const slowMs = Date.now() - started;
      expect(fast.status).toBe(200);
      expect(fastMs).toBeLessThan(300);
      // One at a time on the slow host: three 300 ms answers take at least 900 ms.
      expect(slowMs).toBeGreaterThanOrEqual(880);
    } finally {
      await http.close();
      await other.close();
    }
  });
});
