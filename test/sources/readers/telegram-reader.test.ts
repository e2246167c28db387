import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTelegramSource } from '../../../src/sources/readers/telegram-reader.js';
import { sourceDeclarationSchema, type TelegramSource } from '../../../src/sources/source-config.js';
import { SourceError } from '../../../src/sources/source-errors.js';
import { startLocalSite, type LocalSite } from '../../support/local-site.js';
import { createTestReadContext } from '../read-context.js';

let site: LocalSite;
beforeAll(async () => { site = await startLocalSite(); });
afterAll(async () => { await site.close(); });

const channel = (name: string, extra: Record<string, unknown> = {}) =>
  sourceDeclarationSchema.parse({ id: `tg-${name}`, type: 'telegram', channel: name, baseUrl: site.origin, ...extra }) as TelegramSource;

describe('telegram sources (t.me/s web preview)', () => {
  it('reads id, text, date, views, forwarded-from and document captions of the newest page', async () => {
    const { context, close } = createTestReadContext();
    try {
      const result = await readTelegramSource(channel('leakchannel'), context);
      expect(result.pages).toBe(1);
      expect(result.cursor).toBe('106');
      const byId = new Map(result.items.map((item) => [(item as { externalId: string }).externalId, item as Record<string, any>]));
      // 105 is a photo without caption: nothing to analyse.
      expect([...byId.keys()]).toEqual(['101', '102', '103', '104', '106']);
      expect(byId.get('101')).toMatchObject({
        body: '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone — $1,500, escrow accepted\n\nDM @seller_x',
        url: 'https://t.me/leakchannel/101', publishedAt: '2026-11-21T09:15:00.000Z',
        meta: { channel: 'leakchannel', channelTitle: 'Leak Channel', views: 1200 },
      });
      expect(byId.get('103')).toMatchObject({ body: 'acme_hr_sample.txt\n12.4 KB', meta: { captions: ['acme_hr_sample.txt', '12.4 KB'] } });
      expect(byId.get('104')!.meta).toMatchObject({ forwardedFrom: 'Breach Updates', forwardedFromUrl: 'https://t.me/breachupdates/7781', views: 3100 });
      // A reply shows the quoted message; only the reply's own text is the posting.
      expect(byId.get('106')!.body).toBe('Price dropped to $900, still available');
    } finally { await close(); }
  });

  it('pages back with ?before= until it reaches the last message seen', async () => {
    const { context, close } = createTestReadContext({ cursor: '93' });
    try {
      const first = site.requests.length;
      const result = await readTelegramSource(channel('leakchannel'), context);
      expect(site.requests.slice(first).map((request) => request.path)).toEqual(['/s/leakchannel', '/s/leakchannel?before=101', '/s/leakchannel?before=96']);
      expect(result.items.map((item) => (item as { externalId: string }).externalId)).toEqual(
        ['91', '92', '93', '94', '95', '96', '97', '98', '99', '100', '101', '102', '103', '104', '106']);
      expect(result.cursor).toBe('106');
    } finally { await close(); }
  });

  it('stops at maxPages even when the last message seen is further back', async () => {
    const { context, close } = createTestReadContext({ cursor: '10' });
    try {
      const result = await readTelegramSource(channel('leakchannel', { maxPages: 2 }), context);
      expect(result.pages).toBe(2);
    } finally { await close(); }
  });

  it('reports a private or missing channel (HTTP 200 contact page) as an error, not as empty', async () => {
    const { context, close } = createTestReadContext();
    try {
      const error = await readTelegramSource(channel('privatechannel'), context).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).failure).toBe('parse');
      expect((error as SourceError).message).toMatch(/"privatechannel" has no public web preview .*private, renamed or deleted/);
    } finally { await close(); }
  });
});
