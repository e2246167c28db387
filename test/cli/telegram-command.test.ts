import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/config/errors.js';
import { scrubSecrets } from '../../src/config/logger.js';
import { loadSettings } from '../../src/config/settings.js';
import { PassThrough } from 'node:stream';
import { createTerminalPrompts, joinChat, listAccountChats, loginAccount, logoutAccount, type LoginClient, type Prompts } from '../../src/cli/commands/telegram-account-actions.js';
import { JOIN_LIMITS } from '../../src/cli/commands/telegram-command.js';
import { loadAccountCredentials } from '../../src/sources/telegram-account/account-session.js';
import { createFakeTelegram } from '../sources/telegram-account/fake-telegram.js';
import { FAKE_API_HASH, FAKE_SESSION, rpcError } from '../sources/telegram-account/gramjs-objects.js';
import { runCli } from '../support/run-cli.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-tg-login-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

/** Answers given in order, as a person would type them; every question is kept. */
function scriptedPrompts(answers: string[]): Prompts & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    async ask(question) {
      questions.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected question: ${question}`);
      return answer;
    },
    close() {},
  };
}

/** GramJS's start() as it behaves: phone, code (asked again after a wrong one), then the 2FA password with its hint. */
function fakeLoginClient(options: { wrongCodes?: number } = {}): LoginClient & { apiIds: number[] } {
  const apiIds: number[] = [];
  return {
    apiIds,
    async start(callbacks) {
      const phone = await callbacks.phoneNumber();
      if (!phone.startsWith('+')) throw rpcError(400, 'PHONE_NUMBER_INVALID');
      for (let wrong = 0; ; wrong += 1) {
        const code = await callbacks.phoneCode();
        if (wrong >= (options.wrongCodes ?? 0) && code === '12345') break;
        if (await callbacks.onError(rpcError(400, 'PHONE_CODE_INVALID'))) throw new Error('AUTH_USER_CANCEL');
      }
      if (await callbacks.password('my usual one') !== 'correct horse') throw rpcError(400, 'PASSWORD_HASH_INVALID');
    },
    async getMe() { return { id: '424242', name: 'Leakwatch Reader', username: 'lw_reader' }; },
    saveSession: () => FAKE_SESSION,
    async disconnect() {},
  };
}

const settingsIn = (directory: string, env: Record<string, string> = {}) => loadSettings({ TELEGRAM_SESSION_FILE: join(directory, 'tg', 'account.session'), ...env });

describe('leakwatch telegram login', () => {
  it('asks for API id, hash, phone, code (again after a wrong one) and 2FA password, and stores the session 0600', async () => {
    const settings = settingsIn(dir);
    const prompts = scriptedPrompts(['12345', FAKE_API_HASH, '+33612345678', '99999', '12345', 'correct horse']);
    const lines: string[] = [];
    const client = fakeLoginClient({ wrongCodes: 1 });
    const me = await loginAccount({ settings, prompts, openLoginClient: async (apiId) => { client.apiIds.push(apiId); return client; }, write: (line) => lines.push(line) });
    expect(me.username).toBe('lw_reader');
    expect(client.apiIds).toEqual([12345]);
    expect(prompts.questions.map((question) => question.split(' ')[0])).toEqual(['API', 'API', 'Phone', 'Login', 'Login', 'Two-step']);
    expect(prompts.questions[5]).toContain('hint: my usual one');
    expect(lines.join('\n')).toContain('PHONE_CODE_INVALID; try again');
    expect(lines.join('\n')).toContain('Logged in as @lw_reader');
    expect(lines.join('\n')).not.toContain(FAKE_SESSION);
    const file = settings.TELEGRAM_SESSION_FILE;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ apiId: 12345, apiHash: FAKE_API_HASH, session: FAKE_SESSION, account: '@lw_reader' });
    // What the monitor reads back, and the session is scrubbed wherever it would be printed.
    expect(loadAccountCredentials(settings)).toEqual({ apiId: 12345, apiHash: FAKE_API_HASH, session: FAKE_SESSION });
    expect(scrubSecrets(`connect failed for ${FAKE_SESSION}`)).toBe('connect failed for [secret]');
  });

  it('takes API id and hash from the settings, and gives up after three refused codes', async () => {
    const settings = settingsIn(dir, { TELEGRAM_API_ID: '777', TELEGRAM_API_HASH: FAKE_API_HASH });
    const prompts = scriptedPrompts(['+33612345678', '1', '2', '3']);
    await expect(loginAccount({ settings, prompts, openLoginClient: async () => fakeLoginClient({ wrongCodes: 5 }), write: () => undefined })).rejects.toThrow(/after 3 refused answers|AUTH_USER_CANCEL/);
    expect(prompts.questions[0]).toMatch(/^Phone/);
    expect(existsSync(settings.TELEGRAM_SESSION_FILE)).toBe(false);
  });

  it('refuses a session file others can read', async () => {
    const settings = settingsIn(dir);
    await loginAccount({ settings, prompts: scriptedPrompts(['12345', FAKE_API_HASH, '+33612345678', '12345', 'correct horse']), openLoginClient: async () => fakeLoginClient(), write: () => undefined });
    (await import('node:fs')).chmodSync(settings.TELEGRAM_SESSION_FILE, 0o644);
    expect(() => loadAccountCredentials(settings)).toThrow(/can be read by other users.*chmod 600/);
  });

  it('tells how to log in when there is no session, without a stack', async () => {
    const result = await runCli(['telegram', 'chats'], { TELEGRAM_SESSION_FILE: join(dir, 'none.session') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No Telegram account is logged in');
    expect(result.stderr).toContain('leakwatch telegram login');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('leakwatch telegram chats, join, logout', () => {
  it('lists the chats with the ids a sources file takes', async () => {
    const fake = createFakeTelegram();
    const lines: string[] = [];
    const count = await listAccountChats(() => fake.openClient({ apiId: 1, apiHash: FAKE_API_HASH, session: FAKE_SESSION }), { write: (line) => lines.push(line) });
    expect(count).toBe(2);
    expect(lines.join('\n')).toMatch(/-1001987654321\s+channel\s+Dark Leaks Market\s+@darkleaks_mkt\s+https:\/\/t\.me\/darkleaks_mkt/);
    expect(lines.join('\n')).toMatch(/-1001555000111\s+supergroup\s+Vendors lounge\s+https:\/\/t\.me\/c\/1555000111/);
  });

  it('joins on request only, spaced and counted, and stops at a FLOOD_WAIT', async () => {
    const fake = createFakeTelegram();
    fake.addInvite('AbCdEf123', '-1001444555666');
    const open = () => fake.openClient({ apiId: 1, apiHash: FAKE_API_HASH, session: FAKE_SESSION });
    const logFile = join(dir, 'not-yet', 'joins.json');
    let now = Date.parse('2026-12-01T10:00:00Z');
    const lines: string[] = [];
    await joinChat({ link: 'https://t.me/+AbCdEf123', open, logFile, now: () => now, write: (line) => lines.push(line) });
    expect(lines[0]).toContain('Joined Breach Forum Mirror (channel), id -1001444555666');
    now += 60_000;
    await expect(joinChat({ link: 'https://t.me/+AbCdEf123', open, logFile, now: () => now })).rejects.toThrow(/Not joining yet.*Try again in 9 min/);
    now += JOIN_LIMITS.minIntervalMs;
    fake.failNext('join', () => rpcError(420, 'FLOOD_WAIT_3600'));
    await expect(joinChat({ link: 'https://t.me/+AbCdEf123', open, logFile, now: () => now })).rejects.toThrow(/wait 3600 s before joining again/);
    now += JOIN_LIMITS.minIntervalMs;
    await expect(joinChat({ link: 'https://t.me/+AbCdEf123', open, logFile, now: () => now })).rejects.toThrow(/Not joining yet.*Try again in 50 min/);
    expect(fake.calls.filter((call) => call.method === 'join')).toHaveLength(2);
    expect(statSync(logFile).mode & 0o777).toBe(0o600);
  });

  it('logs out on Telegram and removes the session file', async () => {
    const settings = settingsIn(dir);
    await loginAccount({ settings, prompts: scriptedPrompts(['12345', FAKE_API_HASH, '+33612345678', '12345', 'correct horse']), openLoginClient: async () => fakeLoginClient(), write: () => undefined });
    const fake = createFakeTelegram();
    const lines: string[] = [];
    await logoutAccount(settings, () => fake.openClient(loadAccountCredentials(settings)), (line) => lines.push(line));
    expect(fake.calls.map((call) => call.method)).toContain('logOut');
    expect(existsSync(settings.TELEGRAM_SESSION_FILE)).toBe(false);
    expect(lines.join('\n')).toContain('Removed');
  });

  it('reads answers line by line from a pipe, questions on the other stream, and says when the input ends', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let asked = '';
    output.setEncoding('utf8').on('data', (chunk: string) => { asked += chunk; });
    const prompts = createTerminalPrompts(input, output);
    input.write('12345\n+33612345678\n');
    expect(await prompts.ask('API id: ')).toBe('12345');
    expect(await prompts.ask('Phone: ')).toBe('+33612345678');
    input.end();
    await expect(prompts.ask('Code: ')).rejects.toThrow(/No answer to "Code:" \(input ended\)/);
    prompts.close();
    expect(asked).toContain('API id: ');
    expect(asked).toContain('Code: ');
  });

  it('is an InputError, not a crash, to log in with a malformed API id', async () => {
    await expect(loginAccount({ settings: settingsIn(dir), prompts: scriptedPrompts(['abc']), openLoginClient: async () => fakeLoginClient(), write: () => undefined })).rejects.toBeInstanceOf(InputError);
  });
});
