import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { Organization } from '../../src/model/organization.js';
import type { SourceKind } from '../../src/model/posting.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/**
 * Invented organizations and postings written for these tests, none from the eval sets: each is
 * one instance of a kind of offer that blind-25 and blind-26 showed the detector reading as
 * nothing ("other"), in words of its own.
 */
const WATCHLIST: Organization[] = [
  org('ostrava', 'Ostravka Logistika', { sector: 'logistics', country: 'CZ' }),
  org('verbena', 'Clinique des Verbenes', { domains: ['cliniqueverbenes.example'], sector: 'health', country: 'FR' }),
  org('girasol', 'Tiendas Girasol', { domains: ['tiendasgirasol.cl'], sector: 'retail', country: 'CL' }),
  org('kolos', 'Колос Телеком', { domains: ['kolostel.by'], sector: 'telecom', country: 'BY' }),
  org('fiordo', 'Erboristeria Fiordo', { domains: ['erboristeriafiordo.it'], sector: 'retail', country: 'IT' }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string, source: SourceKind = 'chat') => detector.analyze({ text, source });

describe('offers that leave the offer unsaid', () => {
  it('reads auctions, a German database compound, "anyone buys?" and a hack announced with hours left', () => {
    expect(analyze('ho lista clienti ostravka logistika, chi offre di più')).toMatchObject({ kind: 'sale', orgs: ['ostrava'] });
    expect(analyze('cliniqueverbenes.example kundendb fresh, dm', 'telegram')).toMatchObject({ kind: 'sale', orgs: ['verbena'] });
    expect(analyze('tenho acesso ao painel admin de tiendasgirasol.cl, alguém compra? faço 300')).toMatchObject({ kind: 'access', orgs: ['girasol'] });
    expect(analyze('hab admin aufs onlinebanking-backend der erboristeria fiordo, wer zahlt?')).toMatchObject({ kind: 'access', orgs: ['fiordo'] });
    expect(analyze('Мы взломали Колос Телеком. Переговоры провалены, даём ещё 48 часов, потом публикация.', 'telegram')).toMatchObject({ kind: 'ransom', orgs: ['kolos'] });
  });

  it('reads having something and asking whether it interests, in each language, as an offer', () => {
    expect(analyze('ho 800 autisti di ostravka logistika con telefono, interessa?')).toMatchObject({ kind: 'sale', orgs: ['ostrava'] });
    expect(analyze("j'ai un accès anydesk sur la clinique des verbenes, admin local, qqn intéressé ? 400")).toMatchObject({ kind: 'access', orgs: ['verbena'] });
    expect(analyze('hab noch nen rdp zugang zur clinique des verbenes, willste? 2k')).toMatchObject({ kind: 'access', orgs: ['verbena'] });
    expect(analyze("j'ai 300 clients ostravka logistika avec adresses, tu prends ? 1k")).toMatchObject({ kind: 'sale', orgs: ['ostrava'] });
    // Asking without having anything is a question.
    expect(analyze('quelqu\'un a la base ostravka logistika ? intéressé ?').kind).not.toBe('sale');
  });

  it('reads cards taken from a shop\'s checkout as data on sale', () => {
    expect(analyze('tengo tarjetas sacadas del checkout de tiendasgirasol.cl, frescas, 12 USD c/u')).toMatchObject({ kind: 'sale', orgs: ['girasol'] });
    expect(analyze('CCs fresche dal checkout di erboristeriafiordo.it (skimmer), 15€ l\'una', 'market')).toMatchObject({ kind: 'sale', orgs: ['fiordo'] });
  });

  it('reads a shop\'s back office with a price as access, and stealer logs and configs as data', () => {
    expect(analyze('admin magento erboristeriafiordo.it — ordini, clienti. 250$', 'market')).toMatchObject({ kind: 'access', orgs: ['fiordo'] });
    expect(analyze('Stealer logs Italia – contiene accessi erboristeriafiordo.it, +2000 siti. 60$', 'market')).toMatchObject({ kind: 'sale', orgs: ['fiordo'] });
    expect(analyze('kolostel.by конфиги биллинга + доки, слив бесплатно, архив ниже 👇 https://example.invalid/x', 'paste')).toMatchObject({ kind: 'leak', orgs: ['kolos'] });
  });

  it('reads services for hire as no offer of data', () => {
    expect(analyze('Offering pentest / red team services, 10 yrs exp, worked for banks and clinics. DM for rates.', 'forum').kind).toBe('other');
  });

  it('reads a correction of who was hit as no offer, and a sale of tens of thousands of records as a sale, not access to where they came from', () => {
    expect(analyze("Les gars, la clinique des verbenes n'est PAS touchée, c'est une autre clinique qui a fuité. Arrêtez les fakes.", 'forum').kind).toBe('other');
    expect(analyze('[SELLING] Ostravka Logistika customers\nSelling fresh dump of their shipping portal. 52,310 customer rows: name, email, phone, address. 900$ escrow', 'forum')).toMatchObject({ kind: 'sale', orgs: ['ostrava'] });
  });

  it('reads a price left to a private message, a threat to publish and data released with a link, as each language says them', () => {
    expect(analyze('ostravka logistika clienti + autisti, prezzo in pv 🚚', 'telegram')).toMatchObject({ kind: 'sale', orgs: ['ostrava'] });
    expect(analyze('Clinique des Verbenes: 5 Tage. Dann veröffentlichen wir alles. ⏳', 'telegram').kind).toBe('ransom');
    expect(analyze('Ostravka Logistika ⏎ documentos internos (auditoria, atas) LIBERADOS. mega link', 'forum').kind).toBe('leak');
    expect(analyze('🔥 SLIV ostravka logistika klienty — бесплатно, файл ниже 👇', 'telegram').kind).toBe('leak');
  });

  it('reads mailboxes listed with their passwords, given away, as a leak, not an access offer', () => {
    const paste = 'Verbenes intranet creds dump\naccueil@cliniqueverbenes.example : Lilas@2026\ninfo@cliniqueverbenes.example : Verbena!77';
    expect(analyze(paste, 'paste')).toMatchObject({ kind: 'leak', orgs: ['verbena'] });
  });

  it('takes "looking for" or "how much" far below an offer with its price as an aside, not a request', () => {
    const offer = '[SELLING] Domain admin - Clinique des Verbenes (FR)\nAccess type: Citrix creds -> DA, vCenter\nPrice: 9k USD, escrow only.\nPM serious buyers, I don\'t answer "how much for a sample".';
    expect(analyze(offer, 'forum')).toMatchObject({ kind: 'access', orgs: ['verbena'] });
    expect(analyze('Looking for Clinique des Verbenes patient DB\nPaying 2k USD, escrow ok', 'forum').kind).toBe('other');
  });
});
