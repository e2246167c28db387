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
  org('banco-pinhal', 'Banco Pinhal', { sector: 'finance', country: 'BR' }),
  org('elbtal', 'Elbtal Spedition', { sector: 'logistics', country: 'DE' }),
  org('donaukredit', 'Donaukredit Bank', { aliases: ['Donaukredit'], sector: 'finance', country: 'AT' }),
  org('marlin', 'Marlin Logistics', { sector: 'logistics', country: 'CA' }),
  org('sulcis', 'Sulcis Trasporti', { aliases: ['Sulcis Trasporti srl'], sector: 'logistics', country: 'IT', keywords: ['Carbonia'] }),
  org('lucerna', 'Clínica Lucerna', { sector: 'health', country: 'ES' }),
  org('garda-a', 'Gardalago Alimentari', { aliases: ['Gardalago'], sector: 'industry', country: 'IT' }),
  org('garda-l', 'Gardalago Logistica', { sector: 'logistics', country: 'IT' }),
  org('gironde', 'Pharmacie des Graves', { sector: 'pharmacy', country: 'FR' }),
  org('sambre', "Pharmacie de l'Ourthe", { sector: 'pharmacy', country: 'BE', keywords: ['Liège'] }),
  org('ceiba', 'Farmacias La Palma', { aliases: ['Farmacia La Palma'], sector: 'pharmacy', country: 'HN', keywords: ['Honduras', 'La Ceiba'] }),
  org('bluehill', 'Blue Hill Pharmacy', { domains: ['bluehillrxvermont.com'], sector: 'pharmacy', country: 'US' }),
  org('tver', 'ТверьФармТорг', { sector: 'pharmacy', country: 'RU' }),
  org('kvl', 'Kanal Verkehr Logistik', { aliases: ['KVL'], sector: 'logistics', country: 'DE' }),
  org('csv', 'Consorzio Sanitario Valdarno', { aliases: ['CSV'], sector: 'health', country: 'IT' }),
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

describe('more roles said around the name', () => {
  it('reads "their buyers incl. X", a leak said worse than this one, and a breach denied ("no fue vulnerado")', () => {
    expect(analyze('selling order book of a Bavarian wholesaler - their buyers incl. Elbtal Spedition and two chains. pm').orgs).toEqual([]);
    expect(analyze('la filtración de Banco Pinhal fue peor que esta: aquí solo 3.000 clientes de una óptica, gratis.').orgs).toEqual([]);
    expect(analyze('nuevo dump de una aseguradora: los pagos iban por Banco Pinhal, pero el banco no fue vulnerado. gratis.').orgs).toEqual([]);
  });

  it('reads "hat nichts mit der X zu tun" as an exclusion of X only', () => {
    expect(analyze('Verkaufe Kundendaten Elbtal Spedition, 20.000 Aufträge. 700€. Hat nichts mit der Donaukredit zu tun.').orgs).toEqual(['elbtal']);
  });
});

describe('names as written', () => {
  it('reads the one distinctive word of a name inside a file name ("lucerna_pacientes.sql"), and only there', () => {
    expect(analyze("vendo base 'lucerna_pacientes_2026.sql' 12.400 filas, con historias clínicas. 0,1 btc").orgs).toEqual(['lucerna']);
    // In plain text it is a place or a word: "Lucerna" alone names nobody.
    expect(analyze('vendo base de pacientes de una clínica de Lucerna, 12.400 filas. 0,1 btc').orgs).toEqual([]);
    // Shared by sister companies, it says which of them no better than the word: the one whose alias it is stays.
    expect(analyze('Index of /backup/\ngardalago_erp_2026.bak   38G').orgs).toEqual(['garda-a']);
  });

  it('reads a name after an indefinite article as a description ("d\'une pharmacie des Graves"), not the name', () => {
    expect(analyze("base clients d'une pharmacie des graves (33) – 3 900 patients avec ordonnances – 350€").orgs).toEqual([]);
    expect(analyze('base clients Pharmacie des Graves (33) – 3 900 patients avec ordonnances – 350€').orgs).toEqual(['gironde']);
  });

  it('reads a name given another website in brackets as a namesake, and its own site under another ending as itself', () => {
    const withDomains = compileDetector([org('graves', 'Pharmacie des Graves', { domains: ['pharmacie-des-graves.fr'], sector: 'pharmacy', country: 'FR' })]);
    expect(withDomains.analyze({ text: 'Fichier clients de la Pharmacie des Graves à Langon (pharmacie-des-graves-langon.fr), 3 000 clients, 200€', source: 'forum' }).orgs).toEqual([]);
    expect(withDomains.analyze({ text: 'Fichier clients de la Pharmacie des Graves (pharmacie-des-graves.com), 3 000 clients, 200€', source: 'forum' }).orgs).toEqual(['graves']);
    expect(withDomains.analyze({ text: 'Fichier clients de la Pharmacie des Graves (pharmacie-des-graves.fr), 3 000 clients, 200€', source: 'forum' }).orgs).toEqual(['graves']);
  });

  it('reads "X — no, es de Y (otra empresa)" as a correction of whose data it is', () => {
    expect(analyze('base de datos Gardalago Logistica — no, es de Distribuciones Sur (otra empresa). 9k empleados. 400$').orgs).toEqual([]);
  });

  it("drops an elided article with its connector (\"pharmacie ourthe\" for Pharmacie de l'Ourthe)", () => {
    expect(analyze('[FREE] pharmacie ourthe liege - fichier clients fidelite, 7 800 lignes, lien mega ci-dessous').orgs).toEqual(['sambre']);
  });

  it('counts an own keyword set right after a weak name ("farmacia la palma (honduras)") in full', () => {
    expect(analyze('acceso panel admin + pos farmacia la palma (honduras) 250$').orgs).toEqual(['ceiba']);
    expect(analyze('acceso panel admin + pos farmacia la palma 250$').orgs).toEqual([]);
  });

  it("reads a site's name without its ending (\"bluehillrxvermont customers\")", () => {
    expect(analyze('pharmacy combo: bluehillrxvermont customers + some random shop lists. dm for price').orgs).toEqual(['bluehill']);
  });

  it('keeps the capitals of a CamelCase Cyrillic name in its Latin spelling ("tverfarmtorg" is the name, not a word)', () => {
    expect(analyze('tverfarmtorg клиенты фио+тел, пишите в лс', 'chat').orgs).toEqual(['tver']);
  });

  it('takes a weak name in a file named for the data it holds as its owner ("kvl_kunden_2026.csv"), never a file extension', () => {
    expect(analyze('kvl_kunden_2026.csv — 5 400 Zeilen Name, E-Mail — gratis').orgs).toEqual(['kvl']);
    expect(analyze('kvl_2026.tar — 5 GB — gratis').orgs).toEqual([]);
    expect(analyze('export_clienti_2026.csv — 5 400 righe nome,email — gratis').orgs).toEqual([]);
  });

  it('reads a generic word in the singular ("logistic" for Logistics)', () => {
    expect(analyze('marlin logistic leak - part 3, carrier invoices, free download').orgs).toEqual(['marlin']);
  });

  it('takes a legal form after a name cut short as the name written as a company ("sulcis trasp. srl")', () => {
    expect(analyze('sulcis trasp. srl - estratti conto 2025 - dm per prezzo').orgs).toEqual(['sulcis']);
  });

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

  it('keeps a sale offered as a question in chat ("hab X, wer bietet?"), which the model alone reads as talk', () => {
    expect(analyze('hab die kundenliste von elbtal spedition, paar tausend adressen, wer bietet?', 'chat').kind).toBe('sale');
  });

  it('reads a debunk ("est un fake, c\'est un recyclage") as a correction that offers nothing', () => {
    const debunk = analyze("mise à jour : la liste de Marlin Logistics publiée hier est un fake, c'est un recyclage d'une fuite de 2021.", 'forum');
    expect(debunk.kind).toBe('other');
    expect(debunk.severityReasons.join(' ')).toContain('corrects who was hit');
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
