import type { PostingKind } from '../model/analysis.js';
import type { SourceKind } from '../model/posting.js';
import { ACCESS_TECH_WORDS, ACCESS_WORDS, DATA_NOUNS, LEAK_WORDS, NEWS_WORDS, NOT_AN_OFFER_WORDS, RANSOM_WORDS, SALE_WORDS, TAGS } from './lexicon/kind-words.js';
import { findWords, toWordPattern } from './lexicon/word-pattern.js';

const TAG_PATTERNS = (Object.entries(TAGS) as [keyof typeof TAGS, string[]][]).map(([kind, words]) => ({
  kind,
  pattern: new RegExp(`[\\[(【{]\\s*(?:re:\\s*)?(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[\\])】}]`, 'u'),
}));
const SALE = toWordPattern(SALE_WORDS);
const LEAK = toWordPattern(LEAK_WORDS);
const RANSOM = toWordPattern(RANSOM_WORDS);
const ACCESS = toWordPattern(ACCESS_WORDS);
const ACCESS_TECH = toWordPattern(ACCESS_TECH_WORDS);
const NEWS = toWordPattern(NEWS_WORDS);
const NOT_AN_OFFER = toWordPattern(NOT_AN_OFFER_WORDS);
const DATA = toWordPattern(DATA_NOUNS);
const PRICE = /(?:[$€£₽]\s?\d|\d[\d\s.,']*\s?(?:[kк]\s?)?(?:[$€£₽]|usd|usdt|eur|euros?|btc|xmr|cad|chf|gbp|rub|brl|dollars?)(?![\p{L}])|(?:us\$|r\$|c\$|usd|eur|chf|cad)\s?\d)/u;
const COUNTDOWN = /\d+\s*(?:d|j|days?|jours?|dias?|días?|tage|dagen|дн\S*)\s*[:,]?\s*\d+\s*(?:h|hrs?|hours?|heures?|ч)|[⏳⌛⏱🕒⏰]|\d\d:\d\d:\d\d|in \d+ (?:days|hours)|dans \d+ jours|over \d+ dagen|en \d+ dias|in \d+ tagen|через \d+/u;
const SIZE = /\d+(?:[.,]\d+)?\s*(?:gb|go|tb|to|гб|тб)(?![\p{L}])/u;
const FREE_MARK = /🆓|🔓|(?<![\p{L}])(?:free|gratuit\S*|gratis|gratuit[oa]|kostenlos|бесплатно|unlock for)(?![\p{L}])/u;

export interface KindDecision {
  kind: PostingKind;
  reasons: string[];
}

/**
 * What a posting is: sale, leak, ransom, access, news or other. The source is evidence (a
 * data-leak-site post is a ransom claim, a news feed reports), then a bracketed forum tag, then
 * the weight of offer, giving-away, extortion and access vocabulary. A sale or a leak must be of
 * data: an offer of replicas, IPTV or hosting is `other` whatever words it uses.
 */
export function classifyKind(text: string, source: SourceKind | undefined, hasDataTypes: boolean, hasCount: boolean): KindDecision {
  const reasons: string[] = [];
  const firstLine = text.slice(0, Math.max(200, text.indexOf('\n')));
  const count = (pattern: RegExp) => findWords(pattern, text).length;
  const saleWords = count(SALE);
  const leakWords = count(LEAK);
  const ransomWords = count(RANSOM) + (COUNTDOWN.test(text) ? 2 : 0);
  const accessWords = count(ACCESS);
  const accessTech = new Set(text.match(new RegExp(ACCESS_TECH.source, 'gu')) ?? []).size;
  const newsWords = count(NEWS);
  const hasPrice = PRICE.test(text);
  const isFree = FREE_MARK.test(text);
  const aboutData = hasDataTypes || hasCount || count(DATA) > 0;

  if (source === 'news') return { kind: 'news', reasons: ['found in a news source'] };
  if (source === 'dls') return { kind: 'ransom', reasons: ['posted on a ransomware data-leak site'] };

  const tag = TAG_PATTERNS.find(({ pattern }) => pattern.test(firstLine))?.kind;
  if (tag) reasons.push(`forum tag [${tag}]`);
  if (tag === 'other') return { kind: 'other', reasons: [...reasons, 'a request, rules or discussion, not an offer'] };
  const notAnOffer = count(NOT_AN_OFFER) > 0;

  const accessOffer = (accessWords > 0 && accessTech > 0) || accessTech >= 2 || (accessWords > 0 && hasPrice && !aboutData);
  if (tag === 'access' || (accessOffer && (hasPrice || saleWords > 0 || tag === 'sale') && !notAnOffer)) {
    if (tag === 'access' || accessWords > 0 || accessTech >= 2) return { kind: 'access', reasons: [...reasons, `access vocabulary (${accessWords} access words, ${accessTech} remote-access terms)`] };
  }
  if (tag === 'ransom' || ransomWords >= 3 || (ransomWords >= 2 && SIZE.test(text))) {
    return { kind: 'ransom', reasons: [...reasons, `extortion language (${ransomWords} cues)`] };
  }
  if (notAnOffer && tag === undefined) {
    if (newsWords >= 2 && !hasPrice) return { kind: 'news', reasons: ['reporting language'] };
    return { kind: 'other', reasons: ['asks, discusses or sets rules; offers nothing'] };
  }
  if (!aboutData) {
    if (newsWords >= 3 && !hasPrice) return { kind: 'news', reasons: ['reporting language'] };
    return { kind: 'other', reasons: [...reasons, 'no data is offered'] };
  }
  let saleScore = (tag === 'sale' ? 4 : 0) + (hasPrice ? 3 : 0) + saleWords;
  let leakScore = (tag === 'leak' ? 4 : 0) + (isFree ? 4 : 0) + leakWords;
  if (source === 'paste') leakScore += 2;
  if (source === 'market') saleScore += 2;
  if (saleScore === 0 && leakScore === 0) {
    if (newsWords >= 2) return { kind: 'news', reasons: ['reporting language'] };
    return { kind: 'other', reasons: [...reasons, 'no offer and no leak'] };
  }
  if (newsWords >= 3 && !tag && saleScore < 4 && leakScore < 4 && source !== 'telegram' && source !== 'forum') {
    return { kind: 'news', reasons: ['reporting language'] };
  }
  if (leakScore > saleScore) return { kind: 'leak', reasons: [...reasons, isFree ? 'given away for free' : 'published or dumped'] };
  return { kind: 'sale', reasons: [...reasons, hasPrice ? 'a price is asked' : 'offered for sale or private deal'] };
}
