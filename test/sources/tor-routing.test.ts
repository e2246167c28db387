import { SocksClient } from 'socks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/sources/net/http-client.js';
import { startFilterFront } from '../../src/sources/net/socks-filter-front.js';
import { startLocalSite, type LocalSite } from '../support/local-site.js';
import { startFakeTor, type FakeTor } from './fake-tor.js';

const ONION = 'aby6efzmp7jzbwgidgqc6ghxi2vwpo6d7eaood5xuoxutrfofsmzcjqd.onion';
let site: LocalSite;
let tor: FakeTor;
beforeAll(async () => {
  site = await startLocalSite();
  tor = await startFakeTor(site.port);
});
afterAll(async () => {
  await tor.close();
  await site.close();
});

describe('Tor routing', () => {
  it('sends .onion requests through the SOCKS proxy with the hostname unresolved', async () => {
    const http = createHttpClient({ torSocksUrl: tor.url });
    try {
      const page = await http.fetchText(`http://${ONION}/scrapers/dark-leak-market.html`);
      expect(page.body).toContain('Dark Leak Market');
      expect(tor.connects).toContainEqual({ addressType: 3, host: ONION, port: 80 });
      expect(site.requests.at(-1)).toMatchObject({ path: '/scrapers/dark-leak-market.html', host: ONION });
    } finally { await http.close(); }
  });

  it('routes a clear-web source marked proxy: tor through Tor too, by name', async () => {
    const http = createHttpClient({ torSocksUrl: tor.url.replace('socks5h', 'socks5') });
    try {
      await http.fetchText('http://clear.example.org/sources/zataz-feed.xml', { proxy: 'tor' });
      expect(tor.connects.at(-1)).toEqual({ addressType: 3, host: 'clear.example.org', port: 80 });
    } finally { await http.close(); }
  });

  it('the filtering front forwards only the allowed host to Tor and refuses the rest', async () => {
    const front = await startFilterFront({ host: '127.0.0.1', port: tor.port }, [ONION]);
    try {
      const before = tor.connects.length;
      const refused = await SocksClient.createConnection({
        proxy: { host: '127.0.0.1', port: front.port, type: 5 }, command: 'connect', destination: { host: 'www.google.com', port: 443 }, timeout: 3000,
      }).then(() => 'connected', (error: Error) => error.message);
      expect(refused).toMatch(/not allowed|ruleset|rejected/i);
      expect(front.refused).toEqual(['www.google.com']);
      expect(tor.connects.length).toBe(before);

      const http = createHttpClient({ torSocksUrl: `socks5h://127.0.0.1:${front.port}` });
      try {
        // An .onion request through the front reaches Tor by name and comes back with the page.
        const page = await http.fetchText(`http://${ONION}/sources/market-list.html`);
        expect(page.body).toContain('XMarket');
        expect(tor.connects.slice(before)).toEqual([{ addressType: 3, host: ONION, port: 80 }]);
      } finally { await http.close(); }
    } finally { await front.close(); }
  });
});
