import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, resolve, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loadCaseRecord } from '../cases/load-case-record.js';
import type { Logger } from '../config/logger.js';
import type { HuntRequest } from '../pipeline/retro-hunt-part.js';
import type { RetroHuntResult } from '../pipeline/retro-hunt.js';
import type { Store, TriageState, WebSession } from '../store/index.js';
import { triageAlert } from '../telegram/triage-alert.js';
import { html, type SafeHtml } from './html.js';
import { layout, type Section } from './layout.js';
import { renderAlerts } from './pages/alerts-page.js';
import { renderCase, WEB_TRIAGE_ACTIONS } from './pages/case-page.js';
import { renderOverview } from './pages/overview-page.js';
import { renderSessions } from './pages/sessions-page.js';
import { renderSources } from './pages/sources-page.js';
import { renderOrganization, renderWatchlist } from './pages/watchlist-page.js';
import { createSignInLimiter } from './sign-in-limiter.js';
import { hashToken, newToken } from './sign-in-links.js';

export interface ConsoleOptions {
  store: Store;
  logger: Logger;
  /** Where sign-in links point; an https address makes the session cookie Secure. */
  baseUrl: string;
  sessionHours: number;
  evidenceDir: string;
  /** Runs a retro-hunt (the monitor's queue, or one of its own for `leakwatch web`). */
  hunt: (request: HuntRequest) => Promise<RetroHuntResult>;
  /** Called after a triage, so the monitor's bot edits the alert's Telegram messages. */
  onTriaged?: (alertId: number) => void;
  signInLimiter?: ReturnType<typeof createSignInLimiter>;
}

type ConsoleEnv = { Bindings: HttpBindings; Variables: { session: WebSession; form: Record<string, unknown> } };

export const SESSION_COOKIE = 'lw_session';

/** No inline script or style, no other origin, no framing: posting text that slipped into markup still could not run. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const requireFrom = createRequire(import.meta.url);
const STATIC_FILES: Record<string, { path: string; type: string }> = {
  'app.css': { path: new URL('./static/app.css', import.meta.url).pathname, type: 'text/css; charset=utf-8' },
  'charts.js': { path: new URL('./static/charts.js', import.meta.url).pathname, type: 'text/javascript; charset=utf-8' },
  'sign-in.js': { path: new URL('./static/sign-in.js', import.meta.url).pathname, type: 'text/javascript; charset=utf-8' },
  'uplot.js': { path: requireFrom.resolve('uplot/dist/uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
  'uplot.css': { path: requireFrom.resolve('uplot/dist/uPlot.min.css'), type: 'text/css; charset=utf-8' },
};
const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

const clientOf = (c: Context<ConsoleEnv>): string => c.env?.incoming?.socket?.remoteAddress ?? 'unknown';

/** The web console: pages rendered on the server, a session cookie from a one-time link, CSRF-checked forms. */
export function createConsoleApp(options: ConsoleOptions) {
  const { store, logger } = options;
  const secure = options.baseUrl.startsWith('https:');
  const limiter = options.signInLimiter ?? createSignInLimiter();
  const statics = new Map(Object.entries(STATIC_FILES).map(([name, file]) => [name, { body: readFileSync(file.path), type: file.type }]));
  const app = new Hono<ConsoleEnv>();

  const page = (c: Context<ConsoleEnv>, title: string, section: Section, body: SafeHtml, status: 200 | 400 | 401 | 403 | 404 | 429 | 500 = 200, scripts: string[] = []) =>
    c.html(layout({ title, section, body, scripts, ...(c.get('session') ? { session: c.get('session') } : {}) }).value, status);
  const refusal = (c: Context<ConsoleEnv>, status: 401 | 403 | 429, title: string, text: string) =>
    page(c, title, 'none', html`<div class="sign-in card"><h1>${title}</h1><p>${text}</p></div>`, status);

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (!c.req.path.startsWith('/static/')) c.header('Cache-Control', 'no-store');
  });

  // A form posted from another site is refused before anything else: with SameSite=Strict it
  // carries no session anyway, and the sign-in form must not be postable from elsewhere either.
  // The console's forms are a few short fields; anything bigger is refused unread.
  app.use('*', bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('Request too large.', 413) }));
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      const host = c.req.header('host');
      if (origin && origin !== 'null' && host && URL.parse(origin)?.host !== host) return refusal(c, 403, 'Refused', 'This form was sent from another site.');
      c.set('form', await c.req.parseBody());
    }
    return next();
  });

  app.get('/static/:name', (c) => {
    const file = statics.get(c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=3600' });
  });

  app.get('/favicon.ico', (c) => c.body(null, 204));

  // GET only shows a form: a link preview or a mail scanner that fetches the link does not spend it.
  app.get('/sign-in/:token', (c) => page(c, 'Sign in', 'none', html`<div class="sign-in card"><h1>Sign in to leakwatch</h1>
<form method="post" action="/sign-in" id="sign-in-form"><input type="hidden" name="token" value="${c.req.param('token').slice(0, 100)}">
<button type="submit" class="primary">Sign in</button></form><p class="muted">This link works once.</p></div>`, 200, ['sign-in']));

  app.post('/sign-in', (c) => {
    const client = clientOf(c);
    if (limiter.isBlocked(client)) {
      logger.warn({ client }, 'web sign-in refused: too many failed attempts from this address');
      return refusal(c, 429, 'Too many attempts', 'Too many failed sign-ins from this address. Wait 15 minutes, then use a new link.');
    }
    const token = String(c.get('form').token ?? '');
    const spent = token.length > 0 && token.length <= 100 ? store.web.spendLink(hashToken(token)) : { refused: 'unknown' as const };
    if ('refused' in spent) {
      const failures = limiter.recordFailure(client);
      logger.warn({ client, reason: spent.refused, failures }, 'web sign-in failed');
      const why = { unknown: 'This sign-in link is not known.', used: 'This sign-in link was already used.', expired: 'This sign-in link has expired.' }[spent.refused];
      return refusal(c, 401, 'Cannot sign in', `${why} Ask for a new one: /web to the bot, or leakwatch web link.`);
    }
    const sessionToken = newToken();
    const expiresAt = new Date(store.clock().getTime() + options.sessionHours * 3_600_000);
    const sessionId = store.web.createSession(hashToken(sessionToken), newToken(), spent.user, expiresAt, `${client} · ${(c.req.header('user-agent') ?? '').slice(0, 120)}`);
    logger.info({ sessionId, userId: spent.user.userId, role: spent.user.role, client }, 'web sign-in');
    setCookie(c, SESSION_COOKIE, sessionToken, { httpOnly: true, sameSite: 'Strict', secure, path: '/', expires: expiresAt });
    return c.redirect('/', 303);
  });

  app.get('/signed-out', (c) => refusal(c, 401, 'Signed out', 'You are signed out. A new sign-in link: /web to the bot, or leakwatch web link.'));

  // Everything below needs a session; every state change also its CSRF token.
  app.use('*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? store.web.findSession(hashToken(token)) : undefined;
    if (!session) return refusal(c, 401, 'Sign in first', 'This console needs a sign-in link: /web to the bot, or leakwatch web link.');
    c.set('session', session);
    if (c.req.method === 'POST' && !sameText(String(c.get('form').csrf ?? ''), session.csrfToken)) {
      logger.warn({ sessionId: session.id, path: c.req.path }, 'web form refused: bad CSRF token');
      return refusal(c, 403, 'Refused', 'This form has expired or did not come from this console. Reload the page and try again.');
    }
    if (c.req.method === 'POST' && session.role !== 'admin' && c.req.path !== '/sign-out') {
      return refusal(c, 403, 'Admins only', 'Only admins can change anything here.');
    }
    return next();
  });

  app.post('/sign-out', (c) => {
    store.web.revokeSession(c.get('session').id);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
    return c.redirect('/signed-out', 303);
  });

  app.get('/', (c) => page(c, 'Overview', 'overview', renderOverview(store), 200, ['charts']));
  app.get('/alerts', (c) => page(c, 'Alerts', 'alerts', renderAlerts(store, c.req.query())));

  const caseOf = (number: string) => {
    const alert = /^LW-\d{4}-\d{1,9}$/.test(number) ? store.alerts.getByNumber(number) : undefined;
    return alert ? loadCaseRecord(store, alert.id) : undefined;
  };
  app.get('/alerts/:number', (c) => {
    const loaded = caseOf(c.req.param('number'));
    if (!loaded) return c.notFound();
    const done = c.req.query('done');
    const notice = done && done in WEB_TRIAGE_ACTIONS ? `Recorded: ${WEB_TRIAGE_ACTIONS[done as keyof typeof WEB_TRIAGE_ACTIONS]}${c.req.query('note') ? ` (${c.req.query('note')})` : ''}` : null;
    return page(c, loaded.view.alert.number, 'alerts', renderCase(store, loaded, c.get('session'), notice));
  });
  app.post('/alerts/:number/triage', (c) => {
    const loaded = caseOf(c.req.param('number'));
    const state = String(c.get('form').state ?? '');
    if (!loaded) return c.notFound();
    if (!(state in WEB_TRIAGE_ACTIONS)) return page(c, 'Bad request', 'alerts', html`<p class="notice error">Unknown triage action.</p>`, 400);
    const session = c.get('session');
    const outcome = triageAlert(store, loaded.view.alert.id, state as TriageState, { userId: session.userId, userName: session.userName, actor: `web:${session.userId} (${session.userName})` });
    logger.info({ alertId: loaded.view.alert.id, state, sessionId: session.id }, 'alert triaged in the web console');
    options.onTriaged?.(loaded.view.alert.id);
    const note = outcome?.caseNote ? `&note=${encodeURIComponent(outcome.caseNote.slice(0, 200))}` : '';
    return c.redirect(`/alerts/${loaded.view.alert.number}?done=${state}${note}`, 303);
  });
  app.get('/evidence/:number', async (c) => {
    const loaded = caseOf(c.req.param('number'));
    const shot = loaded?.view.posting.screenshotPath;
    if (!shot) return c.notFound();
    const root = resolve(options.evidenceDir);
    const path = resolve(root, shot);
    const type = IMAGE_TYPES[extname(path).toLowerCase()];
    // Only files inside EVIDENCE_DIR, only images: a stored path cannot reach the rest of the disk.
    if (!type || !path.startsWith(root + sep)) return c.notFound();
    const body = await readFile(path).catch(() => undefined);
    return body ? c.body(body, 200, { 'Content-Type': type }) : c.notFound();
  });

  app.get('/watchlist', (c) => page(c, 'Watchlist', 'watchlist', renderWatchlist(store)));
  app.get('/watchlist/:id', (c) => {
    const org = store.watchlist.get(c.req.param('id'));
    if (!org) return c.notFound();
    const hunted = c.req.query('hunted');
    return page(c, org.name, 'watchlist', renderOrganization(store, org, c.get('session'), hunted ? `Retro-hunt done: ${hunted}.` : null));
  });
  app.post('/watchlist/:id/hunt', async (c) => {
    const org = store.watchlist.get(c.req.param('id'));
    if (!org) return c.notFound();
    const session = c.get('session');
    const result = await options.hunt({ orgIds: [org.id], actor: `web:${session.userId} (${session.userName})` });
    const summary = `${result.postingsRead} postings read, ${result.candidates} mention it, ${result.hitsFound} new hits, ${result.alertsQueued} alerts queued`;
    return c.redirect(`/watchlist/${org.id}?hunted=${encodeURIComponent(summary)}`, 303);
  });

  app.get('/sources', (c) => page(c, 'Sources', 'sources', renderSources(store), 200, ['charts']));
  app.get('/sessions', (c) => page(c, 'Sessions', 'sessions', renderSessions(store, c.get('session'))));
  app.post('/sessions/:id/revoke', (c) => {
    const id = Number(c.req.param('id'));
    if (Number.isInteger(id) && store.web.revokeSession(id)) logger.info({ revoked: id, by: c.get('session').id }, 'web session revoked');
    return c.redirect('/sessions', 303);
  });

  app.notFound((c) => page(c, 'Not found', 'none', html`<p class="card">Nothing here. <a href="/">Overview</a></p>`, 404));
  app.onError((error, c) => {
    logger.error({ err: error, path: c.req.path }, 'web console error');
    return page(c, 'Error', 'none', html`<p class="card notice error">Something failed on our side; the error is in the monitor's log.</p>`, 500);
  });
  return app;
}
