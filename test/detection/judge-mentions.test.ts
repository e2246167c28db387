import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { DETECTION_WATCHLIST } from '../support/detection-watchlist.js';

const detector = compileDetector(DETECTION_WATCHLIST);
const analyze = (text: string, source: 'forum' | 'telegram' | 'chat' = 'forum') => detector.analyze({ text, source });

describe('weak terms need corroboration', () => {
  it('does not take a bare acronym for the organization', () => {
    expect(analyze('[SELLING] NFL fantasy league accounts 40k email:pass $200').orgs).toEqual([]);
  });

  it('takes the acronym with one of its context keywords nearby', () => {
    const analysis = analyze('[SELLING] NFL Paket-Sendungen DB — 300k Sendungen, Empfänger, Adresse — $2k');
    expect(analysis.orgs).toEqual(['nordfracht']);
    expect(analysis.matches[0]).toMatchObject({ weak: true });
    expect(analysis.matches[0]!.corroboration.join(' ')).toMatch(/keyword/);
  });

  it('takes a common-word name with its sector nearby, not without', () => {
    expect(analyze('[SELLING] Harvest dispensary customers — 80k — name, email — $1k').orgs).toEqual(['harvest']);
    expect(analyze('[SELLING] Harvest moon game accounts — 80k — email:pass — $100').orgs).toEqual([]);
  });

  it('does not let the country alone corroborate', () => {
    expect(analyze('[SELLING] HCC leads Canada — 80k — email — $100').orgs).toEqual([]);
  });

  it('corroborates with another of its names or its domain', () => {
    expect(analyze('[SELLING] OSM (sanctamaria.it) — 40k records — $3k').orgs).toEqual(['sancta']);
  });
});

describe('a term used in its other meaning', () => {
  it('knows Domain Admin and SOC 2 are not organizations', () => {
    const watchlist = compileDetector([
      { id: 'domain_co', name: 'Domain Logistics', aliases: ['Domain'], domains: [], sector: 'logistics', country: 'CA', keywords: ['warehouse', 'logistics'] },
      { id: 'soc_co', name: 'Société ontarienne du cannabis', aliases: ['SOC'], domains: [], sector: 'cannabis', country: 'CA', keywords: ['cannabis'] },
    ]);
    expect(watchlist.analyze({ text: '[ACCESS] logistics company, warehouse network, RDP + Domain Admin — $4k', source: 'forum' }).orgs).toEqual([]);
    expect(watchlist.analyze({ text: '[SELLING] cannabis SaaS, SOC 2 certified lol — 50k users — $2k', source: 'forum' }).orgs).toEqual([]);
  });
});

describe('named but not the victim', () => {
  it('drops an organization the author explicitly excludes', () => {
    expect(analyze('🆓 LEAK — pharmacy chain loyalty file 400k, same trick as before (but NOT Farmacias del Roble this time)', 'telegram').orgs).toEqual([]);
    expect(analyze('[ACCESS] Alberta cannabis chain, 20 stores — not Harvest Cannabis Co — RDP + DA $3k').orgs).toEqual([]);
  });

  it('drops an organization cited as an example', () => {
    expect(analyze('[LEAK] Farmacia Sol loyalty DB 90k free — same as Farmacias del Roble last year, email + phone').orgs).toEqual([]);
  });

  it('drops an organization used as a tool or carrier', () => {
    expect(analyze('[SELLING] DE fullz name/DOB/address — every address verified with Nordfracht Logistik lookup — $10 each').orgs).toEqual([]);
  });

  it('keeps the victim when another organization is only the tool', () => {
    const analysis = analyze('[SELLING] Lusotelecom subscriber DB 1.2M — name, phone, address — every address checked via Nordfracht Logistik tracking — $5k');
    expect(analysis.orgs).toEqual(['lusotel']);
    expect(analysis.rejectedMentions?.map((rejected) => rejected.org)).toEqual(['nordfracht']);
  });
});

describe('unnamed victims', () => {
  it('reports a described victim as leads, never as an alert', () => {
    const analysis = analyze('[ACCESS] Canadian cannabis dispensary chain, revenue $40M, Fortinet VPN + DA, $3k');
    expect(analysis).toMatchObject({ orgs: [], kind: 'access', alert: false, describedVictim: { sector: 'cannabis', country: 'CA' } });
    expect(analysis.leads.map((lead) => lead.org)).toEqual(['harvest']);
    expect(analysis.leads[0]!.confidence).toBeLessThan(0.5);
  });
});
