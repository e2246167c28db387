import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { isOneEditAway } from '../../src/detection/typo-keys.js';
import { DETECTION_WATCHLIST } from '../support/detection-watchlist.js';

const detector = compileDetector(DETECTION_WATCHLIST);
const orgsIn = (text: string) => detector.analyze({ text, source: 'forum' }).orgs;
const matchOf = (text: string) => detector.analyze({ text, source: 'forum' }).matches[0];

describe('finding watched names', () => {
  it.each([
    ['plain', '[SELLING] Nordfracht Logistik parcel DB — 200k Sendungen — $900'],
    ['upper case', '[SELLING] NORDFRACHT LOGISTIK parcel DB — 200k Sendungen — $900'],
    ['leetspeak', '[SELLING] N0rdfr4cht parcel DB — 200k Sendungen — $900'],
    ['look-alike letters', '[SELLING] Nоrdfrаcht parcel DB — 200k Sendungen — $900'],
    ['zero-width spaces', '[SELLING] Nord\u200bfra\u200bcht parcel DB — 200k Sendungen — $900'],
    ['full-width letters', '[SELLING] Ｎｏｒｄｆｒａｃｈｔ parcel DB — 200k Sendungen — $900'],
    ['hyphenated', '[SELLING] Nord-fracht parcel DB — 200k Sendungen — $900'],
    ['spaced letters', '[SELLING] N o r d f r a c h t parcel DB — 200k Sendungen — $900'],
    ['HTML entities', '[SELLING] Nordfracht&nbsp;Logistik parcel DB — 200k Sendungen — $900'],
    ['one typo in a long name', '[SELLING] Nordfrachd parcel DB — 200k Sendungen, Lager — $900'],
  ])('finds a name written %s', (_, text) => {
    expect(orgsIn(text)).toEqual(['nordfracht']);
  });

  it('quotes the match as written and says how it was normalized', () => {
    const match = matchOf('[SELLING] N0rdfr4cht parcel DB — 200k Sendungen — $900')!;
    expect(match.quote).toBe('N0rdfr4cht');
    expect(match.how).toContain('leetspeak');
  });

  it('respects word boundaries', () => {
    expect(orgsIn('[SELLING] Nordfrachtlogistikbau Paket DB 200k $900')).toEqual([]);
    expect(orgsIn('[SELLING] SuperHarvestCannabisCo dispensary DB 200k $900')).toEqual([]);
  });

  it('matches a domain, its subdomains and e-mail addresses at it, never a longer name', () => {
    expect(matchOf('nordfracht.de — 12k Kunden email:pass')?.how).toContain('domain');
    expect(matchOf('shop.nordfracht.de — 12k Kunden email:pass')?.how).toContain('subdomain');
    expect(matchOf('only boxes like ops@nordfracht.de — 3k lines email:pass')?.how).toContain('email-domain');
    expect(orgsIn('mynordfracht.de — 12k Kunden email:pass')).toEqual([]);
    // "my-nordfracht.de" is another domain; the name inside it may still be read, but not as its domain.
    expect(matchOf('my-nordfracht.de — 12k Kunden email:pass')?.how ?? '').not.toMatch(/domain/);
    expect(matchOf('nordfracht.dev — 12k Kunden email:pass')?.how ?? '').not.toMatch(/domain/);
  });

  it('finds a name inside a file path', () => {
    const match = matchOf('[LEAK] dump tree: /exports/farmaciasroble.es_clientes.csv 80k rows free download');
    expect(match?.org).toBe('roble');
    expect(match?.how).toContain('path');
  });

  it('tolerates no typo in short names, common words or names under eight letters', () => {
    expect(orgsIn('[SELLING] Harvet dispensary customers 20k $500')).toEqual([]);
    expect(isOneEditAway('nordfracht', 'nordfrachd')).toBe(true);
    expect(isOneEditAway('nordfracht', 'nordfrxchd')).toBe(false);
  });

  it('finds several organizations in one posting', () => {
    expect(orgsIn('[SELLING] bundle: Nordfracht + Farmacias del Roble + Lusotelecom customer DBs 2M total $3k').sort()).toEqual(['lusotel', 'nordfracht', 'roble']);
  });
});
