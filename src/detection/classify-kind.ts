import type { PostingKind } from '../model/analysis.js';
import type { SourceKind } from '../model/posting.js';
import { GIVING_WORDS, TAGS } from './lexicon/kind-words.js';
import { hitsOf, type VocabularyScan } from './lexicon/vocabulary.js';
import { findExposedData, givesDownloadLink, offersDownload } from './exposed-data.js';
import { hasMatchWhere } from './word-start-matches.js';

const TAG_PATTERNS = (Object.entries(TAGS) as [keyof typeof TAGS, string[]][]).map(([kind, words]) => ({
  kind,
  pattern: new RegExp(`[\\[(【{]\\s*(?:re:\\s*)?(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[\\])】}]`, 'u'),
}));
const PRICE = /(?:[$€£₽💶💵💰💸💲]\s?\d|\d[\d\s.,']{0,12}\s?(?:[kк]\s?)?(?:[$€£₽]|usd|usdt|eur|euros?|btc|xmr|cad|chf|gbp|rub|brl|dollars?)(?![\p{L}])|(?:us\$|u\$s|r\$|c\$|usd|eur|chf|cad)\s?\d)/u;
const COUNTDOWN = /(?<!\d)\d+\s*(?:d|j|days?|jours?|dias?|días?|tage|dagen|дн\S{0,8})\s*[:,]?\s*\d+\s*(?:h|hrs?|hours?|heures?|ч)|[⏳⌛⏱🕒⏰]|\d\d:\d\d:\d\d|in \d+ (?:days|hours)|dans \d+ jours|over \d+ dagen|en \d+ dias|in \d+ tagen|через \d+/u;
const SIZE = /(?<!\d)\d+(?:[.,]\d+)?\s*(?:gb|go|tb|to|гб|тб)(?![\p{L}])/u;
/** Access-vocabulary words about mail, which a credential list shares with a webmail offer. */
const MAIL_WORDS = new Set(['webmail', 'roundcube', 'zimbra', 'outlook web', 'mailboxes', 'boites mail', 'caselle email', 'caselle', 'postfacher', 'postfach', 'buzones', 'caixas de correio', 'contas de webmail', 'почтовые ящики', 'ящиков', 'owa', 'exchange', 'm365', 'o365']);
const FREE_SIGN = /🆓|🔓/u;
/**
 * A warning about a seller: "CUIDADO: o vendedor X está vendendo … é um gerado", "ATTENZIONE: 'Y'
 * vende … file generato … preso 150€ e sparito", "Achtung: … nur umbenannt. Finger weg". It opens
 * with a warning and says the data is fake, recycled or that money was lost: no offer of its own.
 */
const WARNING_OPENER = /^[^\p{L}\p{N}]{0,6}(?:(?:fake|scam|golpe|estafa|arnaque|truffa|betrug|кидал\S{0,4})[^\n]{0,80}\n[^\p{L}\p{N}]{0,6})?(?:cuidado|atencao|atencion|attention|attenzione|achtung|vorsicht|warnung|warning|beware|alerta|aviso|ojo|avviso|внимание|осторожно|golpe|scam|estafa|arnaque|truffa|betrug|кидала)(?![\p{L}])/u;
const SCAM_CUE = /(?:fake|falsa|falso|falsi|faux|fausse|gefalscht|фейк|gerad[oa]|generad[oa]|generat[oa]|genere|generee|invalid\S{0,3}|non validi|ungultig|недействительн\S{0,3}|recycled|reciclad[oa]|riciclat[oa]|recycle|umbenannt|renamed|rinominat[oa]|dump publico|old leak|alte[nr]? leak|vecchio leak|ancienne fuite|levou|took my|preso \d|sparito|disparu|desapareci\S{0,2}|verschwunden|пропал|nao paguem|no paguen|non pagate|ne payez pas|nicht bezahlen|не платите|finger weg|не ведитесь|nao caiam|no caigan|blockiert|blocked me|bloqueou|me bloqueo|bloccato|m a bloque|заблокировал)/u;
/**
 * "X n'est PAS touchée, c'est une autre caisse", "Istmo Cargo no fue hackeado, el dump es de otra
 * empresa", "il corriere non c'entra", "la liste de X publiée hier est un fake, c'est un recyclage
 * d'une fuite de 2021": a correction of who was hit. It offers nothing, whatever
 * dump it talks about.
 */
const CORRECTION = /(?:n'est pas touche|n'a pas ete touche|pas ete hacke|no fue hackead|no fue afectad|no ha sido hackead|non c'entra|non c'entrano|non e stat[oa] (?:bucat|colpit|hackerat)|nao foi (?:hackead|afetad|invadid)|not (?:been )?(?:hacked|breached|affected)|wasn't (?:hacked|breached)|nicht betroffen|nicht gehackt|wurde nicht gehackt|не взломан|не затронут|сливали не их|это не их|(?:est|is|es|e|ist|это) (?:un |une |a |ein |eine )?(?:fake|falso|falsa|faux|fausse|фейк)|recyclage d|recycled from|reciclad[oa] de|reciclagem d|riciclat[oa] d)/u;

/** A report relayed in a channel or a forum: "📰 …", "🗞️ …", "BREAKING: …", "Eilmeldung: …". */
const NEWS_MARK = /^[^\p{L}\p{N}]{0,4}(?:📰|🗞|breaking(?: news)?\s*:|flash info|ultima hora|ultim.ora|eilmeldung)/u;
const FREE_WORD = /(?:free|gratuit\S*|gratis|gratuit[oa]|de graca|regalo|kostenlos|бесплатн\S*|unlock for|link (?:livre|libre|libero)|lien libre|download (?:livre|libero)|descarga libre|jetzt frei|ora libero|agora livre|ahora libre)(?![\p{L}])/gu;
/**
 * "j'ai des creds citrix … qq1 intéressé ?", "tengo acceso al anydesk … alguien lo quiere?", "hab
 * noch nen vpn zugang …, willste?", "ho 1200 autisti …, interessa?": in chat an offer is asked as a
 * question. Having it, then asking who wants it or whether it interests, is selling it.
 */
/** "Pagar 15 BTC antes del viernes o publicamos", "pay … or we leak": the threat that makes a price a demand. */
const PAY_OR_PUBLISHED = /(?:^|[^\p{L}])(?:or|o|ou|sinon|oder|altrimenti|или|иначе)\s(?:(?:we|nous|on|wir|lo|los|la|las|le|les|li|их)\s)?(?:publish|leak|release|publicamos|publions|publie|veroffentlichen|pubblichiamo|публикуем|сливаем|выложим|опубликуем)(?:[^\p{L}]|$)/u;
/** What follows "looking for", "busco", "ищу" when the author sells: a buyer. */
const SEEKING_A_BUYER = /^\s(?:(?:a|an|un|une|um|uma|einen|uno)\s)?(?:(?:serious|serio|seria|serieux|serieuse|ernsthaften|серьезного|серьёзного)\s)?(?:buyers?|acheteurs?|compradore?s?|kaufer|acquirent[ei]|compratori?|покупател\p{L}{0,3})(?![\p{L}])/u;
const I_HAVE = String.raw`(?<![\p{L}])(?:i have|i got|ive got|i've got|have|got (?:a|an|some)|j'ai|j ai|jai|tengo|tenho|hab|habe|ho|у меня(?: есть)?|есть)(?![\p{L}])[^\n]{0,160}?`;
const OFFER_QUESTION = new RegExp(I_HAVE + String.raw`(?:anyone interested|anybody interested|interested\s*\?|who wants|anyone want|(?:you|u) want|wanna buy|want it\s*\?|qq1 interesse|qqn interesse|quelqu.?un (?:d )?interesse|(?:ca|ça) (?:t|vous) interesse|interesse\s*\?|qui veut|will (?:wer|jemand|einer) (?:kaufen|haben)|wer bietet|jemand bietet|qqn veut|qq1 veut|quelqu.?un veut|chi e interessat[oa]|chi e interessat[ie]|quien lo quiere|quien quiere|кто заинтересован|tu (?:prends|veux|le veux)|vous (?:prenez|voulez)|alguien lo quiere|alguien quiere|alguien interesad|te interesa|le interesa|interesa\s*\?|lo quieres|quem quer|alguem quer|alguem interessad|te interessa|interessa\s*\?|queres|voce quer|wer will|wer hat interesse|jemand interesse|interesse\s*\?|willste|willst du|hast du interesse|qualcuno interessat|chi lo vuole|chi vuole|ti interessa|lo vuoi|кому надо|кому нужно|кому интересно|кто хочет|кто возьм|кто купит|кто заберет|wer zahlt|who pays|quien paga|quem paga|chi paga|qui paie|кто заплатит|alguem compra|alguien compra|qualcuno compra|anyone buy|anybody buy|quelqu.?un achete|jemand kauft|wer kauft|интересует\s*\?|берешь|возьмешь|надо\s*\?)`, 'u');
/** "j'ai les ordonnances de X …, fais une offre", "ho i sorgenti di X, fammi un'offerta": having it, then inviting bids, is selling it, question mark or not. */
const OFFER_INVITED = new RegExp(I_HAVE + String.raw`(?:make (?:me )?an offer|send (?:me )?(?:an )?offers?|fai(?:s|tes)(?:[ -]moi)? (?:une|vos) offres?|fa(?:mmi|temi|te) (?:un|una)\s?'?offerta|ha(?:z|ce|gan)(?:me|nme)? (?:una|su) oferta|(?:me )?fa(?:z|ca|cam) (?:uma|suas?) ofertas?|mach(?:t)?(?: mir)? ein angebot|предложите цену|предлагайте цену)`, 'u');
/**
 * "… Zugriff auf Kreditakten. 3k.": an amount in thousands standing alone as the last sentence
 * of a line is the asking price, the way forum sellers write it; "db 88k" after a noun is a size.
 */
const BARE_THOUSANDS_PRICE = /[.!]\s+\d{1,3}(?:[.,]\d)?\s?[kк]\.?[ \t]*$/mu;
/**
 * German joins what the data is to whom it is about: "Mandantenkorrespondenz", "Stiftungsurkunden",
 * "Personalakten", "Kundendb". Found from the suffix, so each word is read once.
 */
const GERMAN_DATA_COMPOUND = /(?:daten|akten|korrespondenz|urkunden|vertrage|unterlagen|dokumente|protokolle|berichte|dateien|liste|listen|db|datenbank)(?![\p{L}])/gu;
const BCRYPT_HASH = /\$2[abxy]?\$\d\d\$[./a-z0-9]{0,53}/gu;
/** Stealer logs are harvested credentials, sold as data, whatever doors they open. */
const STEALER = /(?<![\p{L}])(?:stealer\S*|стилер\S*|redline|raccoon|lumma|vidar)(?![\p{L}])/u;
/**
 * A posting that opens by announcing a way in: "Citrix-Zugang Sparkasse …", "Доступ к почте ВТУ",
 * "Accesso webmail Villa Ginestra", "Shell auf dem Update-Server". Sellers of access often leave
 * the price to a private message; the headline says what is on offer.
 */
const ACCESS_HEADLINE = /^[^\p{L}\p{N}]{0,6}(?:(?:[\p{L}\p{N}]+[\s-]){0,2}(?:access|acces|acceso|acesso|accesso|zugang|zugriff|доступ)(?:\s|$)|(?:admin(?:istrator)?\s|super\s?admin\s|root\s|domain admin\s|local admin\s)?(?:shell|webshell|шелл|rdp|vpn|citrix|owa|webmail|админка|админку)(?:\s|$))/u;
/** "free sample", "échantillon gratuit", "campione gratuito": a sale's teaser, not a giveaway. */
const FREE_SAMPLE = /(?:(?:free|gratuit\S{0,40}|gratis|gratuit[oa]|kostenlos\S{0,40}|бесплатн\S{0,40})\s+(?:sample|echantillon|muestra|amostra|campione|probe|образец)|(?:sample|echantillon|muestra|amostra|campione|probe|образец)\S{0,40}(?:\s+\S{1,40}){0,3}?\s+(?:free|gratuit\S{0,40}|gratis|gratuit[oa]|kostenlos|бесплатн\S{0,40}))/u;

export interface KindDecision {
  kind: PostingKind;
  reasons: string[];
  /** Set when no cue decided and the rules fell back to `other` (revise-kind.ts weighs the model more there). */
  fellBack?: true;
  /** Set on a sale offered as a question ("hab X, wer bietet?", "chi vuole …?"): the offer is explicit. */
  offerAsked?: true;
}

/**
 * What a posting is: sale, leak, ransom, access, news or other. The source is evidence (a
 * data-leak-site post is a ransom claim, a news feed reports), then a bracketed forum tag, then
 * the weight of offer, giving-away, extortion and access vocabulary. A sale or a leak must be of
 * data: an offer of replicas, IPTV or hosting is `other` whatever words it uses.
 */
export function classifyKind(text: string, scan: VocabularyScan, source: SourceKind | undefined, hasDataTypes: boolean, hasCount: boolean, claimedCount: number | null = null): KindDecision {
  const reasons: string[] = [];
  const firstLine = text.slice(0, 300).split('\n', 1)[0]!;
  if (source === 'news') {
    // FORMAT.md: news reports an incident; a results announcement or a store opening is other.
    return hitsOf(scan, 'kind:incident').length > 0 ? { kind: 'news', reasons: ['found in a news source'] } : { kind: 'other', reasons: ['a news source, but no incident is reported'] };
  }
  // "$2y$10$…" is a bcrypt hash in a dump's sample, not a price in dollars.
  const priced = text.includes('$2') ? text.replace(BCRYPT_HASH, ' ') : text;
  const hasPrice = PRICE.test(priced) || BARE_THOUSANDS_PRICE.test(priced);
  const exposed = hasPrice ? null : findExposedData(text);
  if (exposed) return { kind: 'leak', reasons: [`published: ${exposed === 'live secrets' ? 'configuration with live secrets' : exposed === 'database dump' ? "a database dump's header and rows" : exposed === 'repository' ? 'a source repository mirrored with a download' : 'backup files listed with a download'}`] };
  // A schema given away with its size ("-- free, enjoy. 184,220 bookings" before CREATE TABLE) is a dump, not code.
  if (looksLikeCodeOrConfig(text) && !PRICE.test(text) && !(hasCount && isMarkedFree(text))) return { kind: 'other', reasons: ['a configuration file or code, not an offer'] };
  if (source === 'dls') return { kind: 'ransom', reasons: ['posted on a ransomware data-leak site'] };

  // The cues below weigh an offer: read only once the source and the text's form have not decided.
  // Asked as a question: a chat offer ends in one, so texts without a question mark are not read for it.
  const offerAsked = (text.includes('?') && OFFER_QUESTION.test(text.slice(0, 2000))) || OFFER_INVITED.test(text.slice(0, 2000));
  // "busco comprador serio", "looking for a buyer": seeking a buyer is selling, not asking to buy.
  const notAnOfferHits = hitsOf(scan, 'kind:not-an-offer');
  const seekingBuyer = notAnOfferHits.filter((hit) => SEEKING_A_BUYER.test(text.slice(hit.end, hit.end + 40)));
  const seeksBuyer = seekingBuyer.length > 0;
  const saleWords = hitsOf(scan, 'kind:sale').length + (offerAsked ? 1 : 0) + (seeksBuyer ? 1 : 0);
  const leakWords = hitsOf(scan, 'kind:leak').length;
  // A countdown alone is "in 4 days" in any chat: it counts only next to extortion words.
  const ransomLexicon = hitsOf(scan, 'kind:ransom').length;
  const ransomWords = ransomLexicon + (ransomLexicon > 0 && COUNTDOWN.test(text) ? 2 : 0) + (ransomLexicon > 0 && PAY_OR_PUBLISHED.test(text) ? 2 : 0);
  const accessWords = hitsOf(scan, 'kind:access').length + (credentialsToAWayIn(scan, claimedCount) ? 1 : 0);
  const accessTech = new Set(hitsOf(scan, 'kind:access-tech').map((hit) => hit.word)).size;
  // "📰 X confirms a cyber incident…": a channel relaying a report says so at the start.
  const newsWords = hitsOf(scan, 'kind:news').length + (NEWS_MARK.test(firstLine) && hitsOf(scan, 'kind:incident').length > 0 ? 2 : 0);
  const isFree = isMarkedFree(hasPrice || saleWords > 0 ? text.replace(FREE_SAMPLE, ' ') : text);
  // File paths and URLs are not what is offered ("./data:/var/lib/postgresql/data" in a config paste).
  // A size says how much data, but "128GB" is also an iPhone's: it backs a database's other cues only.
  const hasSize = SIZE.test(text);
  const aboutData = hasDataTypes || hasCount || (hasSize && (leakWords > 0 || isMarkedFree(text))) || hitsOf(scan, 'kind:data').some((hit) => !isInsidePath(text, hit.index, hit.end)) || hasMatchWhere(GERMAN_DATA_COMPOUND, text, 'after two letters')
    // "слив X бесплатно, ссылка ниже", "слили X, файл в канале", "o grupo publicou tudo da X, link
    // no canal": a leak said done, with its link or where to find it, says what it is about.
    || (hitsOf(scan, 'kind:leak').some((hit) => !GIVING_WORDS.has(hit.word)) && offersDownload(text))
    // Stealer logs are harvested logins, data whatever doors they open.
    || STEALER.test(text);
  const isQuestion = !offerAsked && (text.trimEnd().endsWith('?') || firstLine.includes('?'));

  const tag = TAG_PATTERNS.find(({ pattern }) => pattern.test(firstLine))?.kind;
  if (tag) reasons.push(`forum tag [${tag}]`);
  if (tag === 'other') return { kind: 'other', reasons: [...reasons, 'a request, rules or discussion, not an offer'] };
  const warnsOfSeller = WARNING_OPENER.test(text.slice(0, 200)) && SCAM_CUE.test(text.slice(0, 1000));
  // "WTB", "Looking for", "Rules" say what a posting is at its start. Further down an offer with
  // its price and terms ("I don't respond to 'how much for sample'", "Sample (fake-looking for
  // forum rules)", "> price too high" in the replies) they are asides, not what is on offer.
  const firmOffer = tag === 'sale' || (hasPrice && saleWords >= 2);
  const opening = firmOffer ? openingLength(text) : Infinity;
  const notAnOffer = notAnOfferHits.some((hit) => hit.index < opening && !seekingBuyer.includes(hit)) || warnsOfSeller;

  // "ho anydesk sul pc della farmacia X, qualcuno interessato?": one remote tool offered in chat is a way in.
  const offeredTool = offerAsked && accessTech > 0;
  const accessOffer = (accessWords > 0 && accessTech > 0) || accessTech >= 2 || ((accessWords > 0 || accessTech > 0) && hasPrice && !aboutData) || offeredTool;
  // "RDP to the head office … Domain admin, Veeam reachable": a way in described at length is on
  // offer even when the price is only "2.5k" or left to a private message.
  // Mailbox words do not count here: a combolist of mailboxes is a leak of credentials.
  const remoteTech = new Set(hitsOf(scan, 'kind:access-tech').map((hit) => hit.word).filter((word) => !MAIL_WORDS.has(word))).size;
  const describedWayIn = remoteTech >= 2 && (accessWords > 0 || remoteTech >= 3) && !isQuestion;
  const announcedWayIn = (accessWords > 0 || accessTech > 0) && !isQuestion && headlines(text).some((line) => ACCESS_HEADLINE.test(line));
  const harvested = (tag === 'access' || accessWords > 0 || accessTech > 0) && STEALER.test(text);
  // "Selling fresh dump of X's shipping portal. 48,211 customer rows": tens of thousands of records
  // are the data on offer, the portal only where they came from.
  const recordsOnOffer = tag !== 'access' && !announcedWayIn && hasDataTypes && (claimedCount ?? 0) > MOST_STAFF_LOGINS && (tag === 'sale' || hasPrice || saleWords > 0);
  if (tag === 'access' || (!harvested && !notAnOffer && !recordsOnOffer && ((accessOffer && (hasPrice || saleWords > 0 || tag === 'sale' || describedWayIn)) || announcedWayIn))) {
    if (tag === 'access' || accessWords > 0 || accessTech >= 2 || announcedWayIn || offeredTool) return { kind: 'access', reasons: [...reasons, `access vocabulary (${accessWords} access words, ${accessTech} remote-access terms)`] };
  }
  if (tag === 'ransom' || ransomWords >= 3 || (ransomWords >= 2 && SIZE.test(text))) {
    return { kind: 'ransom', reasons: [...reasons, `extortion language (${ransomWords} cues)`] };
  }
  if (tag === undefined && !hasPrice && !hasCount && saleWords === 0 && !isFree && !offersDownload(text) && CORRECTION.test(text.slice(0, 1000))) return { kind: 'other', reasons: ['corrects who was hit; offers nothing'] };
  if (notAnOffer && tag === undefined) {
    if (newsWords >= 2 && !hasPrice) return { kind: 'news', reasons: ['reporting language'] };
    return { kind: 'other', reasons: ['asks, discusses or sets rules; offers nothing'] };
  }
  if (!aboutData) {
    if (newsWords >= 3 && !hasPrice) return { kind: 'news', reasons: ['reporting language'] };
    return { kind: 'other', reasons: [...reasons, 'no data is offered'], fellBack: true };
  }
  let saleScore = (tag === 'sale' ? 4 : 0) + (hasPrice ? 3 : 0) + saleWords;
  // People talk about dumps ("this dump is bigger than the X one", "is the new dump legit?"): in
  // chat, or asked as a question, a leak gives something away, free or by a link; the word alone is talk.
  const talkOfDumps = (source === 'chat' || isQuestion) && !isFree && !offersDownload(text);
  let leakScore = (tag === 'leak' ? 4 : 0) + (isFree ? 4 : 0) + (talkOfDumps ? 0 : leakWords);
  if (source === 'paste') leakScore += 2;
  if (source === 'market') saleScore += 2;
  if (saleScore === 0 && leakScore === 0) {
    if (newsWords >= 2) return { kind: 'news', reasons: ['reporting language'] };
    // "Base completa de clientes: 412.733 registros", "BD de un courier gallego, 400k envíos":
    // where data is traded, a database presented with its size is on offer, the price left to
    // a private message. Chat and pastes are not shop windows; a question offers nothing.
    // "20 lignes au hasard" is a sample size in a buyer's guide, not a database on offer.
    if ((source === 'forum' || source === 'market' || source === 'telegram') && aboutData && hasCount && (claimedCount ?? 0) >= 1000 && !isQuestion) {
      return { kind: 'sale', reasons: [...reasons, 'a database presented with its size where data is traded'] };
    }
    // "documentos internos … LIBERADOS. mega link": data with a link and no price is given away.
    if (givesDownloadLink(text) && !isQuestion && !hasPrice) return { kind: 'leak', reasons: [...reasons, 'data with a download link and no price'] };
    return { kind: 'other', reasons: [...reasons, 'no offer and no leak'], fellBack: true };
  }
  if (newsWords >= 3 && !tag && saleScore < 4 && leakScore < 4 && source !== 'telegram' && source !== 'forum') {
    return { kind: 'news', reasons: ['reporting language'] };
  }
  if (leakScore > saleScore) return { kind: 'leak', reasons: [...reasons, isFree ? 'given away for free' : 'published or dumped'] };
  return { kind: 'sale', reasons: [...reasons, hasPrice ? 'a price is asked' : offerAsked ? 'offered as a question ("who wants it?")' : 'offered for sale or private deal'], ...(offerAsked ? { offerAsked: true as const } : {}) };
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

/** Nouns for logins with their passwords, as the data lexicon reads them. */
const CREDENTIAL_NOUNS = new Set(['credentials', 'credenziali', 'credenciales', 'credenciais', 'identifiants', 'zugangsdaten', 'учетки', 'logins']);
/** Characters between a credential noun and the door it opens: "credenziali VPN dell'…", "gültige Citrix-Logins". */
const CREDENTIAL_REACH = 40;
/** Remote-access products and portals: the doors logins open (not "2FA", "admin" or "hosts", said of any account). */
const DOORS = new Set(['vpn', 'rdp', 'citrix', 'netscaler', 'fortinet', 'fortivpn', 'fortigate', 'pulse secure', 'globalprotect', 'anyconnect', 'sonicwall', 'vcenter', 'esxi',
  'webmail', 'roundcube', 'zimbra', 'outlook web', 'owa', 'exchange', 'm365', 'o365', 'portal', 'panel', 'painel', 'panneau', 'pannello', 'панель', 'admin panel',
  'backoffice', 'back office', 'intranet', 'mitarbeiterportal', 'anydesk', 'teamviewer', 'remote access', 'acces a distance', 'ssh']);
/** More accounts than this are a list of users' credentials, not staff logins to a way in. */
const MOST_STAFF_LOGINS = 10_000;

/**
 * "Vendo credenziali VPN dell'Università", "citrix logins von der Klinik", "logins de webmail de
 * uma prefeitura": logins named next to the remote-access product they open are a way in, sold
 * like any access; a list of customers' logins (more than MOST_STAFF_LOGINS) is data.
 */
function credentialsToAWayIn(scan: VocabularyScan, claimedCount: number | null): boolean {
  if (claimedCount !== null && claimedCount > MOST_STAFF_LOGINS) return false;
  const doors = hitsOf(scan, 'kind:access-tech').filter((hit) => DOORS.has(hit.word));
  if (doors.length === 0) return false;
  return hitsOf(scan, 'kind:data').some((noun) => CREDENTIAL_NOUNS.has(noun.word)
    && doors.some((door) => Math.max(door.index - noun.end, noun.index - door.end) <= CREDENTIAL_REACH));
}

/** Characters of the title and the first line of the body: where a posting says what it is. */
function openingLength(text: string): number {
  const first = text.indexOf('\n');
  if (first === -1) return text.length;
  const second = text.indexOf('\n', first + 1);
  return Math.min(second === -1 ? text.length : second, 300);
}

/** The first line, and the first line of the body after a title: where a seller says what is on offer. */
function headlines(text: string): string[] {
  return text.slice(0, 400).split('\n', 4).map((line) => line.trim()).filter((line) => line !== '').slice(0, 2);
}

function isInsidePath(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 60), from);
  const after = text.slice(to, to + 60);
  return /[\/\\][^\s]*$/u.test(before) || /^[^\s]*[\/\\]/u.test(after);
}

/** "free", "gratis", 🆓: the data is given away. */
function isMarkedFree(text: string): boolean {
  return FREE_SIGN.test(text) || hasMatchWhere(FREE_WORD, text, 'not after a letter');
}
