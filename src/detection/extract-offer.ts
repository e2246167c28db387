import type { Price } from '../model/analysis.js';

const CURRENCY_NAMES: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', usd: 'USD', dollars: 'USD', dollar: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP',
  '₽': 'RUB', rub: 'RUB', 'r$': 'BRL', brl: 'BRL', reais: 'BRL', 'c$': 'CAD', cad: 'CAD', chf: 'CHF', btc: 'BTC', xmr: 'XMR', eth: 'ETH', usdt: 'USDT', ltc: 'LTC',
};
const AFTER = /(?<![\p{L}\p{N}.,])([1-9]\d{0,2}(?:[ '’.,]\d{3})+|\d+(?:[.,]\d+)?)\s?([kк])?\s?(usdt|usd|eur|euros?|btc|xmr|eth|ltc|cad|chf|gbp|rub|brl|reais|dollars?|[$€£₽](?!\s?\d))(?![\p{L}])/u;
const BEFORE = /(us\$|r\$|c\$|[$€£₽]|usd|eur|chf|cad|gbp)\s?([1-9]\d{0,2}(?:[ '’.,]\d{3})+|\d+(?:[.,]\d+)?)\s?([kк])?(?![\p{L}\p{N}])/u;

function toAmount(raw: string, thousands: string | undefined): number {
  if (thousands) return Number(raw.replace(/[ '’]/g, '').replace(',', '.')) * 1000;
  if (/^[1-9]\d{0,2}(?:[ '’.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[ '’.,]/g, ''));
  return Number(raw.replace(',', '.'));
}

/** The first asking price, as written in either order ("$1,500", "1 500 USDT", "R$ 3.500", "8к$"). */
export function extractPrice(text: string): Price | null {
  const before = BEFORE.exec(text);
  const after = AFTER.exec(text);
  const first = before && (!after || before.index <= after.index) ? { currency: before[1]!, raw: before[2]!, k: before[3], index: before.index } : after ? { currency: after[3]!, raw: after[1]!, k: after[2], index: after.index } : null;
  if (!first) return null;
  const amount = toAmount(first.raw, first.k);
  if (!Number.isFinite(amount) || amount <= 0) return null;
  return { amount, currency: CURRENCY_NAMES[first.currency] ?? first.currency.toUpperCase() };
}

/**
 * How to reach the seller, as the posting gives it: Telegram @handles (not e-mail addresses),
 * and Tox, Session, Jabber/XMPP or vendor names written after their label. Read from the
 * original text so the handle keeps its case.
 */
export function extractSellerHandles(original: string): string[] {
  const handles = new Set<string>();
  for (const match of original.matchAll(/(?<![\w.@])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\w@.]*\.[a-z]{2,})/g)) handles.add(`@${match[1]}`);
  for (const match of original.matchAll(/\b(?:vendor|seller|vendeur|vendedor|verkäufer|продавец)\s*:\s*([\p{L}\p{N}_.-]{3,32})/giu)) handles.add(match[1]!);
  for (const match of original.matchAll(/\b(tox|session|jabber|xmpp|telegram|tg)\s*(?:id)?\s*:\s*([A-Za-z0-9_.@-]{4,80})/gi)) handles.add(`${match[1]!.toLowerCase()}:${match[2]}`);
  return [...handles].slice(0, 20);
}
