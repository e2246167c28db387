import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/** Invented organizations; postings written for these tests. */
const WATCHLIST: Organization[] = [
  org('alpbank', 'Bank Rheintaler', { sector: 'finance', country: 'CH' }),
  org('alhambra', 'Farmacias Guadalmina', { sector: 'pharmacy', country: 'ES' }),
  org('tula', 'Аптека Тулица', { sector: 'pharmacy', country: 'RU' }),
  org('kranich', 'Kranich-Apotheken', { sector: 'pharmacy', country: 'AT' }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string) => detector.analyze({ text, source: 'telegram' });

describe('a name with its generic word in another language', () => {
  it('finds the name with its generic word in any of the seven languages, and says so', () => {
    const analysis = analyze('🏦 Banca Rheintaler (Svizzera) — 1.300 clienti, passaporto, IBAN, saldo — 6.000 $');
    expect(analysis.orgs).toEqual(['alpbank']);
    expect(analysis.matches[0]!.how).toContain('generic word in another language');
    expect(analyze('💊 Farmacie Guadalmina 🇪🇸 mezzo milione di clienti, nome, DNI, ricette, 1.800 USDT').orgs).toEqual(['alhambra']);
    expect(analyze('Apotheke Guadalmina (Marbella): 40.000 Kunden mit Namen und Telefon, 900 €').orgs).toEqual(['alhambra']);
    expect(analyze('Магазин Тулица: 40 000 клиентов, ФИО и телефоны, 900 $').orgs).toEqual([]);
  });

  it('takes a city named with the name as where it is: a namesake when the organization is elsewhere', () => {
    expect(analyze('Kundendatei Kranich-Apotheke Graz, 2.950 Kunden, Name, Telefon, 400 €').orgs).toEqual(['kranich']);
    expect(analyze('Kundendatei Kranich-Apotheke Hannover-List (Einzelapotheke), 2.950 Kunden, Name, Telefon, 400 €').orgs).toEqual([]);
  });

  it('reads the generic word on either side of the name, in Dutch too', () => {
    expect(analyze('Аптека Guadalmina: 40 000 клиентов, ФИО, рецепты, 900 $').orgs).toEqual(['alhambra']);
    const dutch = compileDetector([org('kempen', 'Hulsbeek Apotheek', { sector: 'pharmacy', country: 'BE' })]);
    expect(dutch.analyze({ text: 'Vente — Pharmacie Hulsbeek (Hasselt) 17 400 patients, médicaments délivrés. 2200 €', source: 'forum' }).orgs).toEqual(['kempen']);
  });

  it('does not take the distinctive word alone, nor another generic word, for the name', () => {
    expect(analyze('Rheintaler Wein: 1.300 Kunden, 6.000 $').orgs).toEqual([]);
    expect(analyze('Versicherung Rheintaler — 1.300 Kunden, IBAN, 6.000 $').orgs).toEqual([]);
  });
});
