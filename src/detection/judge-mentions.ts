import type { Match } from '../model/analysis.js';
import type { CompiledWatchlist } from './compiled-watchlist.js';
import type { ContextWord } from './context-evidence.js';
import type { TermOccurrence } from './compiled-watchlist.js';
import { LEGAL_FORMS, OTHER_MEANINGS } from './lexicon/ambiguous-words.js';
import { normalizeText, quoteOriginal, type NormalizedText } from './normalize-text.js';
import { describeNormalization } from './describe-normalization.js';
import { SITE_NAME } from './name-variants.js';
import { commonWords } from './lexicon/common-words.js';
import { corroborateWeakTerm } from './corroborate-weak-term.js';
import { roleOfMention } from './mention-roles.js';
import { describedAsOtherTrade, isInsideAnotherName, namesakeCountry, otherTradeNoun } from './namesakes.js';
import { isStrongPhraseTypo } from './phrase-typos.js';
import { ownsHost, toHostName, toSiteLabel } from './host-names.js';

export interface OrgVerdict {
  orgIndex: number;
  /** The mentions that make the organization a victim of this posting. */
  matches: Match[];
  /** Why the organization was named but is not the victim, when it is not. */
  rejected: string | null;
  /**
   * The rejection is identity evidence — another country, another organization's name, the
   * word's other meaning — rather than a role (excluded, example, client, carrier) or a weak
   * term left without corroboration. A victim field does not override it (apply-subject.ts).
   */
  namesake?: boolean;
}

/**
 * Decide, for each organization the text names, whether it is what the posting is about:
 * a weak term needs corroboration nearby (the organization's keywords, its sector, its domain,
 * another of its terms; its country counts half), a term used in its other meaning does not
 * count, and an organization the author explicitly excludes, cites as an example or uses as a
 * tool is not the victim.
 */
export function judgeMentions(compiled: CompiledWatchlist, normalized: NormalizedText, occurrences: TermOccurrence[], context: ContextWord[]): OrgVerdict[] {
  const text = normalized.text;
  const byOrg = new Map<number, TermOccurrence[]>();
  for (const occurrence of withoutNamesInsideOthers(occurrences)) {
    const list = byOrg.get(occurrence.term.orgIndex);
    if (list) list.push(occurrence); else byOrg.set(occurrence.term.orgIndex, [occurrence]);
  }
  const verdicts: OrgVerdict[] = [];
  for (const [orgIndex, orgOccurrences] of byOrg) {
    const organization = compiled.organizations[orgIndex]!;
    // One mention per place: "Groupement Médiprix" also contains the name and the alias "Mediprix".
    const mentions: TermOccurrence[] = [];
    for (const occurrence of [...orgOccurrences].sort((a, b) => a.from - b.from || b.to - a.to)) {
      if (occurrence.term.role === 'keyword') continue;
      const previous = mentions.at(-1);
      if (previous && occurrence.from >= previous.from && occurrence.to <= previous.to) continue;
      mentions.push(occurrence);
    }
    if (mentions.length === 0) continue;
    const matches: Match[] = [];
    let rejected: string | null = null;
    let namesakeSeen = false;
    let excluded = false;
    // Terms this text shows to be another body's: "Gimnasio Nervión Fit" makes the title's
    // "Nervión Fit" the gym too — one text, one sense of a name.
    const namesakeTerms = new Set<string>();
    const acceptedTerms: string[] = [];
    const ownDomainInText = orgOccurrences.some((occurrence) => occurrence.term.role === 'domain');
    const places = compiled.places[orgIndex]!;
    const { ownNames } = places;
    // Words that may follow its name without making another name: its own (compiled once), and this text's countries and its sector's words.
    const ownWords = new Set(places.ownWords);
    for (const word of context) if (word.kind === 'country' || (word.kind === 'sector' && word.value === organization.sector)) ownWords.add(word.word);
    for (const mention of mentions) {
      const quoted = quoteOriginal(normalized, mention.from, mention.to);
      const role = roleOfMention(normalized, mention);
      if (role?.excluded) {
        // "not Safaricom" excludes the organization; "nicht die Alpenblick Reha AG" excludes a
        // sister body whose longer name starts with it, and leaves the clinic named elsewhere.
        if (!continuesIntoLongerName(normalized, mention)) excluded = true;
        rejected = `"${quoted}" ${role.reason}`;
        continue;
      }
      if (role) { rejected ??= `"${quoted}" ${role.reason}`; continue; }
      // "Die Techniker" capitalized is the insurer; "la sapienza di un venditore" is wisdom.
      // A site's name in a file name or a path ("sferatel_billing.tar.gz") names it, as a name cut short and joined there does.
      const siteNameInPath = mention.term.variant === SITE_NAME && mention.place === 'path';
      const weak = (mention.typo && !(mention.typedAs !== undefined && isStrongPhraseTypo(mention.term, mention.typedAs))) || mention.splitIntoWords === true || mention.shortened === 'words' || (mention.term.weak && !siteNameInPath && !(mention.term.capitalizedIsStrong && startsUpperCase(normalized, mention)))
        || (mention.term.role !== 'domain' && isWrittenAsWords(normalized, mention));
      // "die Saale-Apotheke in Jena (saale-apotheke-jena.de)": the name given another site than the organization's is a namesake's.
      const otherSite = mention.term.role !== 'domain' ? foreignSiteAfter(text, mention.to, organization.domains) : null;
      if (otherSite) { namesakeSeen = true; if (!mention.shortened) namesakeTerms.add(mention.term.compact); rejected ??= `"${quoted}" is given the website ${otherSite}, not its own: a namesake`; continue; }
      const namesake = namesakeCountry(mention, weak, context, places, normalized, ownDomainInText);
      if (namesake) { namesakeSeen = true; if (!mention.shortened) namesakeTerms.add(mention.term.compact); rejected ??= `"${quoted}" is placed in another country (${namesake}): a namesake`; continue; }
      const otherTrade = otherTradeNoun(mention, normalized, places) ?? describedAsOtherTrade(mention, normalized, places, organization.sector);
      if (otherTrade) { namesakeSeen = true; if (!mention.shortened) namesakeTerms.add(mention.term.compact); rejected ??= `"${quoted}" is named with "${otherTrade}", a business of another trade: a namesake`; continue; }
      const otherName = isInsideAnotherName(mention, normalized, ownNames, weak, ownWords, places.ownWords);
      if (otherName) {
        if (otherName !== 'capitalized word') namesakeSeen = true;
        // "The Inland Group of Companies" may be the group itself; a gym or a bank of that name is not.
        if ((otherName === 'organization noun' || otherName === 'spelled out') && !mention.shortened) namesakeTerms.add(mention.term.compact);
        rejected ??= `"${quoted}" is part of another organization's name`; continue; }
      let corroboration: string[] = [];
      if (weak) {
        if (hasOtherMeaning(mention, text)) { namesakeSeen = true; rejected ??= `"${quoted}" used in another meaning or inside another name`; continue; }
        corroboration = corroborateWeakTerm(mention, orgOccurrences, context, organization.sector, organization.country, normalized, places.nameWords);
        if (corroboration.length === 0) { rejected ??= `weak term "${quoted}" without corroboration`; continue; }
      }
      const start = normalized.starts[mention.from]!;
      const end = normalized.ends[mention.to - 1]!;
      acceptedTerms.push(mention.term.compact);
      matches.push({
        org: organization.id,
        term: mention.term.term,
        how: [mention.typo ? 'typo' : mention.term.role, mention.term.variant, mention.translated ? 'its generic word in another language' : '', mention.shortened ? 'its words cut short' : '', mention.split ? 'a word split in two' : '', mention.place, ...describeNormalization(normalized.original.slice(start, end), mention.term.term)].filter(Boolean).join(', '),
        start, end, quote: normalized.original.slice(start, end), weak, corroboration,
      });
    }
    if (namesakeTerms.size > 0) {
      const kept = matches.filter((_match, index) => !namesakeTerms.has(acceptedTerms[index]!));
      matches.length = 0;
      matches.push(...kept);
    }
    const isRejected = excluded || matches.length === 0;
    verdicts.push({ orgIndex, matches: excluded ? [] : matches, rejected: isRejected ? rejected : null, ...(isRejected && !excluded && namesakeSeen ? { namesake: true } : {}) });
  }
  return verdicts;
}

/** A host in brackets shortly after a name, in the same clause: "X (x-jena.de)", "X in Jena (x-jena.de)". */
const HOST_IN_BRACKETS_AFTER = /^[^.;!?\n()]{0,30}\(\s?((?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){0,3}\.[a-z]{2,12})\s?\)/u;

/**
 * The host given to a name in brackets when it is none of the organization's own: not one of its
 * domains, nor its site under another ending (x.de for x.ch). Null when the organization lists no
 * domain: then nothing says which site is its own.
 */
function foreignSiteAfter(text: string, to: number, domains: readonly string[]): string | null {
  if (domains.length === 0 || text.charCodeAt(to) === 46) return null;
  const found = HOST_IN_BRACKETS_AFTER.exec(text.slice(to, to + 120));
  const host = found ? toHostName(found[1]!) : null;
  if (!host || ownsHost(domains, host)) return null;
  const label = toSiteLabel(host);
  return domains.some((domain) => { const own = toHostName(domain); return own !== null && toSiteLabel(own) === label; }) ? null : host;
}

function hasOtherMeaning(mention: TermOccurrence, text: string): boolean {
  const previous = /([\p{L}\p{N}']+)[\s\-:]*$/u.exec(text.slice(Math.max(0, mention.from - 40), mention.from))?.[1];
  // "Helvetia Versicherungen AG": right after a company name, AG, SA or NV is its legal form.
  if (LEGAL_FORMS.has(mention.term.compact) && previous !== undefined && /^[\s,]+$/u.test(text.slice(mention.from - 2, mention.from).replace(/[\p{L}\p{N}]/gu, '') || ' ')) return true;
  const senses = OTHER_MEANINGS[mention.term.compact];
  if (!senses) return false;
  const next = /^[\s\-:]*([\p{L}\p{N}]+)/u.exec(text.slice(mention.to, mention.to + 40))?.[1];
  return senses.some((sense) => (sense[0] === '+' ? next === sense.slice(1) : previous === sense.slice(1)));
}

function startsUpperCase(normalized: NormalizedText, mention: TermOccurrence): boolean {
  const words = quoteOriginal(normalized, mention.from, mention.to).split(/\s+/);
  return /^\p{Lu}/u.test(words.at(-1) ?? '');
}

/**
 * A name written all in lower case where the watchlist writes it with capitals is read as
 * ordinary words ("pague menos: só R$ 300", "cuentas de ahorro", "mercado livre de dados")
 * and needs corroboration like any weak term.
 */
function isWrittenAsWords(normalized: NormalizedText, mention: TermOccurrence): boolean {
  // In a file name or a host everything is lower case: "farmaciassol_wp_backup.zip" is the name.
  if (mention.place === 'path') return false;
  const quote = quoteOriginal(normalized, mention.from, mention.to);
  const { term } = mention.term;
  // Joined into one word where the name has several ("rxcorner", "farmaciassol"), it is written as a name.
  if (mention.term.breaks.size > 0 && !/[\s'-]/u.test(quote)) return false;
  if (!(term !== term.toLowerCase() && /^[\p{Ll}\s'-]+$/u.test(quote))) return false;
  // Sellers write "pennine haulage", "fonderie euganee" in lower case all the time: only a name
  // made of ordinary words ("pay less", "high tide") reads as a phrase when it is not capitalized.
  // One word, or words joined by a hyphen ("svyaz-plus"), of five letters or more, is read as a word.
  const words = wordsOf(mention.term);
  // A name coined by joining words with a capital inside ("ЯрТелеком", "YarTelecom") is no
  // ordinary word, whatever its case in the text: "шелл на биллинге яртелекома".
  if (!quote.includes(' ')) return !/\p{Ll}\p{Lu}/u.test(term) && /\p{L}{5}/u.test(quote);
  // A one-word name split in the text ("fundy tel" for FundyTel, "kama telecom" for KamaTelecom)
  // is read like a name of those words: a phrase only if every word is an ordinary one ("pay less").
  if (words.length < 2) return quote.split(/[\s'-]+/u).every((word) => word.length < 3 || commonWords().has(normalizeText(word).text));
  // Three ordinary words in the order of a name ("prairie leaf cannabis") are that name, not a
  // phrase; articles and the like do not count ("le bon panier" is a phrase).
  if (words.filter((word) => word.length >= 3).length >= 3) return false;
  return words.every((word) => word.length < 3 || commonWords().has(word));
}

/** The words of a term's compact form, split where the written name had a break. */
function wordsOf(term: TermOccurrence['term']): string[] {
  const cuts = [0, ...[...term.breaks.keys()].sort((a, b) => a - b), term.compact.length];
  return cuts.slice(1).map((end, i) => term.compact.slice(cuts[i], end)).filter((word) => word !== '');
}

/** Legal forms and name words that carry a name on past the watched term. */
const NAME_CONTINUATION = /^ (?:(?:of|de|di|du|von|van|del|da|do) \p{Lu}|\p{Lu}[\p{L}&-]*(?: |$|[,.)])|(?:AG|GmbH|SA|SAS|SpA|S\.p\.A\.|Inc|LLC|Ltd|Co)\b)/u;

function continuesIntoLongerName(normalized: NormalizedText, mention: TermOccurrence): boolean {
  const end = normalized.ends[mention.to - 1]!;
  return NAME_CONTINUATION.test(normalized.original.slice(end, end + 40));
}

/**
 * "Cornerstone Automation Systems, LLC" also contains the watched "Cornerstone", "SAN CARLO
 * GRUPPO ALIMENTARE" the watched "San Carlo": a name inside another watched organization's
 * longer name is that organization's, not its own. Keywords neither hide nor are hidden.
 */
function withoutNamesInsideOthers(occurrences: TermOccurrence[]): TermOccurrence[] {
  const names = occurrences.filter((occurrence) => occurrence.term.role !== 'keyword' && !occurrence.typo && !occurrence.shortened);
  if (names.length < 2) return occurrences;
  // Sorted by start, longest first: a covering name comes before what it covers.
  const sorted = [...names].sort((a, b) => a.from - b.from || b.to - a.to);
  const hidden = new Set<TermOccurrence>();
  let cover: TermOccurrence | null = null;
  for (const occurrence of sorted) {
    if (cover && occurrence.to <= cover.to && cover.term.orgIndex !== occurrence.term.orgIndex && cover.to - cover.from > occurrence.to - occurrence.from) hidden.add(occurrence);
    if (!cover || occurrence.to > cover.to) cover = occurrence;
  }
  return hidden.size === 0 ? occurrences : occurrences.filter((occurrence) => !hidden.has(occurrence));
}
