import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api.js';
import { channelPost } from './telegram-updates.js';
import { ALERT_CHAT, LEAK_CHANNEL, MEDIPRIX_SALE } from './bot-harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
let fake: FakeBotApi;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-bot-'));
  fake = await startFakeBotApi();
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `leakwatch run` in a child process, against the fake Bot API and a database file in `dir`. */
function startMonitor(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['bin/leakwatch.js', 'run'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', SOURCES_ENABLED: 'false',
      DATABASE_PATH: join(dir, 'leakwatch.db'), TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: fake.url,
      TELEGRAM_ALERT_CHAT_IDS: String(ALERT_CHAT.id), TELEGRAM_ADMIN_IDS: '1001', ...env,
    },
  });
  children.push(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

const alertsSent = () => fake.messagesIn(ALERT_CHAT.id).filter((message) => message.text.startsWith('🚨'));

describe('the bot in `leakwatch run`', () => {
  it('sends, after a restart, the alert whose send was cut by the process being killed — once', async () => {
    fake.failNext('sendMessage', { hang: true });
    const first = startMonitor();
    await expect.poll(first.stderr, { timeout: 30_000, interval: 100 }).toMatch(/Telegram bot running/);
    fake.pushUpdate(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    // The alert is queued in SQLite and its sendMessage is in flight (the fake holds it).
    await expect.poll(() => fake.callsOf('sendMessage').length, { timeout: 15_000, interval: 50 }).toBe(1);
    first.child.kill('SIGKILL');
    await first.exited;

    const store = openStore(join(dir, 'leakwatch.db'));
    const number = store.hits.query()[0]!.alertNumber!;
    expect(store.alerts.deliveriesOf(store.alerts.getByNumber(number)!.id)).toMatchObject([{ status: 'queued', attempts: 0 }]);
    store.close();
    expect(alertsSent()).toHaveLength(0);

    const second = startMonitor();
    await expect.poll(() => alertsSent().length, { timeout: 30_000, interval: 100 }).toBe(1);
    expect(alertsSent()[0]!.text).toContain(number);
    await expect.poll(second.stderr, { timeout: 30_000, interval: 100 }).toMatch(/monitor running/);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.stderr()).toMatch(/"msg":"stopped"/);

    // A third start finds nothing left to send.
    const third = startMonitor();
    await expect.poll(third.stderr, { timeout: 30_000, interval: 100 }).toMatch(/monitor running/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
    expect(alertsSent()).toHaveLength(1);
    const reopened = openStore(join(dir, 'leakwatch.db'));
    expect(reopened.alerts.deliveryCounts()).toMatchObject({ queued: 0, sent: 1, failed: 0 });
    reopened.close();
  }, 90_000);

  it('keeps running when the Bot API cannot be reached, and stops cleanly', async () => {
    const monitor = startMonitor({ TELEGRAM_API_ROOT: 'http://127.0.0.1:9' });
    await expect.poll(monitor.stderr, { timeout: 30_000, interval: 100 }).toMatch(/monitor running/);
    expect(monitor.stderr()).toContain('cannot reach the Telegram Bot API');
    expect(monitor.stderr()).not.toContain(FAKE_TOKEN.split(':')[1]);
    monitor.child.kill('SIGINT');
    expect(await monitor.exited).toBe(0);
  }, 40_000);

  it('stops at start with a message naming the 401, without printing the token', async () => {
    const wrongToken = '654321:WRONG-token-abcdefghijklmnopqrstu';
    const monitor = startMonitor({ TELEGRAM_BOT_TOKEN: wrongToken });
    expect(await monitor.exited).toBe(2);
    expect(monitor.stderr()).toContain('Telegram refused the bot token (401 Unauthorized)');
    expect(monitor.stderr()).toContain('@BotFather');
    expect(monitor.stderr()).not.toContain('WRONG-token');
  }, 40_000);
});
