import { describe, expect, it } from 'vitest';
import { extractRecordCount } from '../../src/detection/extract-record-count.js';
import { normalizeText } from '../../src/detection/normalize-text.js';

const countIn = (text: string) => extractRecordCount(normalizeText(text).text).count;

describe('record counts', () => {
  it.each([
    ['150k customers', 150_000],
    ['150K clients', 150_000],
    ['150 000 clients', 150_000],
    ['150\u202f000 clients', 150_000],
    ['150.000 clientes', 150_000],
    ['150,000 customers', 150_000],
    ["45'000 Kunden", 45_000],
    ['1,2M rows', 1_200_000],
    ['1.2M users', 1_200_000],
    ['2,1 M de membres', 2_100_000],
    ['1.1kk lines', 1_100_000],
    ['1,3кк клиентов', 1_300_000],
    ['600к строк', 600_000],
    ['1,2 млн записей', 1_200_000],
    ['полтора миллиона строк', 1_500_000],
    ['mezzo milione di pazienti', 500_000],
    ['~3 millions de lignes', 3_000_000],
    ['1,2 million de lignes', 1_200_000],
    ['2 Mio. Einträge', 2_000_000],
    ['1,1 Mio. Lieferungen', 1_100_000],
    ['1,2 miljoen rijen', 1_200_000],
    ['80 mil clientes', 80_000],
    ['4 500 commandes', 4_500],
    ['rows: 27 412', 27_412],
    ['5 mi de linhas', 5_000_000],
    ['3,4 Millionen Kundendatensätze', 3_400_000],
    ['312 Händler-Accounts', 312],
    ['7.2 lakh patients', 720_000],
    ['1.1 crore records', 11_000_000],
    ['620mila titolari', 620_000],
    ['530 Tsd. Datensätze', 530_000],
    ['120 mil laudos em PDF', 120_000],
  ])('reads "%s" as %i', (text, value) => {
    expect(countIn(`Base — ${text} — nom, email`)).toBe(value);
  });

  it.each([
    ['a price', 'Pharmacy DB — $1,500 — escrow'],
    ['a price after the amount', 'Base pharmacie — 1 500 USDT'],
    ['a price in thousands', 'Доступ — цена 8к$'],
    ['a size', 'Leak — 96 GB of files'],
    ['a count of hosts', 'Access — VPN, 4k hosts, 12 000 servers'],
    ['a year', 'Base clients 2023'],
    ['a countdown', 'Publication in ⏳ 04d 11h 32m'],
    ['a rating count', 'Vendor (1,204 reviews)'],
    ['a sample', 'Échantillon 20 lignes en privé'],
    ['a percentage', '40 % valides'],
    ['a phone number', 'contact 06 00 00 00 00'],
  ])('is not fooled by %s', (_, text) => {
    expect(countIn(text)).toBeNull();
  });

  it('reads the size a dump\'s comment header states, over a phone number in its sample rows, and a "#" before a figure elsewhere as a number', () => {
    expect(countIn('# clinic appointments export\n# 2270 rows\nname|email|mobile\nMary Example|m@example.org|07700 900123')).toBe(2270);
    expect(countIn('-- 9120 accounts\nstudent_id:email:password')).toBe(9120);
    expect(countIn('ticket #4512 closed, customers notified')).toBeNull();
  });

  it('prefers the stated count of records over stores and sizes', () => {
    expect(countIn('Pharmacy group (~150 pharmacies) — 150 000 clients — 78 GB')).toBe(150_000);
    expect(countIn('600+ dispensaries, 3.4M customer profiles')).toBe(3_400_000);
  });

  it('prefers records to a headcount, and takes staff as the records of a payroll export', () => {
    expect(countIn('Company with 20к+ сотрудников — 300к строк клиентов')).toBe(300_000);
    expect(countIn('payroll export of client companies — 2.3M employees')).toBe(2_300_000);
    expect(countIn('200 staff email accounts; the university has 35,000 students')).toBe(200);
  });

  it('falls back to a count of places when the records are places', () => {
    expect(countIn('member list — 1 800 pharmacies — name, email, IBAN')).toBe(1_800);
  });

  it('prefers an exact figure to a rounded one that says the same', () => {
    expect(countIn('27k accounts — email:pass\nhits: 27 118')).toBe(27_118);
  });

  it('does not take a currency sign that belongs to the next amount', () => {
    expect(countIn('Curaleaf DBs 300k $2k')).toBe(300_000);
  });

  it('prefers the more precise of two figures that say the same', () => {
    expect(countIn('breach affecting 19 million subscribers: personal data of 19.2 million subscribers')).toBe(19_200_000);
  });

  it('takes the first claim when two are stated', () => {
    expect(countIn('free excerpt 2 000 lignes\n-- full base (150k) with the seller --')).toBe(2_000);
  });
});
