import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/config/logger.js';
import type { ReadContext } from '../../../src/sources/source-reader.js';
import { parseChatCursors } from '../../../src/sources/telegram-account/read-chat-history.js';
import { readTelegramAccountSource } from '../../../src/sources/telegram-account/read-account-source.js';
import { declareAccountSource } from './account-harness.js';
import { createFakeTelegram } from './fake-telegram.js';
import { FAKE_API_HASH, FAKE_SESSION, LEAK_MARKET_ID, rpcError, VENDORS_ID } from './gramjs-objects.js';

const context = (cursor: string | null): ReadContext => ({
  cursor, signal: new AbortController().signal, logger: silentLogger, knownIds: () => new Set(), evidenceDir: '/nonexistent', torSocksUrl: undefined,
  http: undefined as never, browser: undefined as never,
});

const fast = { requestIntervalMs: 0 };

describe('a one-off read of a telegram-account source (sources test, scan --once)', () => {
  it('reads each chat from its cursor and returns the new cursor; with nothing new, the newest message is still seen', async () => {
    const telegram = createFakeTelegram();
    const open = () => telegram.openClient({ apiId: 1, apiHash: FAKE_API_HASH, session: FAKE_SESSION });
    const source = declareAccountSource({ chats: ['darkleaks_mkt', '-1001555000111'] });
    const first = await readTelegramAccountSource(source, context(null), open, fast);
    expect(first.items).toHaveLength(9);
    expect(parseChatCursors(first.cursor!)).toEqual({ [LEAK_MARKET_ID]: 108, [VENDORS_ID]: 52 });
    const again = await readTelegramAccountSource(source, context(first.cursor!), open, fast);
    // The market's newest message is a bare photo: its newest readable one stands for it.
    expect(again.items.map((item) => (item as { externalId: string }).externalId)).toEqual([`${LEAK_MARKET_ID}/107`, `${VENDORS_ID}/52`]);
    expect(telegram.calls.filter((call) => call.method === 'disconnect')).toHaveLength(2);
  });

  it('reports a chat that fails and keeps the others; all failing is the run error', async () => {
    const telegram = createFakeTelegram();
    const open = () => telegram.openClient({ apiId: 1, apiHash: FAKE_API_HASH, session: FAKE_SESSION });
    telegram.failNext(`getHistory:${LEAK_MARKET_ID}`, () => rpcError(400, 'CHANNEL_PRIVATE'));
    const partly = await readTelegramAccountSource(declareAccountSource({ chats: ['darkleaks_mkt', '-1001555000111'] }), context(null), open, fast);
    expect(partly.items.map((item) => (item as { externalId: string }).externalId)).toEqual([50, 51, 52].map((id) => `${VENDORS_ID}/${id}`));
    telegram.revoke();
    await expect(readTelegramAccountSource(declareAccountSource({ chats: ['darkleaks_mkt'] }), context(null), open, fast)).rejects.toThrow(/AUTH_KEY_UNREGISTERED.*leakwatch telegram login/);
  });
});
