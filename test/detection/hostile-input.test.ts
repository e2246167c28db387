import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { DETECTION_WATCHLIST } from '../support/detection-watchlist.js';

const detector = compileDetector(DETECTION_WATCHLIST);
const SALE = '[SELLING] Nordfracht Logistik parcel DB — 200k Sendungen — name, address — $900';

describe('hostile input', () => {
  it('analyses a 1 MB posting and still finds the name at the top', () => {
    const text = `${SALE}\n${'lorem ipsum dolor sit amet 12345 '.repeat(32_000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(detector.analyze({ text }).orgs).toEqual(['nordfracht']);
  });

  it('survives random bytes read as text', () => {
    let seed = 1;
    const random = () => { seed = (seed * 16807) % 2147483647; return seed; };
    const text = String.fromCharCode(...Array.from({ length: 50_000 }, () => random() % 65536));
    const analysis = detector.analyze({ text });
    expect(Array.isArray(analysis.orgs)).toBe(true);
  });

  it('survives invalid surrogates, 10,000 combining marks and right-to-left overrides', () => {
    expect(detector.analyze({ text: `${SALE} \ud800\udc00\udfff\ud800` }).orgs).toEqual(['nordfracht']);
    expect(detector.analyze({ text: `Nordfracht${'\u0301'.repeat(10_000)} Logistik parcel DB 200k $900 [SELLING]` }).orgs).toEqual(['nordfracht']);
    expect(detector.analyze({ text: `\u202e${SALE}\u202c` }).orgs).toEqual(['nordfracht']);
  });

  it('survives deeply repeated patterns and separators', () => {
    const repeated = `${'Nord'.repeat(50_000)} ${'N.'.repeat(50_000)} ${'-'.repeat(100_000)} ${'1 '.repeat(50_000)} ${'&amp;'.repeat(20_000)}`;
    const analysis = detector.analyze({ text: `${repeated}\n${SALE}` });
    expect(analysis.orgs).toEqual(['nordfracht']);
  });

  // Each of these once made one pattern rescan a long run from every start (quadratic): the
  // test would not end. A leak-site post goes through the subject and clause readers too.
  it('reads 1 MB runs that could make a pattern rescan from every start', () => {
    const runs = [`PASSWORD=${'x'.repeat(1_000_000)}`, 'a@'.repeat(500_000), 'clients: '.repeat(110_000), ' - '.repeat(333_334), '('.repeat(1_000_000), 'www.'.repeat(250_000), '/a'.repeat(500_000)];
    for (const run of runs) {
      expect(detector.analyze({ text: `${SALE}\n${run}`, source: 'forum' }).orgs).toEqual(['nordfracht']);
      expect(detector.analyze({ text: run, source: 'dls', title: run.slice(0, 5_000), victim: { name: run.slice(0, 5_000) } }).alert).toBe(false);
    }
  });

  // Issue 13: each of these made one pattern (or loop) of detection super-linear; a million
  // characters of them took from 7 s to many minutes. The test would not end before its timeout.
  it('reads the runs that once made detection super-linear', () => {
    const runs = [
      `ransomware leak, countdown ${'7'.repeat(1_000_000)}`, // COUNTDOWN, SIZE: every digit a start
      `ransomware leak ${'1дн'.repeat(330_000)}`, // COUNTDOWN: "дн\S*" from every "1"
      `$100 ${'sample'.repeat(165_000)}`, // FREE_SAMPLE: "sample\S*" from every "sample"
      `${'\t\n'.repeat(500_000)},+@-.-`, // the e-mail row of a dump: "[\t]\s*" over the whole run
      `email ${'канадск'.repeat(140_000)}`, // not an e-mail: "канадск\S*" from every start
      `${'1 10'.repeat(250_000)}t`, // a price: "(?:[ '.,]\d{3})+" from every group
      `tg${' '.repeat(999_000)}x`, // a contact: "\s*(?:id)?\s*" split every way
      `${'keykey'.repeat(166_000)}sp`, // a secret's sign
      `FDR NFL HCC OSM LTC and some lower case words `.repeat(21_000), // every weak mention against every other
      'password='.repeat(111_000), // every data-type hit against every excluded range
      '12 '.repeat(333_000), // the start of the line searched back from every number
      '&'.repeat(1_000_000), // the end of an entity searched from every '&'
    ];
    for (const run of runs) {
      expect(detector.analyze({ text: `${SALE}\n${run}`, source: 'forum' }).orgs).toContain('nordfracht');
    }
  }, 120_000);

  it('matches a watchlist of 20,000 organizations as it matches five', () => {
    const many = Array.from({ length: 20_000 }, (_, index) => ({ id: `org${index}`, name: `Company ${index} Holdings`, aliases: [`Brand${index}x`], domains: [`company${index}.example`], keywords: [] }));
    const large = compileDetector([...many, ...DETECTION_WATCHLIST]);
    expect(large.analyze({ text: `${SALE} also Brand19999x customers 10k` }).orgs.sort()).toEqual(['nordfracht', 'org19999']);
  });
});
