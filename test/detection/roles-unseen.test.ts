import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/**
 * Invented organizations and postings written for these tests, none from the eval sets: each is
 * one instance of a role blind-25 and blind-26 showed the detector taking for the victim.
 */
const WATCHLIST: Organization[] = [
  org('garonne', 'Garonnetel', { sector: 'telecom', country: 'FR' }),
  org('lagoa', 'Banco Lagoa Azul', { aliases: ['Lagoa Azul'], sector: 'finance', country: 'BR' }),
  org('cedro', 'Cedro Verde', { sector: 'cannabis', country: 'IT' }),
  org('birch', 'Birchwood Credit Union', { aliases: ['Birchwood CU'], sector: 'finance', country: 'US' }),
  org('kestrel', 'Kestrel Peaks Credit Union', { sector: 'finance', country: 'US' }),
  org('daugava', 'Daugava Kravas SIA', { sector: 'logistics', country: 'LV' }),
  org('jovin', 'Clinique Saint-Jovin', { sector: 'health', country: 'FR' }),
  org('ortofrut', 'Ortofrutticola Capo Sud', { aliases: ['OCS'], sector: 'industry', country: 'IT' }),
  org('wear', 'Wearside Academy Trust', { aliases: ['Wearside'], sector: 'education', country: 'GB' }),
  org('tidal', 'Tidal Shore Credit Union', { aliases: ['TSCU'], sector: 'finance', country: 'CA', keywords: ['credit union', 'Nova Scotia', 'Truro'] }),
  org('calz', 'Calzaturificio Velino', { sector: 'industry', country: 'IT', keywords: ['calzature', 'scarpe'] }),
  org('pemba', 'Rovuma Logística', { aliases: ['RVL'], sector: 'logistics', country: 'MZ', keywords: ['porto', 'pemba'] }),
  org('dniepr', 'Днепр Телеком', { sector: 'telecom', country: 'BY' }),
  org('mutual', 'Mutuelle Bretonne de Santé', { aliases: ['MBS'], sector: 'health', country: 'FR' }),
  org('aurora', 'Aurora Pharmacy', { aliases: ['Aurora Rx'], sector: 'pharmacy', country: 'CA' }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string) => detector.analyze({ text, source: 'forum' });

describe('roles said in ways the rules had not read', () => {
  it('reads a list labelled inside brackets, a competitor after "d\'", and suppliers or clients that "include"', () => {
    expect(analyze("Base clients d'un intégrateur belge (clients : Garonnetel, Banco Lagoa Azul, etc.) - 40k contacts - 600€").orgs).toEqual([]);
    expect(analyze("Base clients FibreSud (concurrent d'Garonnetel) 60k, même région. 300€").orgs).toEqual([]);
    expect(analyze("Vendo DB SemiItalia 50k clienti — tra i fornitori c'è Cedro Verde ma i dati sono solo di SemiItalia. 400€").orgs).toEqual([]);
    expect(analyze('Vendo base do ZapDisparo — 900 mil contatos, clientes deles incluem Banco Lagoa Azul e outros. R$ 2k').orgs).toEqual([]);
  });

  it('reads a card issuer among several, a BIN before a bank, an uplink and a code in a sample row as other roles', () => {
    expect(analyze('Selling 300k US cards from a processor breach. Issuers mixed, some Birchwood CU BINs in there. $12/card').orgs).toEqual([]);
    expect(analyze('Birchwood CU debit BINs 4xxxxx | 2100 cards | valid 80% | $15/card').orgs).toEqual(['birch']);
    expect(analyze('lista de bins atualizada: 5xxxxx Banco Lagoa Azul pré-pago, 4xxxxx ...').orgs).toEqual([]);
    expect(analyze('Продаю базу клиентов провайдера из Гомеля. Их аплинк — Днепр Телеком, но слили не их. 500$').orgs).toEqual([]);
    expect(analyze('Log OTP di una banca veneta: 40k SMS inviati tramite il gateway di Garonnetel, con numeri. 300€').orgs).toEqual([]);
    expect(analyze('OTP-Logs einer Bank, verschickt über die SMS-Gateway von Garonnetel, 40k Nummern. 300€').orgs).toEqual([]);
    expect(analyze('💊 VENTE Fichier patients pharmacie (Rennes, Bretagne) 12 000 patients : nom, tel, n° mutuelle\nExemple : DUPONT Fictif | 06 00 00 00 00 | MBS-000000 | Doliprane\nPrix : 900€').orgs).toEqual([]);
  });

  it('reads the users of breached software, a carrier parcels leave through and software data was exported from as other roles', () => {
    expect(analyze('Vendo código fuente del core bancario usado por Banco Lagoa Azul y otras 9 entidades. PM').orgs).toEqual([]);
    expect(analyze('Vazou o código-fonte do app usado pela Aurora Pharmacy e outras 30 farmácias. link: github.com/xxxx').orgs).toEqual([]);
    expect(analyze('[VENTE] Boutique en ligne - 18k commandes\nles colis partent via Garonnetel, la base vient du site marchand. 300€').orgs).toEqual([]);
    expect(analyze('Base clients exportée du logiciel Cedro Verde installé chez eux, 20k lignes, 400€').orgs).toEqual([]);
    // The software's own vendor is still the victim when its code is what is sold.
    expect(analyze('Vendo código fuente de Garonnetel (billing), 2026. 3k USD').orgs).toEqual(['garonne']);
  });

  it('reads "no" before a name as "in the" in a Portuguese offer, a one-word name split in lower case as the name, and pharmacy words of refills', () => {
    expect(analyze('Acesso RDP + AD - banco brasileiro\nDomain user no Banco Lagoa Azul, Manaus. 3.000 USD.').orgs).toEqual(['lagoa']);
    expect(analyze('got shell on a garonne tel billing box, anyone want it? root, 0.1 btc').orgs).toEqual(['garonne']);
    expect(analyze('tenho acesso no painel vtex da banco lagoa azul, alguém compra? faço 300').orgs).toEqual(['lagoa']);
    // A province among its keywords places an acronym; its country's name alone does not.
    expect(analyze('TSCU Nova Scotia statements leak - free for members').orgs).toEqual(['tidal']);
    expect(analyze('TSCU Canada statements leak - free for members').orgs).toEqual([]);
    // A legal form of the Baltics left out; a distinctive word of the full name next to an acronym;
    // a code after the name that is the initials of the rest of its own name, not a country.
    expect(analyze('[LEAK] Daugava Kravas (Latvija) Fahrerdaten 310 Fahrer, gratis').orgs).toEqual(['daugava']);
    expect(analyze('CLINIQUE ST JOVIN RENNES - 21k dossiers patients (NIR, ddn) - 1200€ - dm').orgs).toEqual(['jovin']);
    expect(analyze('acceso RDP OCS calabria (ortofrutticola) admin local + 30 equipos. 500$').orgs).toEqual(['ortofrut']);
    expect(analyze('acceso RDP OCS admin local + 30 equipos. 500$').orgs).toEqual([]);
    // The acronym spelled out as another body: a word of the watched name among those words vouches for nothing.
    expect(analyze('OCS - Orchestra Città di Sud - lista soci 2026 | nome;email | (220 righe) ortofrutticola').orgs).toEqual([]);
    expect(analyze('Wearside AT (Sunderland UK) pupils + SEN records, 11.8k pupils, DOB. 900$').orgs).toEqual(['wear']);
    expect(analyze('shell no servidor moodle da wearside academy trust, root. R$ 800').orgs).toEqual(['wear']);
    expect(detector.analyze({ text: 'kestrel_peaks_members_2026.csv (7,300 rows)\nmember_no,name,email,balance\n0001,TEST USER,test@example.com,10.00', source: 'paste' }).orgs).toEqual(['kestrel']);
    expect(detector.analyze({ text: 'got aurora pharm refill list, names phones meds. dm if u want it', source: 'telegram' }).orgs).toEqual(['aurora']);
  });

  it('reads a web shop, a word of its own keywords, a shipments database and roles stated after the name as the organization\'s', () => {
    expect(analyze('👟 CALZATURIFICIO VELINO shop online clienti + ordini 👟 prezzo in DM').orgs).toEqual(['calz']);
    expect(analyze('tenho shell num servidor da RVL pemba (porto), quem quer? 300 usdt').orgs).toEqual(['pemba']);
    expect(analyze('Database spedizioni Rovuma Logística (Pemba) — destinatari, telefoni, tracking. 250 €').orgs).toEqual(['pemba']);
    expect(analyze('free: Kundenliste eines Online-Shops, der mit Calzaturificio Velino nichts zu tun hat (falscher Titel), 12k').orgs).toEqual([]);
    expect(analyze('Trucking client list from a broker. Rovuma Logística is just the carrier in the files. 300$').orgs).toEqual([]);
  });

  it('reads a provider in brackets as the victim when the access offered is to that provider', () => {
    expect(analyze('[ZUGANG] Zugang zu deutschem IT-Dienstleister (Garonnetel), Domain Admin + vCenter. Über 60 Kunden angebunden. 5k$').orgs).toEqual(['garonne']);
    expect(analyze('Zugang zu einer Apotheke in Köln. Kunden: 2.000. IT-Dienstleister (Garonnetel) betreut sie. 5k$').orgs).toEqual([]);
  });

  it('takes a generic word of another kind next to a name for another body, and a tobacco shop for another trade', () => {
    expect(analyze('Vendo 20k pólizas de Lagoa Azul Seguros (seguradora de Manaus): nome, CPF. 300 USD').orgs).toEqual([]);
    expect(analyze('Banco Lagoa Azul - 20k clientes, CPF, saldo. 300 USD').orgs).toEqual(['lagoa']);
    expect(analyze('Aurora Rx Tobacco & Vape (Tulsa, OK) customer list 15k — $300').orgs).toEqual([]);
  });
});

describe('names written plainly that the rules read as something else', () => {
  const plain = compileDetector([
    org('brenner', 'Brenner Transport AG', { aliases: ['Brenner Transport'], sector: 'logistics', country: 'AT' }),
    org('cacheu', 'Banco Cacheu', { sector: 'finance', country: 'GW' }),
    org('maple', 'Maple Ridge Cannabis Co.', { sector: 'cannabis', country: 'CA' }),
    org('ouse', 'Ouse & Derwent Building Society', { sector: 'finance', country: 'GB' }),
    org('panier', 'Le Bon Panier', { sector: 'retail', country: 'FR' }),
  ]);
  const read = (text: string, source: 'chat' | 'forum' = 'forum') => plain.analyze({ text, source });

  it('reads shipments on sale as the shipping company\'s data, not it as their carrier', () => {
    expect(read('vendo spedizioni brenner transport (austria, tirolo) 20k con indirizzi destinatari. 600€').orgs).toEqual(['brenner']);
    expect(read('Base clienti di un negozio online, spedizioni brenner transport, 20k indirizzi. 600€').orgs).toEqual([]);
  });

  it('does not read Portuguese "no" ("in the") before a name as a negation', () => {
    expect(read('tenho rdp no banco cacheu, usuário do financeiro. quem quer? 200 usdt', 'chat').orgs).toEqual(['cacheu']);
    expect(read('vendo base de clientes, no Banco Cacheu, es de otro banco. 200 usdt', 'chat').orgs).toEqual([]);
  });

  it('reads a name of three words in lower case as the name, a generic tail as its initials, and an article and two words as a phrase', () => {
    expect(read('🍁 LEAKED 🍁 maple ridge cannabis online orders ~12k customers, free dl, mega link').orgs).toEqual(['maple']);
    expect(read('Ouse & Derwent BS — mortgage customers — 41,000 records — $2k').orgs).toEqual(['ouse']);
    expect(read('comment faire le bon panier de courses à moins de 50 € par semaine ? nos astuces').orgs).toEqual([]);
  });
});
