import { afterEach, describe, expect, it } from 'vitest';
import { parseChatCursors } from '../../../src/sources/telegram-account/read-chat-history.js';
import { createAccountHarness, declareAccountSource } from './account-harness.js';
import { READ_ONLY_METHODS } from './fake-telegram.js';
import { channelMessage, editChannelMessage, LEAK_MARKET_ID, newChannelMessage, rpcError, VENDORS_ID } from './gramjs-objects.js';

let harness: ReturnType<typeof createAccountHarness>;
afterEach(async () => { await harness.close(); });

const both = declareAccountSource({ chats: ['darkleaks_mkt', '-1001555000111'] });
const gap = (chatId: string, from: number, count: number, text = (id: number) => `listing ${id}: fresh combo list`) =>
  Array.from({ length: count }, (_, index) => channelMessage(chatId, from + index, text(from + index)));

describe('telegram-account listener', () => {
  it('reads each chat from the start, stores every readable message once and keeps the last id seen per chat', async () => {
    harness = createAccountHarness();
    const listener = harness.start([both]);
    const [summary] = await listener.scanNow();
    expect(summary).toMatchObject({ sourceId: 'tg-account', error: null, itemsSeen: 10 });
    const postings = harness.postings();
    // 7 + 3 messages read (the pinned-message notice is a service message); the bare photo has nothing to store.
    expect(postings.map((posting) => posting.external_id)).toEqual([
      ...[101, 102, 103, 104, 106, 107].map((id) => `${LEAK_MARKET_ID}/${id}`), ...[50, 51, 52].map((id) => `${VENDORS_ID}/${id}`),
    ]);
    expect(parseChatCursors(harness.store.sources.getState('tg-account').cursor)).toEqual({ [LEAK_MARKET_ID]: 108, [VENDORS_ID]: 52 });
    expect(harness.store.sources.getState('tg-account')).toMatchObject({ health: 'healthy', lastItems: 10 });
    expect(harness.alertCount()).toBeGreaterThanOrEqual(1);
    // Read-only: nothing but reads was asked of the account.
    expect(new Set(harness.fake.calls.map((call) => call.method))).toSatisfy((methods: Set<string>) => [...methods].every((method) => READ_ONLY_METHODS.includes(method)));
  });

  it('turns live GramJS updates into postings; a repeated update and an edit alert no more', async () => {
    harness = createAccountHarness();
    const listener = harness.start([both]);
    await listener.scanNow();
    const alertsBefore = harness.alertCount();
    const sale = channelMessage(LEAK_MARKET_ID, 109, 'VENTE base clients Multipharma 80 000 clients, emails, téléphones\n900 USDT');
    harness.fake.push(newChannelMessage(sale));
    harness.fake.push(newChannelMessage(sale));
    expect(harness.postings().filter((posting) => posting.external_id === `${LEAK_MARKET_ID}/109`)).toHaveLength(1);
    expect(harness.alertCount()).toBe(alertsBefore + 1);

    harness.fake.push(editChannelMessage(channelMessage(LEAK_MARKET_ID, 109, 'VENTE base clients Multipharma 80 000 clients, emails, téléphones\nprix baissé: 700 USDT', { editDate: 1764700000 })));
    const edited = harness.postings().find((posting) => posting.external_id === `${LEAK_MARKET_ID}/109`)!;
    expect(edited.text).toContain('700 USDT');
    expect(harness.alertCount()).toBe(alertsBefore + 1);

    // The next catch-up reads past the live messages without storing them again.
    const [summary] = await listener.scanNow();
    expect(summary!.newPostings).toBe(0);
    expect(parseChatCursors(harness.store.sources.getState('tg-account').cursor)[LEAK_MARKET_ID]).toBe(109);
  });

  it('fills a gap of 500 messages after a restart: each once, in order, 100 per request, from the last one seen', async () => {
    harness = createAccountHarness();
    const first = harness.start([both]);
    await first.scanNow();
    await first.stop();
    harness.fake.addMessages(LEAK_MARKET_ID, gap(LEAK_MARKET_ID, 109, 500));
    harness.fake.historyRequests.length = 0;

    const second = harness.start([both]);
    const [summary] = await second.scanNow();
    expect(summary).toMatchObject({ error: null, newPostings: 500 });
    const ids = harness.postings().filter((posting) => posting.external_id.startsWith(LEAK_MARKET_ID)).map((posting) => Number(posting.external_id.split('/')[1]));
    expect(ids.slice(6)).toEqual(Array.from({ length: 500 }, (_, index) => 109 + index));
    expect(new Set(ids).size).toBe(ids.length);
    const market = harness.fake.historyRequests.filter((request) => request.chatId === LEAK_MARKET_ID);
    expect(market.every((request) => request.minId === 108 && request.limit <= 100)).toBe(true);
    expect(market.filter((request) => request.addOffset < 0).map((request) => request.offsetId)).toEqual([109, 209, 309, 409, 509]);
    expect(parseChatCursors(harness.store.sources.getState('tg-account').cursor)[LEAK_MARKET_ID]).toBe(608);
    // Requests of the account are paced: one second apart.
    expect(harness.sleeps.filter((ms) => ms > 0 && ms <= 1000).length).toBeGreaterThan(5);
  });

  it('reads back at most backfillDepth messages, the newest, and says that older ones were left', async () => {
    harness = createAccountHarness();
    const source = declareAccountSource({ chats: ['darkleaks_mkt'], backfillDepth: 100 });
    const first = harness.start([source]);
    await first.scanNow();
    await first.stop();
    harness.fake.addMessages(LEAK_MARKET_ID, gap(LEAK_MARKET_ID, 109, 300));
    const second = harness.start([source]);
    await second.scanNow();
    const ids = harness.postings().map((posting) => Number(posting.external_id.split('/')[1])).filter((id) => id > 108);
    expect(ids).toEqual(Array.from({ length: 100 }, (_, index) => 309 + index));
    expect(harness.logLines.join('')).toContain('only the newest 100 were read');
  });

  it('honours FLOOD_WAIT with the wait Telegram asks, then carries on', async () => {
    harness = createAccountHarness();
    harness.fake.failNext(`getHistory:${LEAK_MARKET_ID}`, () => rpcError(420, 'FLOOD_WAIT_30'));
    const listener = harness.start([both]);
    const [summary] = await listener.scanNow();
    expect(summary!.error).toBeNull();
    expect(harness.sleeps).toContain(31_000);
    expect(harness.postings()).toHaveLength(9);
    expect(harness.logLines.join('')).toContain('FLOOD_WAIT');
  });

  it('fails one chat without stopping the others, and names it', async () => {
    harness = createAccountHarness();
    harness.fake.failNext(`getHistory:${LEAK_MARKET_ID}`, () => rpcError(400, 'CHANNEL_PRIVATE'));
    const listener = harness.start([declareAccountSource({ chats: ['darkleaks_mkt', '-1001555000111', 'no_such_chat_here'] })]);
    const [summary] = await listener.scanNow();
    expect(harness.postings().map((posting) => posting.external_id)).toEqual([50, 51, 52].map((id) => `${VENDORS_ID}/${id}`));
    expect(summary!.error).toMatch(/2 of 3 chats failed/);
    expect(summary!.error).toContain('no_such_chat_here: Telegram refused finding no_such_chat_here: USERNAME_NOT_OCCUPIED');
    expect(summary!.error).toContain('Dark Leaks Market (-1001987654321): Telegram refused reading Dark Leaks Market: CHANNEL_PRIVATE');
    // The failed chat is read at the next run, from where it stands.
    const [next] = await listener.scanNow();
    expect(harness.postings()).toHaveLength(9);
    expect(next!.error).toMatch(/1 of 3 chats failed/);
  });

  it('shows a revoked session as the source health at once, tells the admins, and stops asking Telegram', async () => {
    harness = createAccountHarness();
    const listener = harness.start([both]);
    await listener.scanNow();
    harness.fake.revoke('SESSION_REVOKED');
    const requests = harness.fake.calls.length;
    const [summary] = await listener.scanNow();
    expect(summary!.error).toContain('SESSION_REVOKED');
    expect(summary!.error).toContain('leakwatch telegram login');
    expect(harness.store.sources.getState('tg-account')).toMatchObject({ health: 'unhealthy' });
    expect(harness.store.sources.getState('tg-account').lastError).toMatch(/log in again/i);
    expect(harness.notices.join('\n')).toMatch(/tg-account is unhealthy.*SESSION_REVOKED/);
    await listener.scanNow();
    expect(harness.fake.calls.slice(requests).filter((call) => call.method === 'getHistory')).toHaveLength(1);
  });

  it('retries connecting with growing waits, then catches up', async () => {
    harness = createAccountHarness();
    harness.fake.failConnects(3);
    const listener = harness.start([both]);
    await expect.poll(() => listener.isConnected()).toBe(true);
    const [summary] = await listener.scanNow();
    expect(summary!.error).toBeNull();
    expect(harness.sleeps.filter((ms) => ms >= 2000)).toEqual([2000, 4000, 8000]);
    expect(harness.store.scanRuns.recent('tg-account').filter((run) => run.error?.includes('ECONNREFUSED'))).toHaveLength(3);
    expect(harness.postings()).toHaveLength(9);
  });

  it('does not hold up a scan while Telegram cannot be reached: the run says the account is not connected', async () => {
    harness = createAccountHarness();
    harness.fake.failConnects(1000);
    const listener = harness.start([both], { connectWaitMs: 50, sleep: (ms, signal) => new Promise((resolve, reject) => { const timer = setTimeout(resolve, Math.min(ms, 20)); signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true }); }) });
    const [summary] = await listener.scanNow();
    expect(summary!.error).toMatch(/not connected/);
    expect(harness.postings()).toHaveLength(0);
  });

  it('after a dropped connection comes back, reads what it missed', async () => {
    harness = createAccountHarness();
    const listener = harness.start([both]);
    await listener.scanNow();
    harness.fake.connection('disconnected');
    expect(listener.isConnected()).toBe(false);
    harness.fake.addMessages(VENDORS_ID, gap(VENDORS_ID, 53, 3, (id) => `message ${id} sent while we were away`));
    harness.fake.connection('connected');
    await expect.poll(() => harness.postings().length).toBe(12);
  });
});
