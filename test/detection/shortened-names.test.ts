import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { Organization } from '../../src/model/organization.js';
import type { SourceKind } from '../../src/model/posting.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/** Invented organizations; postings written for these tests. */
const WATCHLIST: Organization[] = [
  org('lumiere', 'Lumiera Diagnósticos', { sector: 'health', country: 'BR' }),
  org('ribeira', 'Drogaria Ribeirana', { sector: 'pharmacy', country: 'BR' }),
  org('sosna', 'Сосна Телеком', { sector: 'telecom', country: 'RU' }),
  org('mesquite', 'Mesquite Haulage Lines', { sector: 'logistics', country: 'US' }),
  org('kestrel', 'Kestrel & Fenwick Building Society', { sector: 'finance', country: 'GB' }),
  org('harbour-a', 'Pacific Harbour Industries Corp'),
  org('harbour-b', 'Pacharbour'),
  org('sister-a', 'Vallorbe Transports SA', { sector: 'logistics', country: 'CH' }),
  org('sister-b', 'Vallorbe Transports Frigorifiques', { sector: 'logistics', country: 'CH' }),
  org('popular', 'Banco Popular de Kwanza', { sector: 'finance', country: 'AO' }),
  org('cafe', 'La Tetera Seguros', { sector: 'finance', country: 'CO' }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string, source: SourceKind = 'forum') => detector.analyze({ text, source });

describe('a name with its words cut short', () => {
  it('reads the words of a name cut and joined in a file name or a host as the name, and says so', () => {
    const analysis = analyze('📁 backup_lumieradiag_2025-11.tar (38 GB)\n📁 lumieradiag_pacientes.sql.gz\n⬇️ grátis');
    expect(analysis.orgs).toEqual(['lumiere']);
    expect(analysis.matches[0]!.how).toContain('its words cut short');
    expect(analysis.matches[0]!.quote).toBe('lumieradiag');
    // A generic first word cut ("drog" of Drogaria), a Cyrillic name in Latin letters ("sosnatel").
    expect(analyze('drogribeirana_clientes_2026.csv\n12.4 mil linhas – nome, celular\nvazado, grátis').orgs).toEqual(['ribeira']);
    expect(analyze('Index of /\nsosnatel_billing_2026-11.tar.gz   58G\nкачайте пока живо').orgs).toEqual(['sosna']);
  });

  it('reads words of a name cut or its generic tail left out as a weak name, corroborated by its trade', () => {
    expect(analyze('selling tracking export from a US trucking co, mesquite haulage (MHL) - consignee names + addresses. dm').orgs).toEqual(['mesquite']);
    expect(analyze('kestrel n fenwick building soc - mortgage files LEAKED, free dl').orgs).toEqual(['kestrel']);
    // Without anything of its trade or country, two words left of three say too little.
    expect(analyze('mesquite haulage - 4k rows, dm').orgs).toEqual([]);
  });

  it('reads a last word cut before more words, and a distinctive first word cut in plain text as weak, never as a common word', () => {
    expect(analyze('💊 kestrel n fenwick building soc leak 💊 free for my subs, mortgage files, link in comments').orgs).toEqual(['kestrel']);
    expect(analyze('mesqhaulage clienti + autisti, trucking, prezzo in pv 🚚', 'telegram').orgs).toEqual(['mesquite']);
    expect(analyze('Did work for haulage cos like Mesquite Freight (legit contract). DM for rates.').orgs).toEqual([]);
  });

  it('does not cut a distinctive first word in a host, a last letter, or leave out a place', () => {
    // "pac" of Pacific: another company's host.
    expect(analyze('www.pacharbour.com\n120 GB, publication in 5 days', 'dls').orgs).toEqual(['harbour-b']);
    expect(analyze('pacharbourindustries.com - 120 GB leaked, free').orgs).toEqual([]);
    expect(analyze('Banco Popular (Lisboa) — 40k clientes, IBAN, 900 €').orgs).toEqual([]);
  });

  it('reads nothing when sister organizations share the words written, or when the words go on into another name', () => {
    expect(analyze('vallorbetrans_kunden.csv — 8.000 Kunden, frei').orgs).toEqual([]);
    expect(analyze('Kesterl — nope. mesquite haulage Auto Parts customer list, trucking, $250').orgs).toEqual([]);
    expect(analyze('nos vemos en la tetera de la esquina, llevo los papeles del seguro del carro', 'chat').orgs).toEqual([]);
  });
});

describe('a long name written as its initials', () => {
  const initialsDetector = compileDetector([
    org('mohawk', 'Mohawk Ridge Health Alliance', { sector: 'health', country: 'US' }),
    org('valtrebbia', 'Banca Popolare Valtrebbia', { aliases: ['BPV'], sector: 'finance', country: 'IT' }),
  ]);
  const read = (text: string) => initialsDetector.analyze({ text, source: 'forum' });

  it('reads the initials of a name of four words or more as a weak alias, corroborated by its sector', () => {
    const analysis = read('[ACCESS] NY healthcare org - MRHA - Citrix Gateway creds + MFA bypass, local admin on 3 servers. 4k firm.');
    expect(analysis.orgs).toEqual(['mohawk']);
    expect(analysis.matches[0]!.how).toContain('its initials');
    expect(read('MRHA - Citrix Gateway creds, 4k firm.').orgs).toEqual([]);
  });

  it('takes an acronym spelled out as another body, before or after it, for a namesake', () => {
    expect(read('Crac ex Banca Popolare di Vicenza (BPV), la banca condannata: soci e risparmi persi').orgs).toEqual([]);
    expect(read('BPV, la Banca Popolare di Vicenza: a processo gli ex vertici della banca').orgs).toEqual([]);
    expect(read('BPV (banca, Piacenza) — 40k clienti, IBAN, 900 €').orgs).toEqual(['valtrebbia']);
  });
});
