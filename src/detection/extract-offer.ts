import type { Price } from '../model/analysis.js';

const CURRENCY_NAMES: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', usd: 'USD', dollars: 'USD', dollar: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP',
  '₽': 'RUB', rub: 'RUB', 'r$': 'BRL', brl: 'BRL', reais: 'BRL', 'c$': 'CAD', cad: 'CAD', chf: 'CHF', btc: 'BTC', xmr: 'XMR', eth: 'ETH', usdt: 'USDT', ltc: 'LTC',
};
const AFTER = /(?<![\p{L}\p{N}.,])([1-9]\d{0,2}(?:[ '’.,]\d{3}){1,5}|\d+(?:[.,]\d+)?)\s?([kк])?\s?(usdt|usd|eur|euros?|btc|xmr|eth|ltc|cad|chf|gbp|rub|brl|reais|dollars?|[$€£₽](?!\s?\d))(?![\p{L}])/u;
const BEFORE = /(us\$|r\$|c\$|[$€£₽]|usd|eur|chf|cad|gbp)\s?([1-9]\d{0,2}(?:[ '’.,]\d{3})+|\d+(?:[.,]\d+)?)\s?([kк])?(?![\p{L}\p{N}])/u;

const BEFORE_ALL = new RegExp(BEFORE.source, 'gu');
const AFTER_ALL = new RegExp(AFTER.source, 'gu');

function firstMatches(pattern: RegExp, text: string, most = 8): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null && found.length < most; match = pattern.exec(text)) found.push(match);
  return found;
}

function toAmount(raw: string, thousands: string | undefined): number {
  if (thousands) return Number(raw.replace(/[ '’]/g, '').replace(',', '.')) * 1000;
  if (/^[1-9]\d{0,2}(?:[ '’.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[ '’.,]/g, ''));
  return Number(raw.replace(',', '.'));
}

/**
 * A company's own figures, not what a seller asks: "assets of $41.8 billion", "Umsatz 310 Mio. €",
 * "capital social de 2 000 000 €". The word comes shortly before the amount, or a scale word after it.
 */
const COMPANY_FIGURE_BEFORE = /(?:assets?|revenues?|turnover|sales of|capital|liabilities|valuation|market cap|worth|raised|funding|chiffre d'affaires|ca de|capital social|actifs|passif|umsatz|jahresumsatz|stammkapital|bilanzsumme|fatturato|capitale sociale|attivi|faturamento|receita|ativos|facturacion|ingresos|activos|выручк\S*|оборот\S*|актив\S*|капитал\S*)(?:\s+\S+){0,3}\s*[:~≈]?\s*$/u;
const SCALE_AFTER = /^\s*(?:billions?|bn|mrd\.?|milliards?|miliardi|mil millones|bilh(?:oes|ao)|млрд\S*|millions?|mio\.?|mln|millones|milioni|milh(?:oes|ao)|млн\S*)(?![\p{L}])/u;

/** The first asking price, as written in either order ("$1,500", "1 500 USDT", "R$ 3.500", "8к$"). */
export function extractPrice(text: string): Price | null {
  // The first few amounts of each form, in order of place: a company figure may come first.
  const candidates = [
    ...firstMatches(BEFORE_ALL, text).map((match) => ({ currency: match[1]!, raw: match[2]!, k: match[3], index: match.index, end: match.index + match[0].length })),
    ...firstMatches(AFTER_ALL, text).map((match) => ({ currency: match[3]!, raw: match[1]!, k: match[2], index: match.index, end: match.index + match[0].length })),
  ].sort((a, b) => a.index - b.index);
  for (const candidate of candidates) {
    if (COMPANY_FIGURE_BEFORE.test(text.slice(Math.max(0, candidate.index - 40), candidate.index)) || SCALE_AFTER.test(text.slice(candidate.end, candidate.end + 20))) continue;
    const amount = toAmount(candidate.raw, candidate.k);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    return { amount, currency: CURRENCY_NAMES[candidate.currency] ?? candidate.currency.toUpperCase() };
  }
  return null;
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
  for (const match of original.matchAll(/\b(tox|session|jabber|xmpp|telegram|tg)\s*(?:id\s*)?:\s*([A-Za-z0-9_.@-]{4,80})/gi)) handles.add(`${match[1]!.toLowerCase()}:${match[2]}`);
  return [...handles].slice(0, 20);
}
