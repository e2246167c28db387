import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { pointsToData } from '../../src/detection/exposed-data.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/**
 * Invented organizations and postings written for these tests, none from the eval sets: each is
 * one instance of an error blind-45 … 47 showed at their first score.
 */
const WATCHLIST: Organization[] = [
  org('tamar', 'Tamar Valley Hosting', { sector: 'tech', country: 'GB' }),
  org('loire', 'Transports Loire Océan', { sector: 'logistics', country: 'FR' }),
  org('isar', 'Isar Netzwerk GmbH', { sector: 'tech', country: 'DE' }),
  org('volga', 'ЯмалТелеком', { aliases: ['YamalTelecom'], sector: 'telecom', country: 'RU' }),
  org('zambeze', 'Banco Zambeze', { aliases: ['BZB'], sector: 'finance', country: 'MZ', keywords: ['Tete', 'Beira'] }),
  org('aurora', 'Lojas Aurora do Vale', { sector: 'retail', country: 'BR' }),
  org('kvh', 'Kinzig Versorgung Holding', { aliases: ['KVH'], sector: 'tech', country: 'DE', keywords: ['Offenburg'] }),
  org('serra', 'Clínica Serra Azul', { sector: 'health', country: 'BR' }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string, source: 'forum' | 'chat' | 'news' = 'forum') => detector.analyze({ text, source });

describe("another party's role said with a possessive", () => {
  it('reads "their provider X", "leur fournisseur est X", "X (deren Kunde)" and "X — это их заказчик" as roles', () => {
    expect(analyze('Hospital group in Devon hit. We entered via their managed hosting provider Tamar Valley Hosting. Files out in 72h.').orgs).toEqual([]);
    expect(analyze("Fichier clients d'une cave à vins de Nantes. Leur transporteur est Transports Loire Océan. 200€").orgs).toEqual([]);
    expect(analyze('Quellcode eines Freiburger Softwarehauses, mit Anbindung an Isar Netzwerk (deren Kunde). Preis per PN').orgs).toEqual([]);
    expect(analyze('Продаю базу абонентов ЯмалТелеком — это их заказчик, а данные другой компании. 300$').orgs).toEqual([]);
  });

  it('leaves the victim a party whose own data is offered ("albaranes de su transportista X")', () => {
    expect(analyze('Pack: pedidos de una cooperativa + albaranes de su transportista Transports Loire Océan. 300$').orgs).toEqual(['loire']);
  });
});

describe('names as written', () => {
  it('reads a coined CamelCase name written in lower case, inflected, as the name', () => {
    const found = analyze('шелл на биллинге ямалтелекома, кому надо', 'chat');
    expect(found.orgs).toEqual(['volga']);
    expect(found.kind).toBe('access');
  });

  it('counts a keyword that is also an ordinary word in full when it is capitalized inside the sentence', () => {
    expect(analyze('BZB Beira – extratos internos vazados grátis, download abaixo').orgs).toEqual(['zambeze']);
    // Written in lower case it is the word ("à beira do rio"), and counts half.
    expect(analyze('bzb à beira do colapso, dizem no grupo').orgs).toEqual([]);
  });

  it('reads "no <noun> da X" in Portuguese as "in the … of", not as a negation', () => {
    expect(analyze('shell no painel admin da lojas aurora do vale, 250$').orgs).toEqual(['aurora']);
  });

  it('takes a role noun after "Zugang:" as what the access opens, the name in brackets as the victim', () => {
    expect(analyze('Verkaufe Zugang: badischer IT-Dienstleister (KVH, Offenburg)\nRechte: Domain Admin, vCenter\nPreis: 3000$').orgs).toEqual(['kvh']);
  });
});

describe('kind said in chat', () => {
  it('reads a leak said done with where the data is as a leak, and the model does not take it back', () => {
    expect(analyze('o pessoal publicou tudo da clínica serra azul, link no canal deles', 'chat').kind).toBe('leak');
    expect(analyze('yo the serra azul patient files are up, grab them https://files.example/abc', 'chat').kind).toBe('leak');
  });

  it('points to data with an address, a file host or a channel; not with "download the app" or "link in bio"', () => {
    expect(pointsToData('arquivo no canal, corre')).toBe(true);
    expect(pointsToData('files at https://example.org/x')).toBe(true);
    expect(pointsToData('descarga la app y gana un 20%')).toBe(false);
    expect(pointsToData("lien d'invitation dans la bio")).toBe(false);
  });

  it('reads "chi è interessato", "qqn veut ?" and "цена по запросу" as offers', () => {
    expect(analyze('ho le ricette della clinica serra azul, chi è interessato scriva in pvt', 'chat').kind).toBe('sale');
    expect(analyze('база клиентов аптеки в Тюмени, телефоны, цена по запросу', 'chat').kind).toBe('sale');
  });

  it('reads an attack reported in a news source by what was done ("ciblé", "verschlüsselt") as news', () => {
    expect(analyze("Le prestataire informatique ciblé la semaine dernière comptait des cliniques parmi ses clients.", 'news').kind).toBe('news');
    expect(analyze('Der Dienstleister, dessen Server verschlüsselt wurden, betreut mehrere Kliniken.', 'news').kind).toBe('news');
  });
});
