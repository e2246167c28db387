import type { PostingKind } from '../model/analysis.js';
import type { SourceKind } from '../model/posting.js';
import { TAGS } from './lexicon/kind-words.js';
import { hitsOf, type VocabularyScan } from './lexicon/vocabulary.js';
import { findExposedData } from './exposed-data.js';

const TAG_PATTERNS = (Object.entries(TAGS) as [keyof typeof TAGS, string[]][]).map(([kind, words]) => ({
  kind,
  pattern: new RegExp(`[\\[(【{]\\s*(?:re:\\s*)?(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[\\])】}]`, 'u'),
}));
const PRICE = /(?:[$€£₽💶💵💰💸💲]\s?\d|\d[\d\s.,']{0,12}\s?(?:[kк]\s?)?(?:[$€£₽]|usd|usdt|eur|euros?|btc|xmr|cad|chf|gbp|rub|brl|dollars?)(?![\p{L}])|(?:us\$|r\$|c\$|usd|eur|chf|cad)\s?\d)/u;
const COUNTDOWN = /(?<!\d)\d+\s*(?:d|j|days?|jours?|dias?|días?|tage|dagen|дн\S{0,8})\s*[:,]?\s*\d+\s*(?:h|hrs?|hours?|heures?|ч)|[⏳⌛⏱🕒⏰]|\d\d:\d\d:\d\d|in \d+ (?:days|hours)|dans \d+ jours|over \d+ dagen|en \d+ dias|in \d+ tagen|через \d+/u;
const SIZE = /(?<!\d)\d+(?:[.,]\d+)?\s*(?:gb|go|tb|to|гб|тб)(?![\p{L}])/u;
/** Access-vocabulary words about mail, which a credential list shares with a webmail offer. */
const MAIL_WORDS = new Set(['webmail', 'roundcube', 'zimbra', 'outlook web', 'mailboxes', 'boites mail', 'caselle email', 'caselle', 'postfacher', 'postfach', 'buzones', 'caixas de correio', 'contas de webmail', 'почтовые ящики', 'ящиков', 'owa', 'exchange', 'm365', 'o365']);
const FREE_MARK = /🆓|🔓|(?<![\p{L}])(?:free|gratuit\S*|gratis|gratuit[oa]|kostenlos|бесплатн\S*|unlock for)(?![\p{L}])/u;
/** "free sample", "échantillon gratuit", "campione gratuito": a sale's teaser, not a giveaway. */
const FREE_SAMPLE = /(?:(?:free|gratuit\S{0,40}|gratis|gratuit[oa]|kostenlos\S{0,40}|бесплатн\S{0,40})\s+(?:sample|echantillon|muestra|amostra|campione|probe|образец)|(?:sample|echantillon|muestra|amostra|campione|probe|образец)\S{0,40}(?:\s+\S{1,40}){0,3}?\s+(?:free|gratuit\S{0,40}|gratis|gratuit[oa]|kostenlos|бесплатн\S{0,40}))/u;

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
export function classifyKind(text: string, scan: VocabularyScan, source: SourceKind | undefined, hasDataTypes: boolean, hasCount: boolean): KindDecision {
  const reasons: string[] = [];
  const firstLine = text.slice(0, 300).split('\n', 1)[0]!;
  const count = (category: string) => hitsOf(scan, `kind:${category}`).length;
  const saleWords = count('sale');
  const leakWords = count('leak');
  // A countdown alone is "in 4 days" in any chat: it counts only next to extortion words.
  const ransomLexicon = count('ransom');
  const ransomWords = ransomLexicon + (ransomLexicon > 0 && COUNTDOWN.test(text) ? 2 : 0);
  const accessWords = count('access');
  const accessTech = new Set(hitsOf(scan, 'kind:access-tech').map((hit) => hit.word)).size;
  const newsWords = count('news');
  const hasPrice = PRICE.test(text);
  const isFree = FREE_MARK.test(hasPrice ? text.replace(FREE_SAMPLE, ' ') : text);
  // File paths and URLs are not what is offered ("./data:/var/lib/postgresql/data" in a config paste).
  const aboutData = hasDataTypes || hasCount || hitsOf(scan, 'kind:data').some((hit) => !isInsidePath(text, hit.index, hit.end));

  if (source === 'news') {
    // FORMAT.md: news reports an incident; a results announcement or a store opening is other.
    return count('incident') > 0 ? { kind: 'news', reasons: ['found in a news source'] } : { kind: 'other', reasons: ['a news source, but no incident is reported'] };
  }
  const exposed = hasPrice ? null : findExposedData(text);
  if (exposed) return { kind: 'leak', reasons: [`published: ${exposed === 'live secrets' ? 'configuration with live secrets' : exposed === 'database dump' ? "a database dump's header and rows" : exposed === 'repository' ? 'a source repository mirrored with a download' : 'backup files listed with a download'}`] };
  if (looksLikeCodeOrConfig(text) && !PRICE.test(text)) return { kind: 'other', reasons: ['a configuration file or code, not an offer'] };
  if (source === 'dls') return { kind: 'ransom', reasons: ['posted on a ransomware data-leak site'] };

  const tag = TAG_PATTERNS.find(({ pattern }) => pattern.test(firstLine))?.kind;
  if (tag) reasons.push(`forum tag [${tag}]`);
  if (tag === 'other') return { kind: 'other', reasons: [...reasons, 'a request, rules or discussion, not an offer'] };
  const notAnOffer = count('not-an-offer') > 0;

  const accessOffer = (accessWords > 0 && accessTech > 0) || accessTech >= 2 || ((accessWords > 0 || accessTech > 0) && hasPrice && !aboutData);
  // "RDP to the head office … Domain admin, Veeam reachable": a way in described at length is on
  // offer even when the price is only "2.5k" or left to a private message.
  // Mailbox words do not count here: a combolist of mailboxes is a leak of credentials.
  const remoteTech = new Set(hitsOf(scan, 'kind:access-tech').map((hit) => hit.word).filter((word) => !MAIL_WORDS.has(word))).size;
  const describedWayIn = remoteTech >= 2 && (accessWords > 0 || remoteTech >= 3) && !/\?\s*$/u.test(text.trim());
  if (tag === 'access' || (accessOffer && (hasPrice || saleWords > 0 || tag === 'sale' || describedWayIn) && !notAnOffer)) {
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

/**
 * Pastes of YAML, nginx, shell, SQL or source code: most lines are keys, assignments, braces,
 * statements or comments — and some of them are unmistakably code, because a dump's header
 * ("count: 88,500", "format: email:password") is key-value lines too.
 */
const CODE_LINE = /^\s*(?:[\w.-]+:\s*\S*$|[\w.-]+:$|[{}()\];]|#|\/\/|--\s|-\s+[\w./:-]+$|[\w.\[\]"']+\s*=\s*\S|[a-z_][\w.-]*(?:\s+[\w./"'=-]+){0,2}$|[\w_]+\s+[^\s;]+(?:\s[^\s;]+)*;$|(?:import|export|from|function|const|let|var|def|class|return|if|for|while|create|insert|select|update|alter|drop|values)\b)/iu;
const STRONG_CODE_LINE = /^\s*(?:[{}()\];]|#!|\/\/|--\s|[\w.\[\]"']+\s*=\s*\S|[\w_]+\s+[^\s;]+(?:\s[^\s;]+)*;$|(?:import|export|from|function|const|let|var|def|class|return|create|insert|select|alter|drop|values)\b|[a-z_][\w-]*$|#\s*[\/.\w-]+\.(?:py|js|ts|sh|ya?ml|conf|env|sql|ini|json)\b)/iu;

function looksLikeCodeOrConfig(text: string): boolean {
  const lines = text.split('\n', 200).filter((line) => line.trim() !== '').map((line) => line.slice(0, 300));
  if (lines.length < 4) return false;
  const codeLike = lines.filter((line) => CODE_LINE.test(line)).length;
  const strong = lines.filter((line) => STRONG_CODE_LINE.test(line)).length;
  return codeLike / lines.length >= 0.6 && strong >= 2;
}

function isInsidePath(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 60), from);
  const after = text.slice(to, to + 60);
  return /[\/\\][^\s]*$/u.test(before) || /^[^\s]*[\/\\]/u.test(after);
}
