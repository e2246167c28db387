import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { DetectionInput } from '../../src/model/analysis.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/** Invented organizations, one per mechanism, none from the eval sets. */
const WATCHLIST: Organization[] = [
  org('chrg', 'CHRG', { domains: ['chrg.com'] }),
  org('delaware', 'Delaware Life Insurance Company', { domains: ['delawarelife.com'] }),
  org('ocs', 'Ontario Cannabis Store', { aliases: ['OCS'], domains: ['ocs.ca'], sector: 'cannabis', country: 'CA' }),
  org('summit', 'The Summit'),
  org('alpenblick', 'Privatklinik Alpenblick', { aliases: ['Alpenblick'], sector: 'health', country: 'CH' }),
  org('fenice', 'Farmacie Fenice', { aliases: ['Fenice'], sector: 'pharmacy', country: 'IT' }),
  org('harbor', 'Harborline Credit Union', { sector: 'finance', country: 'US' }),
  org('nordfracht', 'NordFracht Logistik GmbH', { aliases: ['NordFracht'], sector: 'logistics', country: 'DE' }),
  org('cobalto', 'Cobalto Software', { aliases: ['Cobalto'], sector: 'tech', country: 'ES' }),
  org('kessler', 'Kessler & Söhne Logistik', { sector: 'logistics', country: 'DE' }),
  org('comune', 'Comune di Castelvecchio Alto', { sector: 'public', country: 'IT' }),
  org('kranich', 'Kranich Apotheke', { sector: 'pharmacy', country: 'DE' }),
  org('zdorovye', 'Аптеки Здоровье', { sector: 'pharmacy', country: 'RU' }),
  org('santa-clara', 'Hospital Santa Clara', { sector: 'health', country: 'PT' }),
  org('valtrebbia', 'Banca Popolare di Valtrebbia', { sector: 'finance', country: 'IT' }),
  org('cornerstone', 'Cornerstone'),
  org('cornerstone-auto', 'Cornerstone Automation Systems, LLC'),
  org('group-of-company', 'GROUP OF COMPANY'),
  org('patchwork', 'Patchwork Labs', { domains: ['patchworklabs.io'], sector: 'tech', country: 'US' }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string, input: Omit<DetectionInput, 'text'> = {}) => detector.analyze({ text, ...input });
const orgsOf = (text: string, input: Omit<DetectionInput, 'text'> = {}) => analyze(text, input).orgs.sort();

describe('the subject a source states', () => {
  it('makes a short name that is the whole victim field the victim, and explains how', () => {
    const analysis = analyze('CHRG\nWe have 200 GB of contracts and HR files. Publication in 5 days.', { source: 'dls', victim: { name: 'CHRG' } });
    expect(analysis.orgs).toEqual(['chrg']);
    expect(analysis.matches[0]!.how).toContain('victim field (the whole field)');
    expect(analysis.subject).toMatchObject({ field: 'victim field', written: 'CHRG', orgs: [{ org: 'chrg' }] });
  });

  it('reads a leak-site title written as a host, or cut short by the site', () => {
    expect(orgsOf('www.chrg.com\n300 GB', { source: 'dls' })).toEqual(['chrg']);
    expect(orgsOf('delawarelife...\nfiles', { source: 'dls' })).toEqual(['delaware']);
    // Cut before the first ten letters of the key, behind a scheme: no whole word of it is written.
    expect(orgsOf('https://patchworkl...\nfiles', { source: 'dls' })).toEqual(['patchwork']);
  });

  it('finds a name standing as one part of a title that is a sentence, and not one only begun in it', () => {
    // The field is read part by part only when some run of its words is a key or one letter off one.
    expect(orgsOf('Patchwork Labs - 400 GB of source code, contracts and HR files will be published soon.\nfiles', { source: 'dls' })).toEqual(['patchwork']);
    expect(orgsOf('Harborline Credt Union - leaked\nfiles', { source: 'dls' })).toEqual(['harbor']);
    expect(analyze('Patchworks and labs of all kinds: a new victim was posted, 400 GB.\nfiles', { source: 'dls' }).subject?.orgs).toEqual([]);
  });

  it('is not cleared by a negation in the body about a sister company', () => {
    const text = 'Delaware Life Insurance Company\nAs of June 30, 2022, the company had assets of $41.8 billion (does not include Delaware Life Insurance Company of New York). Subsidiary of Group 1001 Insurance Holdings (Group 1001).';
    const analysis = analyze(text, { source: 'dls', victim: { name: 'Delaware Life Insurance Company', website: 'https://www.delawarelife.com/' } });
    expect(analysis.orgs).toEqual(['delaware']);
    expect(analysis.recordCount).toBeNull();
    expect(analysis.price).toBeNull();
  });

  it('is a namesake when the stated website or country is another organization’s, or the post itself says so', () => {
    expect(orgsOf('OCS\n420 GB', { source: 'dls', victim: { name: 'OCS', country: 'GB' } })).toEqual([]);
    expect(orgsOf('CHRG\n420 GB', { source: 'dls', victim: { name: 'CHRG', website: 'chrg-energy.de' } })).toEqual([]);
    expect(orgsOf('OCS\nUnited Kingdom | Facilities management\n420 GB: payroll', { source: 'dls', victim: { name: 'OCS' } })).toEqual([]);
  });

  it('keeps the form words of a name when they are all that tells it from an ordinary word', () => {
    expect(orgsOf('Summit\n120 GB', { source: 'dls', victim: { name: 'Summit' } })).toEqual([]);
    expect(orgsOf('THE SUMMIT\n120 GB', { source: 'dls', victim: { name: 'THE SUMMIT' } })).toEqual(['summit']);
  });

  it('leaves a watched name inside another watched organization’s longer name to that one', () => {
    expect(orgsOf('Cornerstone Automation Systems, LLC\n80 GB', { source: 'dls', victim: { name: 'Cornerstone Automation Systems, LLC' } })).toEqual(['cornerstone-auto']);
  });
});

describe('roles scoped to their clause', () => {
  it('sets aside clients, carriers, payment processors, tools, suppliers and yardsticks named around the victim', () => {
    expect(orgsOf('[SELLING] Keystone Benefit Services — 118k members, SSN. Clients include: Cedar Valley USD, Harborline Credit Union, several counties. $6k')).toEqual([]);
    expect(orgsOf('Verkaufe Bestelldaten eines Gartenshops, 34.000 Bestellungen, Versand über NordFracht und DHL. 300 €')).toEqual([]);
    expect(orgsOf('Transportes Ruiz — usan Cobalto para las nóminas, tenemos 85 GB. Publicación el 10/12.', { source: 'dls' })).toEqual([]);
    expect(orgsOf('[LEAK] Ottica Vista 19.5k clienti. Il doppio del dump Fenice, ahah. Link nel thread.')).toEqual([]);
    expect(orgsOf('[VENDO] Farmacia Sorriso (concorrente di Farmacie Fenice a Bologna) — 14.800 clienti. 600 €.')).toEqual([]);
    expect(orgsOf('Clínica dental — 6.300 pacientes con IBAN de domiciliación (Harborline Credit Union, Ibercaja). 400€')).toEqual([]);
  });

  it('reads roles that sellers state without a label or a colon', () => {
    expect(orgsOf('[DE] Sendungsdaten 870k — Logistikdienstleister, Kunden u. a. NordFracht und Harborline Credit Union. 1.800 $.')).toEqual([]);
    expect(orgsOf('[ES] CC tienda online 18.3k — Los pagos los procesa Harborline Credit Union pero el skimmer estaba en el checkout. 900 $')).toEqual([]);
    expect(orgsOf('💥 VENTE 💥 Boutique en ligne 67 400 clients, commandes + n° de suivi NordFracht. 450 USDT')).toEqual([]);
    expect(orgsOf('Bäckerei Hummel — Lohnunterlagen (Export aus Cobalto), Verträge. Zeit: 5 Tage', { source: 'dls' })).toEqual([]);
  });

  it('keeps the victim when a negation in brackets excludes a sister body of a longer name', () => {
    expect(orgsOf('Privatklinik Alpenblick — 9.870 Patienten, Diagnosen (nicht die Alpenblick Reha AG in Davos). 4.500 CHF')).toEqual(['alpenblick']);
  });

  it('clears an organization the author says was not affected', () => {
    expect(orgsOf('[SELLING] Harborline Credit Union members 50k, SSN. $2k')).toEqual(['harbor']);
    expect(orgsOf('[SELLING] Keystone payroll 50k. Harborline Credit Union, a client, was not affected. $2k')).toEqual([]);
  });
});

describe('identity of a name', () => {
  it('takes a business of another trade next to the name for a namesake, and keeps that sense through the text', () => {
    expect(orgsOf('Hotel Alpenblick Gäste 18k — Name, Anschrift, Mail. 250 €')).toEqual([]);
    expect(orgsOf('Teatro La Fenice — 41.000 abbonati, nome, email. 400 €')).toEqual([]);
    expect(orgsOf('[LEAK] Alpenblick 7.812 Gäste\nHotel Alpenblick (Tirol) — Buchungsdaten. Gratis.')).toEqual([]);
    expect(orgsOf('Farmacia Fenice — 14.800 clienti con codice fiscale. 600 €')).toEqual(['fenice']);
  });
});

describe('names as people write them', () => {
  it('reads translated generic words, "&" written out, umlauts written out, a connector left out, abbreviations and Latin letters', () => {
    const explained = analyze('Kessler und Soehne Logistik — 2,3 TB Kundenverträge, Sendungsdaten. 5.000 €');
    expect(explained.orgs).toEqual(['kessler']);
    expect(explained.matches[0]!.how).toMatch(/"&" written "und"/);
    expect(orgsOf('Kranich Pharmacy customer DB 20k — $900')).toEqual(['kranich']);
    expect(orgsOf('Comune Castelvecchio Alto - anagrafe 5.200 residenti. 200$')).toEqual(['comune']);
    expect(orgsOf('Acesso ao sistema clínico do Hospital Sta. Clara (Lisboa). 600€')).toEqual(['santa-clara']);
    expect(orgsOf('-- Dumped from database: apteka_zdorovye_prod\n-- total rows in clients: 1 204 331\nCOPY public.clients (id, fio) FROM stdin;')).toEqual(['zdorovye']);
  });

  it('reads one long word split in two; two ordinary words need corroboration', () => {
    expect(orgsOf('Banca Popolare di Val Trebbia — 62.000 conti correnti, IBAN. 3.000 €')).toEqual(['valtrebbia']);
    expect(analyze('Banca Popolare di Val Trebbia — 62.000 conti').matches[0]!.how).toContain('a word split in two');
  });

  it('compiles no variant made of generic words only', () => {
    expect(orgsOf('[SELLING] Group Company payroll 20k — $500')).toEqual([]);
  });
});

describe('what a text exposes by its form', () => {
  it('calls configuration with live secrets, a dump header and a backup listing with a download leaks', () => {
    expect(analyze('# production .env — patchworklabs.io (still live)\nDB_HOST=pw-prod.rds.amazonaws.com\nDB_PASSWORD=Qm7!vT2#pL9zR\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENG', { source: 'paste' })).toMatchObject({ kind: 'leak', orgs: ['patchwork'] });
    expect(analyze('Backup-Server von patchworklabs.io offen:\n/srv/backup/pw/erp_dump.sql.gz   12G\n/srv/backup/pw/cad.7z   88G\nDownload: hxxp://91.214.x.x/pw/').kind).toBe('leak');
    expect(analyze('# .env\nDB_HOST=db\nDB_USER=app\nDB_PASSWORD=changeme\nREDIS_URL=redis://cache:6379/0', { source: 'paste' }).kind).toBe('other');
  });

  it('reads a way in described at length as access, and a mirrored repository with a download as a leak', () => {
    expect(analyze('RDP to the head office of Patchwork Labs. Domain admin, Veeam backups reachable. 2.5k').kind).toBe('access');
    expect(analyze('anyone still has the Patchwork Labs admin panel access?', { source: 'chat' }).kind).not.toBe('access');
    expect(analyze('patchwork-core.git full mirror\nbranches: main, release/4.2\nmagnet:?xt=urn:btih:9f1c7e2d&dn=patchwork-core.tar.zst (1.3 GB)')).toMatchObject({ kind: 'leak', orgs: [] });
  });

  it('counts the mailboxes an access offer sells, and reads a free sample beside a price as a sale', () => {
    expect(analyze('Webmail patchworklabs.io 14 mailboxes (OWA), passwords checked yesterday. $250')).toMatchObject({ kind: 'access', recordCount: 14 });
    expect(analyze('📦 Base Patchwork Labs 2025 📦\n👥 41k users\n💶 1 200 € / échantillon gratuit 100 lignes').kind).toBe('sale');
  });
});
