import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import market from '../../scrapers/dark-leak-market.js';
import { checkScrapedItems } from '../../src/sources/scraped-item.js';
import { FIXTURES_DIR } from '../support/local-site.js';

const html = readFileSync(`${FIXTURES_DIR}scrapers/dark-leak-market.html`, 'utf8');
const url = 'http://aby6efzmp7jzbwgidgqc6ghxi2vwpo6d7eaood5xuoxutrfofsmzcjqd.onion/index.php?page=1';
const page = { html, url, $: cheerio.load(html) };
const { items, rejected } = checkScrapedItems(market.parse(page));

describe('the Dark Leak Market scraper (real saved page)', () => {
  it('finds the 6 priced listings and not the 30 sidebar titles', () => {
    expect(rejected).toEqual([]);
    expect(items.map((item) => item.title)).toEqual([
      'Major indian cryptocurrency Data Leak', 'US Cellular data leak Dec-2021', 'T Mobile Data Leak Dec-2021',
      'UKG Kronos Data Leak', 'Volvo data breach', 'Panasonic data breach',
    ]);
  });

  it('reads price, views, sold count and month of each listing', () => {
    expect(items.map((item) => [item.externalId, item.meta?.priceUsd, item.meta?.views, item.meta?.sold])).toEqual([
      ['pid-62', 1500, 18957, 0], ['pid-61', 800, 21064, 1], ['pid-60', 1000, 24633, 1],
      ['pid-59', 1000, 25475, 1], ['pid-58', 300, 27298, 0], ['pid-57', 400, 26148, 1],
    ]);
    expect(items[0]).toMatchObject({
      url: 'http://aby6efzmp7jzbwgidgqc6ghxi2vwpo6d7eaood5xuoxutrfofsmzcjqd.onion/page.php?pid=62',
      publishedAt: '2022-01-01T00:00:00.000Z',
      body: 'Major indian cryptocurrency trading platform WazirX, CoinDCX and Unocoin data leak.\nPrice: $1500',
    });
    expect(items[5]!.publishedAt).toBe('2021-11-01T00:00:00.000Z');
  });

  it('follows "Next" to page 2', () => {
    expect(market.nextPageUrl?.(page)).toBe('http://aby6efzmp7jzbwgidgqc6ghxi2vwpo6d7eaood5xuoxutrfofsmzcjqd.onion/index.php?page=2');
  });
});
