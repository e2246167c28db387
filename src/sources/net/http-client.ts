import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request, type Dispatcher } from 'undici';
import { SourceError } from '../source-errors.js';
import { createFetchQueues, type FetchQueues } from './fetch-queues.js';
import { createSocksAgent, toSocksProxy } from './socks-connector.js';

export interface HttpClientOptions {
  /** Tor's SOCKS URL; .onion hosts and `proxy: tor` requests fail with needs-tor without it. */
  torSocksUrl?: string | undefined;
  concurrency?: number;
  perHostConcurrency?: number;
  connectTimeoutMs?: number;
  /** Until the status line and headers arrive. */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks. */
  bodyTimeoutMs?: number;
  /** The whole request, retries excluded: a server that drips one byte a second is cut here. */
  totalTimeoutMs?: number;
  maxBodyBytes?: number;
  /** Extra attempts after a 5xx or a network error; nothing else is retried. */
  retries?: number;
  retryBaseDelayMs?: number;
  userAgent?: string;
}

export interface FetchOptions {
  signal?: AbortSignal;
  /** `tor`, `none`, or a socks URL; .onion hosts always go through Tor. */
  proxy?: string;
  accept?: string;
  maxBodyBytes?: number;
}

export interface HttpResponse {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export const DEFAULT_USER_AGENT = 'leakwatch/0.1 (+read-only monitor)';
const MAX_REDIRECTS = 5;

export const isOnionUrl = (url: string): boolean => /\.onion$/i.test(new URL(url).hostname);

/** Whether a request to `url` with this proxy setting must go through Tor. */
export function needsTor(url: string, proxy: string | undefined): boolean {
  return proxy === 'tor' || isOnionUrl(url);
}

/**
 * The one HTTP layer for every non-browser fetch: per-host and overall concurrency, timeouts at
 * each stage, a body cap, retries with backoff on 5xx and network errors only, and Tor for .onion.
 */
export function createHttpClient(options: HttpClientOptions = {}) {
  const settings = {
    connectTimeoutMs: options.connectTimeoutMs ?? 15_000,
    headersTimeoutMs: options.headersTimeoutMs ?? 30_000,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 30_000,
    totalTimeoutMs: options.totalTimeoutMs ?? 90_000,
    maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
    retries: options.retries ?? 2,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  };
  const queues: FetchQueues = createFetchQueues(options.concurrency ?? 8, options.perHostConcurrency ?? 2);
  const timeouts = { connectTimeoutMs: settings.connectTimeoutMs, headersTimeoutMs: settings.headersTimeoutMs, bodyTimeoutMs: settings.bodyTimeoutMs };
  const direct = new Agent({ connect: { timeout: settings.connectTimeoutMs }, headersTimeout: settings.headersTimeoutMs, bodyTimeout: settings.bodyTimeoutMs });
  const socksAgents = new Map<string, Agent>();

  const dispatcherFor = (url: string, proxy: string | undefined): Dispatcher => {
    let proxyUrl: string | undefined;
    if (needsTor(url, proxy)) {
      if (!options.torSocksUrl) {
        throw new SourceError('needs-tor', `${new URL(url).hostname} needs Tor and TOR_SOCKS_URL is not set, so it was not fetched (never in the clear). Set TOR_SOCKS_URL=socks5h://127.0.0.1:9050 (see docs/sources.md, Tor).`, { url });
      }
      proxyUrl = options.torSocksUrl;
    } else if (proxy && proxy !== 'none') {
      proxyUrl = proxy;
    }
    if (!proxyUrl) return direct;
    let agent = socksAgents.get(proxyUrl);
    if (!agent) {
      agent = createSocksAgent(toSocksProxy(proxyUrl), timeouts);
      socksAgents.set(proxyUrl, agent);
    }
    return agent;
  };

  const fetchOnce = async (url: string, fetchOptions: FetchOptions): Promise<HttpResponse & { location?: string }> => {
    const deadline = AbortSignal.timeout(settings.totalTimeoutMs);
    const signal = fetchOptions.signal ? AbortSignal.any([fetchOptions.signal, deadline]) : deadline;
    const maxBytes = fetchOptions.maxBodyBytes ?? settings.maxBodyBytes;
    try {
      const response = await request(url, {
        dispatcher: dispatcherFor(url, fetchOptions.proxy),
        method: 'GET',
        signal,
        headers: { 'user-agent': settings.userAgent, accept: fetchOptions.accept ?? 'text/html,application/xhtml+xml,application/json,application/xml;q=0.9,*/*;q=0.5', 'accept-language': 'en,fr;q=0.8' },
      });
      const contentType = String(response.headers['content-type'] ?? '');
      const location = response.headers.location;
      if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string') {
        await response.body.dump();
        return { url, status: response.statusCode, contentType, body: '', location: new URL(location, url).href };
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        response.body.destroy();
        throw new SourceError('too-large', `${url} announced ${declared} bytes, over the ${maxBytes}-byte cap; not read.`, { url });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          response.body.destroy();
          throw new SourceError('too-large', `${url} sent more than ${maxBytes} bytes; reading stopped at the cap.`, { url });
        }
        chunks.push(chunk as Buffer);
      }
      return { url, status: response.statusCode, contentType, body: decode(Buffer.concat(chunks), contentType) };
    } catch (error) {
      if (error instanceof SourceError) throw error;
      if (fetchOptions.signal?.aborted) throw fetchOptions.signal.reason ?? error;
      throw toFetchError(error, url, deadline.aborted, settings.totalTimeoutMs);
    }
  };

  const fetchWithRetries = async (url: string, fetchOptions: FetchOptions) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await queues.run(new URL(url).host, () => fetchOnce(url, fetchOptions));
        if (response.status >= 500 && attempt < settings.retries) {
          await backoff(attempt);
          continue;
        }
        return response;
      } catch (error) {
        if (!(error instanceof SourceError) || !error.isTransient || attempt >= settings.retries) throw error;
        await backoff(attempt);
      }
    }
    async function backoff(attempt: number) {
      const delay = settings.retryBaseDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
      await sleep(delay, undefined, fetchOptions.signal ? { signal: fetchOptions.signal } : {});
    }
  };

  return {
    /** GET a text resource. Non-2xx after retries, timeouts and the cap are SourceErrors. */
    async fetchText(url: string, fetchOptions: FetchOptions = {}): Promise<HttpResponse> {
      let current = url;
      for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
        const response = await fetchWithRetries(current, fetchOptions);
        if (response.location) {
          current = response.location;
          continue;
        }
        if (response.status < 200 || response.status >= 300) {
          throw new SourceError(response.status >= 500 ? 'unreachable' : 'http-status', `${current} answered HTTP ${response.status}${response.status === 404 || response.status === 410 ? ': the address changed or the page is gone; check the url' : response.status >= 500 ? ` after ${settings.retries + 1} attempts` : ''}.`, { url: current });
        }
        return { url: response.url, status: response.status, contentType: response.contentType, body: response.body };
      }
      throw new SourceError('http-status', `${url} redirected more than ${MAX_REDIRECTS} times; stopped.`, { url });
    },
    async close(): Promise<void> {
      await Promise.all([direct.close(), ...[...socksAgents.values()].map((agent) => agent.close())]);
    },
    queues,
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

function decode(buffer: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(buffer);
  } catch {
    return new TextDecoder('utf-8').decode(buffer);
  }
}

function toFetchError(error: unknown, url: string, deadlinePassed: boolean, totalTimeoutMs: number): SourceError {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (deadlinePassed) return new SourceError('timeout', `${url} did not finish within ${totalTimeoutMs / 1000} s (a hanging or dripping server); gave up.`, { url, cause: error });
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new SourceError('timeout', `${url}: connecting timed out.`, { url, cause: error });
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return new SourceError('timeout', `${url}: no response headers in time.`, { url, cause: error });
  if (code === 'UND_ERR_BODY_TIMEOUT') return new SourceError('timeout', `${url}: the body stalled.`, { url, cause: error });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new SourceError('unreachable', `${url}: the host name does not resolve (${code}); offline, or the domain is gone.`, { url, cause: error });
  return new SourceError('unreachable', `${url}: ${code ? `${code} ` : ''}${message}`, { url, cause: error });
}
