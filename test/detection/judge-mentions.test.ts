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

describe('namesakes and other names', () => {
  const watchlist = compileDetector([
    { id: 'parcelco', name: 'GLS', aliases: ['GLS Italy', 'GLS Spain'], domains: ['gls-spain.es'], sector: 'logistics', country: 'NL', keywords: ['parcel', 'colis', 'pacco'] },
    { id: 'sanitas', name: 'Sanitas', aliases: ['Sanitas Seguros'], domains: ['sanitas.es'], sector: 'health', country: 'ES', keywords: ['seguro', 'asegurados'] },
    { id: 'poli', name: 'Politecnico di Milano', aliases: ['Politecnico'], domains: ['polimi.it'], sector: 'education', country: 'IT', keywords: ['studenti', 'matricola'] },
    { id: 'free', name: 'Free', aliases: ['Free Mobile'], domains: ['free.fr'], sector: 'telecom', country: 'FR', keywords: ['abonnés', 'opérateur'] },
    { id: 'wells', name: "Well's", aliases: ['Wells', "Farmácia Well's"], domains: ['wells.pt'], sector: 'pharmacy', country: 'PT', keywords: ['farmácia', 'parafarmácia'] },
    { id: 'einstein', name: 'Hospital Albert Einstein', aliases: ['Albert Einstein', 'Einstein'], domains: ['einstein.br'], sector: 'health', country: 'BR', keywords: ['hospital', 'pacientes'] },
    { id: 'css', name: 'CSS Versicherung', aliases: ['CSS'], domains: ['css.ch'], sector: 'health', country: 'CH', keywords: ['Krankenkasse', 'Versicherte', 'assurance maladie'] },
    { id: 'antwerp', name: 'Stad Antwerpen', aliases: ['Antwerp', 'Antwerpen'], domains: ['antwerpen.be'], sector: 'public', country: 'BE', keywords: ['stad', 'city', 'Digipolis'] },
    { id: 'miles', name: 'AIR MILES', aliases: ['Air Miles'], domains: ['airmiles.ca'], sector: 'retail', country: 'CA', keywords: ['collectors', 'loyalty'] },
    { id: 'harmony', name: 'Harmony', aliases: ['Harmony Shop'], domains: ['harmony.de'], sector: 'retail', country: 'DE', keywords: ['Versandhandel'] },
    { id: 'paguemenos', name: 'Pague Menos', aliases: ['Farmácias Pague Menos'], domains: ['paguemenos.com.br'], sector: 'pharmacy', country: 'BR', keywords: ['farmácia', 'drogaria'] },
    { id: 'mutuelle', name: 'Harmonie Mutuelle', aliases: [], domains: ['harmonie-mutuelle.fr'], sector: 'health', country: 'FR', keywords: ['mutuelle', 'adhérents'] },
  ]);
  const orgsOf = (text: string) => watchlist.analyze({ text, source: 'forum' }).orgs;

  it('takes a name placed in another country for a namesake, unless the organization works there', () => {
    expect(orgsOf('[VERKAUFE] Sanitas Krankenversicherung (Schweiz) — 350\'000 Versicherte — Name, Adresse — 2\'000 USD')).toEqual([]);
    expect(orgsOf('[VENTE] GLS France — 640 000 colis — nom, adresse — 900 €')).toEqual(['parcelco']);
  });

  it('takes a name inside a longer proper name for someone else', () => {
    expect(orgsOf('[VENDO] Politecnico di Torino — studenti 2024 — 35.000 — nome, matricola — 900 €')).toEqual([]);
    expect(orgsOf('[VENDO] Politecnico di Milano — studenti 2024 — 35.000 — nome, matricola — 900 €')).toEqual(['poli']);
    expect(orgsOf('[SELLING] GLS Bank (German ethical bank) — customer list 90k — name, IBAN — $2k')).toEqual([]);
  });

  it('takes a name followed or preceded by another name for another organization, not a group of its own', () => {
    expect(orgsOf('💵 Wells Fargo fullz — name / SSN / DOB — $25 each — @plug_x')).toEqual([]);
    expect(orgsOf('[FILTRADO] Colegio Albert Einstein (Quito) — 3.400 alumnos — nombres, cédulas — gratis')).toEqual([]);
    expect(orgsOf('[VENDO] Grupo Einstein — prontuários de 80 mil pacientes do hospital — nome, CPF — US$ 3.000')).toEqual(['einstein']);
    expect(orgsOf('[VENDO] Wells farmácias — 90 mil clientes — nome, telemóvel — 500 €')).toEqual(['wells']);
  });

  it('takes an acronym spelled out as something else for another organization', () => {
    expect(orgsOf('[VENTE] Fichier bénéficiaires CSS (Complémentaire santé solidaire) — CPAM — 85 000 assurés — nom, NIR — 1 500 €')).toEqual([]);
    expect(orgsOf('[VERKAUFE] CSS (Krankenkasse, Schweiz) — 300 000 Versicherte — Name, AHV — 2 000 $')).toEqual(['css']);
  });

  it('takes a port, a club or a client list for what it is, not the watched city or company', () => {
    expect(orgsOf('PORT OF ANTWERP-BRUGES — 1.1 TB: terminal operations, contracts — ⏳ 03d 02h — publication in 3 days')).toEqual([]);
    expect(orgsOf('ROYAL ANTWERP FC — 310 GB: season-ticket holders, contracts — publication in 8 days')).toEqual([]);
    expect(orgsOf('Subcontratista de reparto para grandes operadores como Antwerp y otros — 120 GB de nóminas — publicación en 5 días')).toEqual([]);
  });

  it('takes a name followed by another country code for a namesake', () => {
    expect(orgsOf('[SELLING] Air Miles UK collector accounts — 2.4M — email, md5 pass — $300')).toEqual([]);
    expect(orgsOf('[SELLING] Air Miles collector accounts (Canada) — 2.4M — email, password — $300')).toEqual(['miles']);
  });

  it('does not take a mail provider listed among others for the victim', () => {
    expect(orgsOf('🆓 FREE DROP combolist 2.4M lines — @gmail.com @free.fr @orange.fr @sfr.fr — email:pass — link in comments')).toEqual([]);
    expect(orgsOf('combo 3,2k lignes — uniquement des boîtes @free.fr (abonnés) — email:pass gratuit')).toEqual(['free']);
  });

  it('reads a currency sign stuck to letters as the letter it stands for', () => {
    expect(orgsOf('🔓 Accès panel vendeurs de Fr€€ Mobile — recherche abonné, SIM swap — 1 500 € — DM')).toEqual(['free']);
  });

  it('takes a common word written in capitals in a lower-case line as a name, but not a shouted FREE', () => {
    expect(orgsOf('HARMONY marketplace — partner api keys (geleakt), 312 accounts of merchants, client secrets inside')).toEqual(['harmony']);
    expect(orgsOf('harmony of colors and music fans database — 1,4M rows — email — 500 $')).toEqual([]);
  });

  it('reads a name written in lower case as ordinary words, which need corroboration', () => {
    expect(orgsOf('VENDO BASE CPF 2024 — 220 milhões — nome, CPF — pague menos: só R$ 300')).toEqual([]);
    expect(orgsOf('VENDO BASE Pague Menos 2024 — 2 milhões de clientes — nome, CPF — R$ 3.000')).toEqual(['paguemenos']);
  });

  it('reads an @ inside a word as an a, but not in an e-mail address', () => {
    expect(orgsOf('🆓 LEAK H@rmonie Mutu3lle — 480K comptes adhérents — lien 👇')).toEqual(['mutuelle']);
  });

  it('names a carrier as a carrier, directly or after "via"', () => {
    expect(orgsOf('Vends 20 iPhone reconditionnés, envoi GLS suivi, 450 € pièce, paiement crypto')).toEqual([]);
  });
});
