import { describe, expect, it } from 'vitest';
import { compileDetector, normalizeText } from '../../src/detection/index.js';
import { extractRecordCount } from '../../src/detection/extract-record-count.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/**
 * Invented organizations and postings written for these tests, none from the eval sets: each is
 * one instance of a kind of error blind-55 and blind-56 showed at their first score.
 */
const WATCHLIST: Organization[] = [
  org('akb', 'Altmühl Kreditbank', { aliases: ['AKB'], sector: 'finance', country: 'DE', keywords: ['Eichstätt'] }),
  org('romashka', 'Ромашка', { aliases: ['Romashka'], sector: 'retail', country: 'RU' }),
  org('serrano', 'Drogaria Serrano', { aliases: ['Serrano'], sector: 'pharmacy', country: 'BR' }),
  org('fjord', 'Fjordlicht Café Kette', { aliases: ['Fjordlicht Café'], sector: 'retail', country: 'DE' }),
  org('brenta', 'Brenta Trasporti', { sector: 'logistics', country: 'IT' }),
  org('lauter-log', 'Lautertal Logistik', { sector: 'logistics', country: 'DE' }),
  org('lauter', 'Lautertal Werke', { aliases: ['Lautertal'], sector: 'industry', country: 'DE' }),
  org('wsk', 'Weserkabel', { aliases: ['WSK'], sector: 'telecom', country: 'DE', keywords: ['Glasfaser', 'Hameln'] }),
  org('ocre', 'Pharmacie Ocre Rouge', { domains: ['pharmacie-ocre-rouge.fr'], sector: 'pharmacy', country: 'FR' }),
  org('tsl', 'Tessera Software Lab', { aliases: ['TSL'], sector: 'tech', country: 'IT', keywords: ['gestionale', 'Pescara'] }),
  org('ridge', 'Birch Ridge Dispensary', { aliases: ['Birch Ridge'], sector: 'cannabis', country: 'US' }),
  org('cvv', 'Cooperativa Valle Verde de Crédito', { aliases: ['Coop Valle Verde'], sector: 'finance', country: 'BO', keywords: ['Sucre'] }),
  org('marea', 'Farmacia della Marea', { aliases: ['Marea'], sector: 'pharmacy', country: 'IT', keywords: ['farmacia', 'La Maddalena'] }),
  org('ximbe', 'Banco Ximbé', { aliases: ['Ximbé'], sector: 'finance', country: 'ST', keywords: ['banco', 'clientes'] }),
  org('vostok', 'Восточный Пекарь', { aliases: ['Vostochny Pekar'], sector: 'retail', country: 'RU', keywords: ['Омск'] }),
  org('ennsapo', 'Ennsblick Apotheke', { domains: ['ennsblick-apotheke.at'], sector: 'pharmacy', country: 'AT', keywords: ['Steyr'] }),
  org('brugsvervoer', 'Brugs Vervoer', { aliases: ['Brugsvervoer'], sector: 'logistics', country: 'BE', keywords: ['Brugge'] }),
];
const detector = compileDetector(WATCHLIST);
const analyze = (text: string, source: 'forum' | 'chat' | 'telegram' = 'forum') => detector.analyze({ text, source });

describe('a watched name as the yardstick of a comparison, as each language writes it', () => {
  it('reads inflected comparatives, the comma before "чем" and likenesses as comparisons', () => {
    expect(analyze('Kundendaten einer fränkischen Bank, 30k Zeilen. Deutlich bessere Daten als der AKB-Dump vom Frühjahr. Preis per PN').orgs).toEqual([]);
    expect(analyze('Продаю базу покупателей крупной сети, 2 млн строк. Гораздо свежее, чем слив «Ромашки». 500$').orgs).toEqual([]);
    expect(analyze('Vendo base de clientes de farmácia do interior, 80 mil linhas. Semelhante ao vazamento da Serrano, mas com CPF. Chama no pv').orgs).toEqual([]);
  });

  it('still reads the victim when the comparison is about another body', () => {
    expect(analyze('Vendo base de clientes da Drogaria Serrano, 80 mil linhas, maior que a de 2024. Chama no pv').orgs).toEqual(['serrano']);
  });
});

describe('merchants of a breached processor and the parent of a victim', () => {
  it('reads the merchants a card dump lists as the victim\'s clients', () => {
    expect(analyze('Fresh dumps from a Bavarian card acquirer. Merchants affected by the breach include Fjordlicht Café, two hotels and a bakery. $12 per card').orgs).toEqual([]);
    expect(analyze('CC fresche da un gateway di pagamento veneto, tra i merchant anche Brenta Trasporti. 10€ l\'una').orgs).toEqual([]);
  });

  it('reads "Tochter der X", "a subsidiary of X" as the parent of the victim', () => {
    const posted = analyze('Lautertal Logistik\nSpedition in Kaiserslautern, Tochter der Lautertal Gruppe. 90 GB Frachtpapiere. Countdown 5 Tage');
    expect(posted.orgs).toEqual(['lauter-log']);
    expect(posted.rejectedMentions?.map((mention) => mention.org)).toContain('lauter');
  });
});

describe('a German "von" or "der" before a name says whose, not a longer name', () => {
  it('reads "Zugang zum Kundenportal von WSK" as access to the watched body', () => {
    expect(analyze('Admin-Zugang zum Kundenportal von WSK (Glasfaser, Hameln). 700 $').orgs).toEqual(['wsk']);
  });
});

describe('offers invited and ransom haggled in chat', () => {
  it('reads having the data, then inviting bids, as a sale, with or without a question mark', () => {
    expect(analyze("j'ai le fichier patients de pharmacie-ocre-rouge.fr, faites-moi une offre", 'chat')).toMatchObject({ orgs: ['ocre'], kind: 'sale' });
    expect(analyze("ho il database di tsl gestionale pescara, fammi un'offerta", 'chat')).toMatchObject({ orgs: ['tsl'], kind: 'sale' });
  });

  it('reads a negotiation over the deletion of the data, with hours left, as ransom', () => {
    const talk = analyze('[victim] Birch Ridge: we could pay 20k for deletion\n[operator] no. 120k. 36h left, then your customer DB goes public', 'chat');
    expect(talk).toMatchObject({ orgs: ['ridge'], kind: 'ransom', alert: true });
  });

  it('reads a price with "or we publish" as a demand, not a sale', () => {
    expect(analyze('TESSERA SOFTWARE LAB\nabbiamo i sorgenti e i contratti. Pagate 8 BTC entro lunedì o pubblichiamo tutto.', 'telegram')).toMatchObject({ orgs: ['tsl'], kind: 'ransom' });
  });
});

describe('generic words of cooperatives', () => {
  it('reads "coop" and "cooperativa" as the same word of a name', () => {
    expect(analyze('Acceso VPN a la cooperativa valle verde (Sucre), usuario de dominio. 600$', 'telegram').orgs).toEqual(['cvv']);
  });
});

describe('numbers that are data shown, not the claim', () => {
  const countOf = (text: string) => { const normalized = normalizeText(text); return extractRecordCount(normalized.text, normalized).count; };

  it('reads no count from the masked rows of a sample below its label', () => {
    expect(countOf('52k clients particuliers\nExtrait :\nMme | LEGR** | Anne | 4 rue ***, 56100 Lorient | 06 ** ** ** 12\nM. | BOU*** | Yann | ** quai ***, 29200 Brest | 02 ** ** ** 90')).toBe(52000);
    expect(countOf('fullz for sale, DM\none redacted line for buyers:\nK*** M*****y | 0*/0*/1971 | NI: QZ12****D | ****7731')).toBeNull();
  });

  it('reads a count after a time phrase closed by a comma', () => {
    expect(countOf('members table pulled last week, 31k rows')).toBe(31000);
    expect(countOf('week 12 update: new tables')).toBeNull();
  });
});

describe('more of blind-57 and blind-58: roles, names and kinds as written', () => {
  it('reads "Kunde u.a. X" and "круче, чем X" as another role', () => {
    expect(analyze('Leak: Spedition aus Gent (Belgien) — Frachtbriefe, 5.100 Sendungen, Kunde u.a. Brugsvervoer. Gratis.').orgs).toEqual([]);
    expect(analyze('Слив жирнее, чем Восточный Пекарь: 800к накладных курьерской службы, бесплатно', 'telegram').orgs).toEqual([]);
  });

  it('reads a place keyword written without its article, and the organization\'s own word before "do"', () => {
    expect(analyze('🆓 LEAK farmacia marea maddalena 3,1k numeri clienti link nel canale', 'telegram').orgs).toEqual(['marea']);
    expect(analyze('Banco do Ximbe? clientes STP ~ preço 500$').orgs).toEqual(['ximbe']);
  });

  it('reads seeking a buyer as selling, remote maintenance as a way in, and Russian typed in Latin letters', () => {
    expect(analyze('busco comprador serio para base de la farmacia marea, 4k clientes, escribir', 'telegram').kind).toBe('sale');
    expect(analyze('Verkauf: Zugangsdaten ennsblick-apotheke.at Warenwirtschaft, Fernwartung AnyDesk. 0,03 BTC', 'telegram').kind).toBe('access');
    expect(analyze('vostochny pekar slili bazu besplatno, 40k strok, ssylka nizhe', 'telegram')).toMatchObject({ orgs: ['vostok'], kind: 'leak' });
  });
});
