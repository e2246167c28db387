import { afterEach, describe, expect, it } from 'vitest';
import { callbackTap, channelPost, groupMessage, privateMessage, type UserSpec } from './telegram-updates.js';
import { ADMIN, ALERT_CHAT, LEAK_CHANNEL, MEDIPRIX_SALE, MEMBER, STRANGER, startBotHarness, type BotHarness } from './bot-harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

let nextId = 1;
/** Send a private command and return the text of the bot's answers to it. */
async function ask(from: UserSpec, text: string): Promise<string[]> {
  const before = bot!.fake.messagesIn(from.id).length;
  await bot!.push(privateMessage(from, nextId++, text));
  return bot!.fake.messagesIn(from.id).slice(before).map((message) => message.text);
}

describe('access control', () => {
  it("refuses a stranger's /watch add once, politely, and changes nothing", async () => {
    bot = await startBotHarness();
    const organizations = bot.runtime.store.watchlist.count();
    const audit = bot.runtime.store.watchlist.recentAudit().length;

    expect(await ask(STRANGER, '/watch add Evil Corp | EC')).toEqual(['Sorry, this is a private bot. Ask its administrators for access.']);
    expect(await ask(STRANGER, '/watch add Evil Corp')).toEqual([]);
    expect(await ask(STRANGER, '/help')).toEqual([]);

    expect(bot.runtime.store.watchlist.count()).toBe(organizations);
    expect(bot.runtime.store.watchlist.get('evil_corp')).toBeUndefined();
    expect(bot.runtime.store.watchlist.recentAudit()).toHaveLength(audit);
  });

  it('does not answer strangers in groups at all, and ignores their button taps', async () => {
    bot = await startBotHarness();
    await bot.push(groupMessage(ALERT_CHAT, STRANGER, 5, '/watch list'));
    await bot.push(groupMessage(ALERT_CHAT, STRANGER, 6, '/status@leakwatch_test_bot'));
    expect(bot.fake.messagesIn(ALERT_CHAT.id)).toEqual([]);
  });

  it('lets a member read but not edit the watchlist, and an admin grant roles', async () => {
    bot = await startBotHarness();
    expect((await ask(MEMBER, '/watch add Acme'))[0]).toContain('Only admins can change the watchlist.');
    expect(bot.runtime.store.watchlist.get('acme')).toBeUndefined();
    expect((await ask(MEMBER, '/grant 6666 admin'))[0]).toBe('Only admins can use /grant.');

    expect((await ask(ADMIN, '/grant 6666 member'))[0]).toContain('User 6666 is now member.');
    expect((await ask(STRANGER, '/watch show mediprix'))[0]).toContain('Médiprix (mediprix)');
    expect((await ask(ADMIN, '/revoke 6666'))[0]).toContain('no longer has a granted role');
    expect(await ask(STRANGER, '/watch show mediprix')).toEqual(['Sorry, this is a private bot. Ask its administrators for access.']);
  });
});

describe('watchlist commands', () => {
  it('adds, edits, shows and removes an organization, with the Telegram user in the audit log', async () => {
    bot = await startBotHarness();
    expect((await ask(ADMIN, '/watch add Pharmacie Durand & Fils | Durand, PDF'))[0]).toContain('Now watching Pharmacie Durand & Fils (pharmacie_durand_fils) with aliases Durand, PDF.');
    expect((await ask(ADMIN, '/domain add pharmacie_durand_fils Durand-Pharma.FR'))[0]).toContain('Added domain «durand-pharma.fr»');
    expect((await ask(ADMIN, '/keyword add pharmacie_durand_fils officine'))[0]).toContain('Added keyword «officine»');
    expect((await ask(ADMIN, '/alias remove pharmacie_durand_fils PDF'))[0]).toContain('Removed alias «PDF»');
    expect((await ask(ADMIN, '/domain add pharmacie_durand_fils not a domain'))[0]).toMatch(/⚠️ Invalid domains.0: a domain like example.com/);

    const organization = bot.runtime.store.watchlist.get('pharmacie_durand_fils');
    expect(organization).toMatchObject({ name: 'Pharmacie Durand & Fils', aliases: ['Durand'], domains: ['durand-pharma.fr'], keywords: ['officine'] });
    const shown = (await ask(MEMBER, '/watch show pharmacie_durand_fils'))[0]!;
    expect(shown).toContain('Domains: durand-pharma.fr');

    expect((await ask(ADMIN, '/watch remove pharmacie_durand_fils'))[0]).toContain('Stopped watching');
    expect(bot.runtime.store.watchlist.get('pharmacie_durand_fils')).toBeUndefined();
    const audit = bot.runtime.store.watchlist.recentAudit(10).filter((entry) => entry.orgId === 'pharmacie_durand_fils');
    expect(audit.map((entry) => entry.action).reverse()).toEqual(['watch.add', 'domain.add', 'keyword.add', 'alias.remove', 'watch.remove']);
    expect(new Set(audit.map((entry) => entry.actor))).toEqual(new Set(['telegram:1001 (Alice Martin)']));
  });

  it('answers bad arguments with the problem and the usage', async () => {
    bot = await startBotHarness();
    expect((await ask(ADMIN, '/watch show nope'))[0]).toContain('No organization with id "nope" in the watchlist: see /watch list.');
    expect((await ask(ADMIN, '/alias add mediprix'))[0]).toMatch(/Expected add or remove[\s\S]*\/alias add <id> <term>/);
    expect((await ask(ADMIN, '/hits mediprix 7x'))[0]).toContain('No organization with id "7x"');
    expect((await ask(ADMIN, '/mute mediprix forever'))[0]).toContain('Invalid duration "forever"');
    expect((await ask(ADMIN, '/lang de'))[0]).toContain('Invalid language "de": expected fr or en.');
    expect((await ask(ADMIN, '/grant alice member'))[0]).toContain('Invalid user id "alice": expected a numeric Telegram user id like 123456789.');
    expect((await ask(ADMIN, '/frobnicate'))[0]).toBe('Unknown command /frobnicate. /help lists the commands.');
    const help = (await ask(MEMBER, '/help'))[0]!;
    expect(help).toContain('/watch add <name> [| alias, alias…]');
    expect(help).toContain('/check <text>');
    expect(help).not.toContain('/grant');
  });

  it('splits an answer longer than 4,096 characters into messages Telegram accepts', async () => {
    bot = await startBotHarness();
    const aliases = Array.from({ length: 300 }, (_, index) => `Alias <${index}> & Co number ${index}`);
    bot.runtime.store.watchlist.put({ id: 'big', name: 'Big & Co', aliases, domains: [], keywords: [] }, 'test');
    const answers = await ask(MEMBER, '/watch show big');
    expect(answers.length).toBeGreaterThan(2);
    expect(bot.fake.callsOf('sendMessage').every((call) => call.status === 200)).toBe(true);
    // A line longer than a message is cut after a space: the parts read on.
    const shown = answers.join('');
    for (const alias of aliases) expect(shown).toContain(alias);
  });

  it('pages long lists with buttons that edit the message', async () => {
    bot = await startBotHarness();
    const [first] = await ask(MEMBER, '/watch list');
    expect(first).toContain('page 1');
    const message = bot.fake.messagesIn(MEMBER.id).at(-1)!;
    const next = message.replyMarkup!.inline_keyboard[0]!.find((button) => button.text.startsWith('Next'))!;
    await bot.push(callbackTap(MEMBER, message, next.callback_data));
    expect(first).toContain('aglc');
    expect(message.text).toContain('page 2');
    expect(message.text).toContain('galexis');
    expect(message.text).not.toContain('aglc');
    expect(bot.fake.callsOf('answerCallbackQuery')).toHaveLength(1);
  });
});

describe('hits, alerts, status and the scanner', () => {
  it('lists hits, shows one alert again, reports status and sources', async () => {
    bot = await startBotHarness();
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => bot!.runtime.store.alerts.deliveryCounts().sent, { timeout: 10_000 }).toBe(1);
    const number = bot.runtime.store.hits.query()[0]!.alertNumber!;

    expect((await ask(MEMBER, '/hits mediprix 7d'))[0]).toMatch(new RegExp(`${number} Médiprix · sale`));
    expect((await ask(MEMBER, '/hits ocs'))[0]).toContain('Nothing yet.');
    const again = (await ask(MEMBER, `/alert ${number}`))[0]!;
    expect(again).toContain(number);
    expect(again).toContain('150,000 records');
    expect((await ask(MEMBER, '/alert LW-1999-0001'))[0]).toContain('No alert LW-1999-0001');

    const run = bot.runtime.store.scanRuns.start('forum-x');
    bot.runtime.store.scanRuns.finish(run, { itemsSeen: 3, newPostings: 2, hits: 1, error: null });
    const failing = bot.runtime.store.scanRuns.start('dls-y');
    bot.runtime.store.scanRuns.finish(failing, { itemsSeen: 0, newPostings: 0, hits: 0, error: 'connect ECONNREFUSED 127.0.0.1:9050' });
    const sources = (await ask(MEMBER, '/sources'))[0]!;
    expect(sources).toMatch(/🟡 dls-y .* failed: connect ECONNREFUSED 127.0.0.1:9050/);
    expect(sources).toMatch(/🟢 forum-x .* ok, 2 new postings, 1 hits/);
    const status = (await ask(MEMBER, '/status'))[0]!;
    expect(status).toContain('Alert queue: 0 queued · 1 sent · 0 failed');
    expect(status).toContain('Last scan: dls-y');
    expect(status).toContain('scanner not running');
  });

  it('answers /scan clearly without a scanner and runs the registered one', async () => {
    bot = await startBotHarness();
    expect((await ask(ADMIN, '/scan'))[0]).toContain('No scanner is running');
    expect((await ask(MEMBER, '/scan'))[0]).toBe('Only admins can use /scan.');
    const asked: (string | undefined)[] = [];
    bot.runtime.registry.scanNow = async (sourceId) => {
      asked.push(sourceId);
      return `scanned ${sourceId ?? 'all'}: 4 new postings, 0 hits`;
    };
    const answers = await ask(ADMIN, '/scan forum-x');
    expect(asked).toEqual(['forum-x']);
    await expect.poll(() => bot!.fake.messagesIn(ADMIN.id).at(-1)?.text).toBe('✅ scanned forum-x: 4 new postings, 0 hits');
    expect(answers[0]).toContain('Scanning forum-x');
  });

  it('analyses a text with /check without storing it', async () => {
    bot = await startBotHarness();
    const [answer] = await ask(MEMBER, `/check ${MEDIPRIX_SALE}`);
    expect(answer).toMatch(/Analysis: 🚨 alert · sale/);
    expect(answer).toContain('Médiprix (mediprix) — «Médiprix»');
    expect(bot.runtime.store.hits.count()).toBe(0);
  });
});

describe('subscriptions, mutes and languages', () => {
  it('sends alerts to a subscribed forum topic, in its language, and stops on /unsubscribe', async () => {
    bot = await startBotHarness();
    const team = { id: -1005555, title: 'Pharma team' };
    await bot.push(groupMessage(team, ADMIN, 10, '/subscribe pharmacy', { threadId: 42 }));
    expect(bot.fake.messagesIn(team.id).at(-1)).toMatchObject({ threadId: 42, text: expect.stringContaining('This topic now receives alerts for sector pharmacy') });
    await bot.push(groupMessage(team, MEMBER, 11, '/lang fr', { threadId: 42 }));

    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    await expect.poll(() => bot!.fake.messagesIn(team.id).filter((message) => message.text.startsWith('🚨')).length, { timeout: 10_000 }).toBe(1);
    const alert = bot.fake.messagesIn(team.id).find((message) => message.text.startsWith('🚨'))!;
    expect(alert.threadId).toBe(42);
    expect(alert.text).toContain('150 000 enregistrements'.replace(' ', '\u202f'));
    expect(alert.replyMarkup!.inline_keyboard[0]![0]!.text).toBe('✅ Confirmer');

    await bot.push(groupMessage(team, MEMBER, 12, '/unsubscribe', { threadId: 42 }));
    expect(bot.runtime.store.telegram.chats.subscriptionsOf(team.id)).toEqual([]);
  });

  it('mutes an organization: the hit is kept, no alert is queued', async () => {
    bot = await startBotHarness();
    expect((await ask(MEMBER, '/mute mediprix 24h'))[0]).toContain('No alerts for Médiprix until');
    await bot.push(channelPost(LEAK_CHANNEL, 77, MEDIPRIX_SALE));
    expect(bot.runtime.store.hits.count()).toBe(1);
    expect(bot.runtime.store.hits.query()[0]!.alertNumber).toBeNull();
    expect((await ask(MEMBER, '/unmute mediprix'))[0]).toContain('are back on');
  });
});
