import { afterEach, describe, expect, it } from 'vitest';
import { huntArchive } from '../../src/pipeline/retro-hunt-part.js';
import { privateMessage } from './telegram-updates.js';
import { ADMIN, MEMBER, startBotHarness, type BotHarness } from './bot-harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('/hunt', () => {
  it('hunts the stored postings for an organization added after them, with a progress line and a summary', async () => {
    bot = await startBotHarness();
    bot.runtime.store.watchlist.remove('canada_post', 'test');
    bot.runtime.pipeline.ingestAll([{ sourceId: 'forum', externalId: '1', sourceKind: 'forum', text: '[ACCESS] Canada Post tracking tool — delivery details of ~4,500 customers, names and addresses, 800 USD' }]);
    bot.runtime.store.watchlist.put({ id: 'canada_post', name: 'Canada Post', aliases: ['Postes Canada'], domains: ['canadapost.ca'], sector: 'logistics', country: 'CA', keywords: [] }, 'test');
    bot.runtime.registry.huntNow = (request) => huntArchive(bot!.runtime, request);

    await bot.push(privateMessage(MEMBER, 1, '/hunt canada_post'));
    expect(bot.fake.messagesIn(MEMBER.id).at(-1)!.text).toBe('Only admins can use /hunt.');
    await bot.push(privateMessage(ADMIN, 2, '/hunt canada_post'));
    const answers = bot.fake.messagesIn(ADMIN.id).map((message) => message.text);
    expect(answers.find((text) => text.startsWith('🔎'))).toBe('🔎 Hunting Canada Post through 1 stored postings…');
    expect(answers.find((text) => text.startsWith('✅'))).toMatch(/^✅ Retro-hunt of Canada Post done in [\d.]+ s: 1 postings read, 1 mention it, 1 new hits, 1 alerts queued\.$/);
    expect(bot.runtime.store.hits.query({ orgId: 'canada_post' })).toMatchObject([{ kind: 'access', foundBy: 'retro-hunt' }]);
    await bot.push(privateMessage(ADMIN, 3, '/hunt nobody'));
    expect(bot.fake.messagesIn(ADMIN.id).at(-1)!.text).toContain('No organization with id "nobody"');
  });
});
