import { readFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Recorded pages served by the local site, from test/fixtures/. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

export interface LocalSite {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  url(path: string): string;
  /** Every request received, in order: proves what was (and was not) fetched. */
  requests: { method: string; path: string; host: string }[];
  /** Add or replace a route (exact path, without the query). */
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', json: 'application/json', xml: 'application/rss+xml; charset=utf-8', png: 'image/png', css: 'text/css' };

/**
 * A web site on 127.0.0.1 port 0 serving recorded pages, plus the misbehaviours real sources
 * have: /hang (never answers), /drip (a byte every 200 ms, forever), /status/NNN, /flaky (500
 * twice, then 200), /big (50 MB, no length), /big-declared (announces 50 MB), /malformed,
 * /slow?ms=N, and Telegram web previews under /s/<channel> with ?before= paging (a channel with
 * no recorded page redirects to its contact page, as t.me does for private or missing channels).
 */
export async function startLocalSite(): Promise<LocalSite> {
  const routes = new Map<string, RouteHandler>();
  const requests: LocalSite['requests'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let flakyCalls = 0;

  const sendFile = (response: ServerResponse, relative: string) => {
    const path = `${FIXTURES_DIR}${relative}`;
    if (!relative.includes('..') && existsSync(path)) {
      response.writeHead(200, { 'content-type': TYPES[relative.split('.').pop() ?? ''] ?? 'application/octet-stream' });
      response.end(readFileSync(path));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };

  routes.set('/hang', () => { /* never answers */ });
  routes.set('/drip', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => response.write('<'), 200);
    timers.add(timer);
    response.on('close', () => { clearInterval(timer); timers.delete(timer); });
  });
  routes.set('/flaky', (_request, response) => {
    flakyCalls += 1;
    if (flakyCalls <= 2) response.writeHead(500).end('try again');
    else response.writeHead(200, { 'content-type': 'application/json' }).end('[{"victim":"Flaky Corp","group":"akira","discovered":"2026-11-20 10:00:00"}]');
  });
  routes.set('/big', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 50 && !response.destroyed) {
        sent += 1;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  });
  routes.set('/big-declared', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    response.write('<html>');
  });
  routes.set('/malformed', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><div class="listing"><h2>Broken <b>listing <a href="/x?id=1">more</div></div><<<>>>&&;</ta');
  });
  routes.set('/slow', (_request, response, url) => {
    const timer = setTimeout(() => response.writeHead(200, { 'content-type': 'text/plain' }).end('slow'), Number(url.searchParams.get('ms') ?? 200));
    timers.add(timer);
  });

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://local');
    requests.push({ method: request.method ?? 'GET', path: `${url.pathname}${url.search}`, host: request.headers.host ?? '' });
    const handler = routes.get(url.pathname);
    if (handler) return void Promise.resolve(handler(request, response, url)).catch(() => response.destroy());
    const status = /^\/status\/(\d{3})$/.exec(url.pathname);
    if (status) return void response.writeHead(Number(status[1]), { 'content-type': 'text/plain' }).end(`status ${status[1]}`);
    const channel = /^\/s\/([A-Za-z0-9_]+)$/.exec(url.pathname)?.[1];
    if (channel) {
      const before = url.searchParams.get('before');
      const file = `sources/telegram-${channel}${before ? `-before-${before}` : ''}.html`;
      if (existsSync(`${FIXTURES_DIR}${file}`)) return sendFile(response, file);
      return void response.writeHead(302, { location: `/${channel}` }).end();
    }
    if (/^\/[A-Za-z0-9_]+$/.test(url.pathname) && !url.pathname.includes('.')) return sendFile(response, 'sources/telegram-contact-page.html');
    sendFile(response, url.pathname.slice(1));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path: string) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    route: (path, handler) => { routes.set(path, handler); },
    close: () => new Promise<void>((resolve) => {
      for (const timer of timers) { clearInterval(timer); clearTimeout(timer); }
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
