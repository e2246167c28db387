import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/** Invented organizations; postings written for these tests. */
const WATCHLIST: Organization[] = [
  org('sol', 'Farmacias del Sol', { sector: 'pharmacy', country: 'ES' }),
  org('fontaine', 'Galeries Fontaine', { sector: 'retail', country: 'FR' }),
  org('am-intl', 'AM International'),
  org('health', 'Riverside Community Health Center', { sector: 'health', country: 'US' }),
  org('army', 'Army Force Online', { domains: ['armyforceonline.com'] }),
  org('serra', 'Comune di Serravento', { sector: 'public', country: 'IT' }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string) => detector.analyze({ text, source: 'forum' });

describe('one typo over a name of several words', () => {
  it('finds a long name with one letter wrong, missing or extra, and says it was a typo', () => {
    const analysis = analyze('🆓 GRATIS Farmcias del Sol — 215.000 cuentas email:contraseña, descarga en el canal');
    expect(analysis.orgs).toEqual(['sol']);
    expect(analysis.matches[0]!.how).toContain('typo');
    expect(analyze('Accès OWA Galeries Fotaine, 52 boîtes mail. 350 $, paiement via garant.').orgs).toEqual(['fontaine']);
    expect(analyze('Comune di Serravneto — carte d\'identità scansionate, 1.250 documenti, gratis').orgs).toEqual(['serra']);
  });

  it('asks corroboration when the slip is in a short word or the first letter, and reads no plural "s"', () => {
    // "An International Shipping Company" is one letter from AM International, and names no one.
    expect(analyze('An International Shipping Company - 300 GB of contracts leaked, download below').orgs).toEqual([]);
    const plural = analyze('Riverside Community Health Centers - 80 GB, files will be published');
    expect(plural.orgs).toEqual([]);
    expect(analyze('Riverside Comunity Health Center - 80 GB, files will be published').orgs).toEqual(['health']);
  });

  it('does not read a last letter added or dropped as a typo: names inflect and places differ there', () => {
    expect(analyze('Comune di Serraventa — elenco bonus affitti, 1.420 righe, codice fiscale, IBAN, link gratis').orgs).toEqual([]);
    expect(analyze('Accès OWA Galeries Fontain, 52 boîtes mail. 350 $').matches.some((match) => match.how.includes('typo'))).toBe(false);
  });

  it('leaves a name written exactly to its exact match', () => {
    const analysis = analyze('ArmyForce Online - 1.79M records - selling full dump, escrow');
    expect(analysis.orgs).toEqual(['army']);
    expect(analysis.matches.some((match) => match.how.includes('typo'))).toBe(false);
  });

  it('reads only the first lines for such typos, where the victim is named', () => {
    const filler = 'lorem ipsum dolor sit amet consectetur '.repeat(60);
    expect(analyze(`${filler}\nFarmcias del Sol clientes 200k, 500 USD`).orgs).toEqual([]);
    expect(analyze(`${filler}\nFarmacias del Sol clientes 200k, 500 USD`).orgs).toEqual(['sol']);
  });
});
