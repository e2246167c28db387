import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/sources/browser/browser-provider.js';
import { runCli } from '../support/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-web-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

describe('WEB_PORT=… npm start', () => {
  it('serves the console from leakwatch run; a link from `leakwatch web link` opens the overview of the demo postings in Chromium', async () => {
    const env = { DATABASE_PATH: join(dir, 'leakwatch.db'), SOURCES_ENABLED: 'false', WEB_PORT: String(await freePort()) };
    expect((await runCli(['ingest', 'seeds/demo-postings.jsonl', '--source-id', 'demo'], env)).code).toBe(0);
    const child = spawn(process.execPath, ['bin/leakwatch.js', 'run'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    try {
      await expect.poll(() => stderr, { timeout: 20_000, interval: 100 }).toMatch(/web console listening/);
      const link = await runCli(['web', 'link'], env);
      expect(link.stdout).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${env.WEB_PORT}/sign-in/[\\w-]{43}\\n$`));
      const page = await browser.newPage();
      await page.goto(link.stdout.trim());
      await page.waitForURL(`http://127.0.0.1:${env.WEB_PORT}/`);
      await page.locator('[data-chart="per-day"][data-drawn="true"] canvas').waitFor();
      expect(await page.locator('#top-orgs tbody tr').count()).toBeGreaterThan(0);
      await page.click('#open-cases a');
      expect(await page.locator('#advice li').count()).toBeGreaterThan(0);
      expect(await page.locator('pre.mail').count()).toBe(2);
    } finally {
      await browser.close();
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
