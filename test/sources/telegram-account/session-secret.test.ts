import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { addSecretToScrub, createLogger, scrubSecrets } from '../../../src/config/logger.js';
import { loadSettings } from '../../../src/config/settings.js';
import { createAccountHarness, declareAccountSource } from './account-harness.js';
import { FAKE_API_HASH, FAKE_SESSION, LEAK_MARKET_ID, rpcError } from './gramjs-objects.js';

let harness: ReturnType<typeof createAccountHarness> | undefined;
afterEach(async () => { await harness?.close(); harness = undefined; });

const secretParts = [FAKE_SESSION, FAKE_SESSION.slice(1, 60), FAKE_SESSION.slice(-60)];

describe('the account session is a secret', () => {
  it('is scrubbed from log lines however it gets there: a message, a field, a nested field, an error', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => { lines.push(line); } });
    logger.info({ session: FAKE_SESSION, credentials: { session: FAKE_SESSION, apiHash: FAKE_API_HASH } }, 'opening');
    logger.error({ err: new Error(`cannot use ${FAKE_SESSION}`) }, `failed with ${FAKE_SESSION}`);
    // A session of a shape the pattern would miss is caught once it has been read (registered).
    const odd = 'xyz-custom-session-string-0123456789';
    addSecretToScrub(odd);
    logger.warn(`odd ${odd}`);
    const written = lines.join('');
    for (const part of [...secretParts, FAKE_API_HASH, odd]) expect(written).not.toContain(part);
    expect(written).toContain('[secret]');
    expect(scrubSecrets(`TELEGRAM_SESSION=${FAKE_SESSION}`)).toBe('TELEGRAM_SESSION=[secret]');
  });

  it('is hidden in the message of a bad setting', () => {
    expect(() => loadSettings({ TELEGRAM_SESSION: 'tooshort' })).toThrow(/TELEGRAM_SESSION=\(hidden\)/);
    expect(() => loadSettings({ TELEGRAM_API_HASH: 'not-a-hash-but-secret' })).toThrow(/TELEGRAM_API_HASH=\(hidden\)/);
  });

  it('never reaches the logs, the run errors or the database of an account that fails every way', async () => {
    harness = createAccountHarness();
    harness.fake.failNext(`getHistory:${LEAK_MARKET_ID}`, () => rpcError(420, 'FLOOD_WAIT_5'));
    harness.fake.failNext('getHistory', () => rpcError(400, 'CHANNEL_PRIVATE'));
    harness.fake.failConnects(1);
    const listener = harness.start([declareAccountSource({ chats: ['darkleaks_mkt', '-1001555000111', 'no_such_chat_here'] })]);
    const [first] = await listener.scanNow();
    harness.fake.revoke();
    const [second] = await listener.scanNow();
    await listener.stop();
    const errors = [first!.error, second!.error, ...harness.store.scanRuns.recent('tg-account').map((run) => run.error), harness.store.sources.getState('tg-account').lastError].join('\n');
    expect(errors).toContain('AUTH_KEY_UNREGISTERED');
    expect(errors).toContain('CHANNEL_PRIVATE');
    const logs = harness.logLines.join('');
    expect(logs).toContain('FLOOD_WAIT');
    harness.store.close();
    const database = readFileSync(harness.temp.path);
    for (const part of [...secretParts, FAKE_API_HASH]) {
      expect(logs).not.toContain(part);
      expect(errors).not.toContain(part);
      expect(database.includes(Buffer.from(part))).toBe(false);
    }
  });
});
