import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { silentLogger } from '../../src/config/logger.js';
import type { WebUser } from '../../src/store/index.js';
import { hashToken, newToken } from '../../src/web/sign-in-links.js';
import { serveConsole } from '../../src/web/serve-console.js';
import { createSignInLimiter } from '../../src/web/sign-in-limiter.js';
import { ARTIFACTS_DIR, startConsoleHarness, type ConsoleHarness } from './console-harness.js';

const ALICE = { userId: 1001, userName: 'Alice Martin', role: 'admin' as const };
const BOB = { userId: 1002, userName: 'Bob', role: 'member' as const };

let harness: ConsoleHarness;
beforeAll(async () => { harness = await startConsoleHarness(); }, 60_000);
afterAll(async () => { await harness?.close(); });

/** A fresh browser context signed in through a one-time link, as a person would. */
async function signIn(user: WebUser = ALICE, width = 1440): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(harness.linkFor(user));
  await page.waitForURL(`${harness.served.url}/`);
  return { context, page };
}

const alertNumberOf = (orgId: string, kind: string): string =>
  harness.runtime.store.console.alerts({ orgId, kind }, 10, 0).rows[0]!.number;

describe('web console', () => {
  it('refuses every page and action without a session', async () => {
    for (const path of ['/', '/alerts', `/alerts/${alertNumberOf('mediprix', 'sale')}`, '/watchlist', '/sources', '/sessions']) {
      const response = await fetch(`${harness.served.url}${path}`);
      expect(response.status, path).toBe(401);
      expect(await response.text()).not.toContain('Médiprix');
    }
    const post = await fetch(`${harness.served.url}/alerts/${alertNumberOf('mediprix', 'sale')}/triage`, { method: 'POST', body: new URLSearchParams({ state: 'confirmed' }) });
    expect(post.status).toBe(401);
    expect(harness.runtime.store.telegram.triage.history(harness.runtime.store.alerts.getByNumber(alertNumberOf('mediprix', 'sale'))!.id)).toEqual([]);
  });

  it('signs in by a link that works once and opens the overview with its plot drawn', async () => {
    const link = harness.linkFor(ALICE);
    const context = await harness.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(link);
      await page.waitForURL(`${harness.served.url}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Overview');
      await page.locator('[data-chart="per-day"][data-drawn="true"] canvas').waitFor();
      const box = await page.locator('[data-chart="per-day"] canvas').boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(await page.locator('#top-orgs tbody tr').count()).toBeGreaterThan(0);
      const cookie = (await context.cookies()).find((entry) => entry.name === 'lw_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

      // The same link again, in another browser: refused.
      const other = await harness.browser.newContext();
      const second = await other.newPage();
      await second.goto(link);
      await second.locator('h1', { hasText: 'Cannot sign in' }).waitFor();
      expect(await second.locator('main').textContent()).toContain('already used');
      expect((await other.cookies()).find((entry) => entry.name === 'lw_session')).toBeUndefined();
      await other.close();
    } finally {
      await context.close();
    }
  });

  it('refuses an expired link', async () => {
    const token = newToken();
    harness.runtime.store.web.createLink(hashToken(token), ALICE, new Date(Date.now() - 1_000));
    const context = await harness.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${harness.served.url}/sign-in/${token}`);
      await page.locator('h1', { hasText: 'Cannot sign in' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('has expired');
    } finally {
      await context.close();
    }
  });

  it('filters the alert list and searches the stored postings', async () => {
    const { context, page } = await signIn();
    try {
      await page.goto(`${harness.served.url}/alerts`);
      const all = harness.runtime.store.console.alerts({}, 100, 0).total;
      expect(await page.locator('#alert-list tbody tr').count()).toBe(all);
      await page.selectOption('select[name="severity"]', 'critical');
      await page.click('#filters button[type="submit"]');
      await page.waitForURL(/severity=critical/);
      const critical = harness.runtime.store.console.alerts({ severity: 'critical' }, 100, 0).rows.map((row) => row.number).sort();
      expect(critical.length).toBeGreaterThan(0);
      expect(critical.length).toBeLessThan(all);
      expect((await page.locator('#alert-list tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-alert')))).sort()).toEqual(critical);

      await page.goto(`${harness.served.url}/alerts`);
      await page.selectOption('select[name="org"]', 'ocs');
      await page.click('#filters button[type="submit"]');
      await page.waitForURL(/org=ocs/);
      const ocs = harness.runtime.store.console.alerts({ orgId: 'ocs' }, 100, 0).rows.map((row) => row.number);
      expect(await page.locator('#alert-list tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-alert')))).toEqual(ocs);

      await page.fill('input[name="q"]', 'tracking PINs');
      await page.click('#filters button[type="submit"]');
      await page.locator('#search-results').waitFor();
      const rows = page.locator('#search-results tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('Canada Post tracking tool');
      expect(new Set(await rows.first().locator('mark').allTextContents())).toEqual(new Set(['tracking', 'PINs']));
    } finally {
      await context.close();
    }
  });

  it('triages from the case page into the database and the case history, as the bot does', async () => {
    const number = alertNumberOf('mediprix', 'sale');
    const { context, page } = await signIn();
    try {
      await page.goto(`${harness.served.url}/alerts/${number}`);
      expect(await page.locator('#advice li').count()).toBeGreaterThan(0);
      expect(await page.locator('pre.mail').count()).toBe(2);
      await page.click('[data-triage="confirmed"]');
      await page.locator('p.notice', { hasText: 'Recorded: Confirm' }).waitFor();
      expect(await page.locator('#case-state').textContent()).toBe('confirmed');
      const { store } = harness.runtime;
      const alert = store.alerts.getByNumber(number)!;
      expect(store.telegram.triage.history(alert.id)).toMatchObject([{ state: 'confirmed', userId: ALICE.userId, userName: ALICE.userName }]);
      const found = store.cases.getByAlertId(alert.id)!;
      expect(found.state).toBe('confirmed');
      expect(store.cases.events(found.id).at(-1)).toMatchObject({ state: 'confirmed', actor: 'web:1001 (Alice Martin)' });
      expect(await page.locator('#timeline').textContent()).toContain('case → confirmed by web:1001 (Alice Martin)');
    } finally {
      await context.close();
    }
  });

  it('shows hostile posting text inert: no script runs, no markup, no link', async () => {
    const number = harness.runtime.store.console.alerts({ sourceId: 'dark-market', orgId: 'mediprix' }, 10, 0).rows[0]!.number;
    const { context, page } = await signIn();
    try {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
      for (const path of [`/alerts/${number}`, '/alerts', '/alerts?q=script', '/watchlist/mediprix']) {
        await page.goto(`${harness.served.url}${path}`);
        expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.locator('a[href*="evil"], img[src="x"], main b:text-is("bold")').count(), path).toBe(0);
      }
      await page.goto(`${harness.served.url}/alerts/${number}`);
      expect(await page.locator('#posting-text').textContent()).toContain('<script>window.__pwned = 1; alert(1)</script>');
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a form without its CSRF token, and triage by a member', async () => {
    const number = alertNumberOf('ocs', 'leak');
    const alertId = harness.runtime.store.alerts.getByNumber(number)!.id;
    for (const user of [ALICE, BOB]) {
      const { context, page } = await signIn(user);
      try {
        const cookie = (await context.cookies()).find((entry) => entry.name === 'lw_session')!;
        const csrf = user === BOB ? await page.goto(`${harness.served.url}/alerts/${number}`).then(() => page.locator('input[name="csrf"]').first().inputValue()) : 'forged';
        const response = await fetch(`${harness.served.url}/alerts/${number}/triage`, {
          method: 'POST', redirect: 'manual', headers: { cookie: `lw_session=${cookie.value}` }, body: new URLSearchParams({ state: 'false_positive', csrf }),
        });
        expect(response.status).toBe(403);
      } finally {
        await context.close();
      }
    }
    expect(harness.runtime.store.telegram.triage.history(alertId)).toEqual([]);
  });

  it('runs a retro-hunt of one organization from its watchlist page', async () => {
    const { store } = harness.runtime;
    store.watchlist.remove('canada_post', 'test');
    store.watchlist.put({ id: 'canada_post', name: 'Canada Post', aliases: ['Postes Canada'], domains: ['canadapost.ca'], sector: 'logistics', country: 'CA', keywords: [] }, 'test');
    const { context, page } = await signIn();
    try {
      await page.goto(`${harness.served.url}/watchlist/canada_post`);
      await page.click('#hunt-now');
      await page.locator('#hunt-result').waitFor();
      expect(await page.locator('#hunt-result').textContent()).toMatch(/Retro-hunt done: \d+ postings read, \d+ mention it, 2 new hits, 1 alerts queued/);
      expect(await page.locator('#org-hits tbody tr').count()).toBe(2);
      expect(await page.locator('#hunts tbody tr').first().textContent()).toContain('web:1001 (Alice Martin)');
    } finally {
      await context.close();
    }
  });

  it('rate-limits failed sign-ins from one address', async () => {
    const served = await serveConsole({
      store: harness.runtime.store, logger: silentLogger, host: '127.0.0.1', port: 0, baseUrl: 'http://127.0.0.1', sessionHours: 1,
      evidenceDir: '/nonexistent', hunt: () => Promise.reject(new Error('no hunts here')), signInLimiter: createSignInLimiter({ maxFailures: 3 }),
    });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        statuses.push((await fetch(`${served.url}/sign-in`, { method: 'POST', body: new URLSearchParams({ token: `guess-${attempt}` }) })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await served.close();
    }
  });

  it('is readable at 390 and 1440 px wide (screenshots kept in test-artifacts/web)', async () => {
    const number = alertNumberOf('mediprix', 'sale');
    for (const width of [390, 1440]) {
      const { context, page } = await signIn(ALICE, width);
      try {
        for (const [name, path] of [['overview', '/'], ['alerts', '/alerts'], ['search', '/alerts?q=base'], ['case', `/alerts/${number}`], ['watchlist', '/watchlist'], ['organization', '/watchlist/mediprix'], ['sources', '/sources'], ['sessions', '/sessions']] as const) {
          await page.goto(`${harness.served.url}${path}`);
          if (name === 'overview' || name === 'sources') await page.locator('[data-drawn="true"]').first().waitFor();
          // Nothing wider than the screen: tables scroll inside their card, text wraps.
          expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth), `${name} at ${width}`).toBeLessThanOrEqual(width);
          await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${width}.png`), fullPage: true });
        }
      } finally {
        await context.close();
      }
    }
  });
});
