import { describe, expect, it } from 'vitest';
import { extractPrice, extractSellerHandles } from '../../src/detection/extract-offer.js';
import { normalizeText } from '../../src/detection/normalize-text.js';

const priceIn = (text: string) => extractPrice(normalizeText(text).text);

describe('the asking price', () => {
  it.each([
    ['$1,500, escrow', 1500, 'USD'],
    ['1 500 USDT', 1500, 'USDT'],
    ['Preis: 2\'000 USD', 2000, 'USD'],
    ['R$ 3.500 ou cripto', 3500, 'BRL'],
    ['Цена 8к$', 8000, 'USD'],
    ['0.025 BTC', 0.025, 'BTC'],
    ['2 000 € (ou XMR)', 2000, 'EUR'],
  ])('reads "%s"', (text, amount, currency) => {
    expect(priceIn(`DB 150k — ${text}`)).toEqual({ amount, currency });
  });

  it('does not take the count before a price for the price', () => {
    expect(priceIn('DBs 300k $2k')).toEqual({ amount: 2000, currency: 'USD' });
  });
});

describe('seller handles', () => {
  it('collects @handles and labelled contacts, not e-mail addresses', () => {
    expect(extractSellerHandles('DM @north_fullz_x — sample jean@mediprix.fr — Tox: ABCDEF123456 — Vendor: n0rthb0und')).toEqual(['@north_fullz_x', 'n0rthb0und', 'tox:ABCDEF123456']);
  });
});
