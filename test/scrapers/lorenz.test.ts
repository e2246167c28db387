import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import lorenz from '../../scrapers/lorenz.js';
import { checkScrapedItems } from '../../src/sources/scraped-item.js';
import { FIXTURES_DIR } from '../support/local-site.js';

const html = readFileSync(`${FIXTURES_DIR}scrapers/lorenz.html`, 'utf8');
const url = 'http://lorenzmlwpzgxq736jzseuterytjueszsvznuibanxomlpkyxk6ksoyd.onion/';
const { items, rejected } = checkScrapedItems(lorenz.parse({ html, url, $: cheerio.load(html) }));

describe('the Lorenz leak site scraper (real saved page)', () => {
  it('finds the 70 victims of the company list, each once', () => {
    expect(rejected).toEqual([]);
    expect(items).toHaveLength(70);
    const $ = cheerio.load(html);
    const listed = $('ul.scrollable-menu li a').toArray().map((link) => $(link).attr('href')!.slice(1));
    expect(items.map((item) => item.externalId).sort()).toEqual(listed.sort());
  });

  it('reads name, post date, victim site and tags', () => {
    expect(items[0]).toMatchObject({
      externalId: 'comp79', title: 'Bayer Heritage Federal Credit Union', publishedAt: '2022-12-01T00:00:00.000Z',
      url: `${url}#comp79`, meta: { group: 'lorenz', website: 'https://www.bayerhfcu.com/', tags: ['Database with SSN!'], uploaded: 'Uploaded 100% files' },
    });
    expect(items.find((item) => item.externalId === 'comp78')).toMatchObject({ title: 'EOS', publishedAt: '2023-11-12T00:00:00.000Z', meta: { tags: ['More than 400 Gb'] } });
    expect(items[0]!.body).toContain('Lorenz ransomware leak site lists Bayer Heritage Federal Credit Union (https://www.bayerhfcu.com/) as a victim.');
  });

  it('dates every victim that shows one: 68 of 70, from Dec 2020 to Nov 2023', () => {
    const dated = items.filter((item) => item.publishedAt);
    expect(dated).toHaveLength(68);
    expect(items.filter((item) => !item.publishedAt).map((item) => item.externalId).sort()).toEqual(['comp7', 'comp8']);
    const years = dated.map((item) => item.publishedAt!.slice(0, 4));
    expect(years.filter((year) => year < '2020' || year > '2023')).toEqual([]);
    // "Posted Jul 27, 2021 Updated Mar 15, 2022." is the post of Jul 27, 2021.
    expect(items.find((item) => item.meta?.postedText === 'Jul 27, 2021')?.publishedAt).toBe('2021-07-27T00:00:00.000Z');
  });

  it('keeps the download links out of the items', () => {
    expect(items.every((item) => !/download|\.7z|\.rar/.test(`${item.url} ${item.body}`))).toBe(true);
  });
});
