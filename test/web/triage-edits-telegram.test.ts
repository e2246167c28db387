import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import { huntArchive } from '../../src/pipeline/retro-hunt-part.js';
import { serveConsole, type ServedConsole } from '../../src/web/serve-console.js';
import { createSignInLink } from '../../src/web/sign-in-links.js';
import { ADMIN, ALERT_CHAT, LEAK_CHANNEL, MEDIPRIX_SALE, startBotHarness, type BotHarness } from '../telegram/bot-harness.js';
import { channelPost } from '../telegram/telegram-updates.js';

let bot: BotHarness | undefined;
let served: ServedConsole | undefined;
afterEach(async () => {
  await served?.close();
  await bot?.stop();
  bot = undefined;
  served = undefined;
});

describe('a triage in the web console', () => {
  it('edits the alert in the Telegram chats, as a tap on the bot\'s button does', async () => {
    bot = await startBotHarness();
    const { runtime } = bot;
    served = await serveConsole({
      store: runtime.store, logger: silentLogger, host: '127.0.0.1', port: 0, baseUrl: 'http://127.0.0.1', sessionHours: 1, evidenceDir: '/nonexistent',
      hunt: (request) => huntArchive(runtime, request),
      onTriaged: (alertId) => { for (const listen of runtime.registry.triageListeners) listen(alertId); },
    });
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => bot!.fake.messagesIn(ALERT_CHAT.id).filter((message) => message.text.startsWith('🚨')).length, { timeout: 10_000 }).toBe(1);
    const alert = runtime.store.console.alerts({}, 1, 0).rows[0]!;

    const token = createSignInLink(runtime.store, { userId: ADMIN.id, userName: 'Alice Martin', role: 'admin' }, served.url).url.split('/').at(-1)!;
    const signIn = await fetch(`${served.url}/sign-in`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ token }) });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const page = await (await fetch(`${served.url}/alerts/${alert.number}`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
    const triaged = await fetch(`${served.url}/alerts/${alert.number}/triage`, { method: 'POST', redirect: 'manual', headers: { cookie }, body: new URLSearchParams({ state: 'confirmed', csrf }) });
    expect(triaged.status).toBe(303);

    const message = bot.fake.messagesIn(ALERT_CHAT.id).find((entry) => entry.text.startsWith('🚨'))!;
    await expect.poll(() => message.text, { timeout: 10_000 }).toMatch(/✅ Confirmed by Alice Martin · \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(message.edits).toBe(1);
  });
});
