import type { ContextWord } from './context-evidence.js';
import type { OrganizationPlaces, TermOccurrence } from './compiled-watchlist.js';
import { CCTLD } from './lexicon/country-domains.js';
import { normalizedTextOf, quoteOriginal, type NormalizedText } from './normalize-text.js';
import { commonWords } from './lexicon/common-words.js';
import { tradeOf } from './lexicon/business-nouns.js';
import { SUBDIVISION_CODES } from './lexicon/subdivision-codes.js';
import { genericMeaningOf } from './name-variants.js';
import { lineBefore } from './clause-roles.js';


const KNOWN_COUNTRY_CODES = new Set([...Object.values(CCTLD), 'US', 'GB']);


/**
 * The same name in another country is a namesake: "Migros Türkiye (migros.com.tr)" for the
 * Swiss Migros, "Sanitas Krankenversicherung (Schweiz)" for the Spanish one. A country word or
 * a country-code domain right after the name decides, unless the organization's own country
 * is named too, its own domain is in the text, or it operates in several countries (a
 * multinational's "GLS Italy" is GLS). Weak terms are judged within their whole sentence.
 */
export function namesakeCountry(mention: TermOccurrence, weak: boolean, context: ContextWord[], places: OrganizationPlaces, normalized: NormalizedText, ownDomainInText: boolean): string | null {
  const { country } = places;
  if (!country || ownDomainInText || places.countries.size > 1) return null;
  const text = normalized.text;
  if (context.some((word) => word.kind === 'country' && word.value === country)) return null;
  const inMention = (word: ContextWord) => word.index >= mention.from && word.index < mention.to;
  // "servidor da CDL pemba (porto)": a word the organization's own keywords use ("porto", the port) places it nowhere else.
  const placesElsewhere = (word: ContextWord) => word.kind === 'country' && !places.ownWords.has(word.word);
  if (weak) {
    const nearby = context.find((word) => placesElsewhere(word) && !inMention(word) && Math.abs(word.index - mention.from) <= 120);
    if (nearby) return nearby.word;
  }
  // "Air Miles UK", "GLS DE": a country code in capitals right after the name.
  const end = normalized.ends[mention.to - 1]!;
  const code = /^ \(?([A-Z]{2})\)?(?![\p{L}])/u.exec(normalized.original.slice(end, end + 6))?.[1];
  const codeCountry = code === 'UK' ? 'GB' : code;
  const ownSubdivision = code !== undefined && SUBDIVISION_CODES[country]?.has(code) === true;
  // "Prince Bishops AT" for Prince Bishops Academy Trust: the initials of the rest of its own name, not Austria.
  const ownTail = code !== undefined && isInitialsOfOwnTail(text.slice(mention.from, mention.to), code, places.ownNames);
  if (codeCountry && KNOWN_COUNTRY_CODES.has(codeCountry) && codeCountry !== country && !places.countries.has(codeCountry) && !ownSubdivision && !ownTail) return code!;
  const near = context.find((word) => placesElsewhere(word) && word.index >= mention.to && word.index - mention.to <= 50);
  if (near && !/[\n.;!?]/.test(text.slice(mention.to, near.index))) return near.word;
  const domain = /^[^\n]{0,50}?(?<![\p{L}\p{N}-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2})(?![\p{L}\p{N}.-])/u.exec(text.slice(mention.to, mention.to + 80));
  const tld = domain ? CCTLD[domain[1]!] : undefined;
  if (tld && tld !== country) return `.${domain![1]}`;
  return null;
}

/** Whether `code` is the initials of the words one of its own names has after `written` ("academy trust" → AT). */
function isInitialsOfOwnTail(written: string, code: string, ownNames: readonly string[]): boolean {
  const lower = code.toLowerCase();
  return ownNames.some((name) => name.startsWith(`${written} `)
    && name.slice(written.length + 1).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => word[0]).join('') === lower);
}

/**
 * What made a mention part of another name: a connector and a proper noun ("Politecnico di
 * Torino"), an organization noun ("GLS Bank", "Colegio X"), a capitalized word after a weak
 * one-word name ("Sol Surf"), or the acronym spelled out as another body. The capitalized word
 * is the weakest: after a victim field it is as often the victim's town ("ASAM Iasi").
 */
export type NameEvidence = 'longer name' | 'organization noun' | 'capitalized word' | 'spelled out';

const CONNECTOR = String.raw`(?:di|de|del|della|des|du|da|do|dos|das|of|von|van|der)`;
/**
 * Words that make "<name> <Word>" the name of another organization: "GLS Bank", "RD Station",
 * "Nectar Sleep" — unless the word is one of the organization's own (a bank's "BCP Bank").
 * "Group", "Holding" and legal forms are not here: "Grupo Médiprix" is Médiprix.
 */
const ORGANIZATION_NOUNS = new Set(['bank', 'banco', 'banque', 'banca', 'station', 'insurance',
  'assurance', 'assurances', 'versicherung', 'versicherungen', 'seguros', 'assicurazioni', 'telecom', 'university', 'universidad', 'universite', 'universita',
  'college', 'school', 'hospital', 'clinic', 'labs', 'capital', 'partners', 'consulting', 'solutions', 'systems', 'technologies', 'software', 'media', 'airlines',
  'airways', 'motors', 'energy', 'foods', 'pharma', 'maxx', 'games', 'studio', 'studios', 'records', 'ventures', 'fund', 'trust', 'banking', 'colegio', 'escuela',
  'ecole', 'scuola', 'liceo', 'instituto', 'istituto', 'institut', 'fundacion', 'fondation', 'stiftung', 'sleep', 'bancorp', 'financial', 'securities']);
/** Words before a name that make it another organization's: "Colegio Albert Einstein". */
const PRECEDING_ORGANIZATION_NOUNS = new Set(['colegio', 'escuela', 'ecole', 'scuola', 'liceo', 'instituto', 'istituto', 'institut', 'fundacion', 'fondation',
  'stiftung', 'school', 'college', 'lycee', 'academy', 'academie', 'port', 'porto', 'puerto', 'hafen', 'royal', 'mairie', 'commune', 'comune', 'municipio',
  'ayuntamiento', 'prefeitura', 'gemeente', 'airport', 'aeroport', 'museum', 'musee', 'club', 'team',
  // Russian and Ukrainian legal forms come before the name: "ООО «Ромашка»" is some company of that name.
  'ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'тов', 'пп']);
const LEGAL_FORMS_BEFORE = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'тов', 'пп']);
/** Words after a name, in capitals, that make it a club or another company: "ROYAL ANTWERP FC". */
const SPORTS_AND_LEGAL_SUFFIXES = new Set(['fc', 'sc', 'ac', 'cf', 'afc', 'tv', 'sv', 'vfb', 'vfl', 'bk', 'if', 'llp']);

/** "X of Y": a connector and a capitalized word carry a name on (compiled once, not per mention). */
const CONTINUED_BY_CONNECTOR = new RegExp(`^ (${CONNECTOR}) (\\p{Lu}[\\p{L}-]*)`, 'u');
// Not German "von" and "der": German capitalizes every noun, and "Kundenportal von NLT", "Daten der
// NLT" say whose portal and data, not a longer name.
const CAPITALIZED_WORD_AND_CONNECTOR_BEFORE = /(\p{Lu}\p{Ll}+) (?:di|de|del|della|des|du|da|do|dos|das|of|van) $/u;

/**
 * A name inside a longer proper name is someone else: "Politecnico di Torino" for the
 * watched "Politecnico di Milano", "Farmacias del Sol" for "Sol", "GLS Bank" for GLS, "RD
 * Station" for RD. Had it been one of the organization's own longer names, that name would
 * have matched instead.
 */
export function isInsideAnotherName(mention: TermOccurrence, normalized: NormalizedText, ownNames: readonly string[], weak: boolean, ownWords: ReadonlySet<string>, nameWords: ReadonlySet<string>): NameEvidence | null {
  const end = normalized.ends[mention.to - 1]!;
  const start = normalized.starts[mention.from]!;
  const originalAfter = normalized.original.slice(end, end + 40);
  const originalBefore = normalized.original.slice(Math.max(0, start - 30), start);
  const quote = quoteOriginal(normalized, mention.from, mention.to);
  const isOwn = (longer: string) => ownNames.some((name) => name.includes(normalizedTextOf(longer)));
  const continued = CONTINUED_BY_CONNECTOR.exec(originalAfter);
  if (continued && !isOwn(`${quote} ${continued[1]} ${continued[2]}`)) return 'longer name';
  // "App 'Saúde Viva Mais'", "«Ромашка Плюс»": quotes close around a longer name than the watched one.
  if (/[«"„“‘'][ ]?$/u.test(originalBefore)) {
    const quotedRest = /^((?: [\p{Lu}\p{N}][\p{L}\p{N}&-]*){1,3})[»"”’']/u.exec(originalAfter)?.[1];
    if (quotedRest && !isOwn(`${quote}${quotedRest}`)) return 'longer name';
  }
  // "Wells Fargo", "Lloyds Bank", "Nectar Sleep": an organization noun after the name, or — for
  // a weak one-word name — any capitalized word that reads as a name (not an ordinary word),
  // none of the organization's own words, keywords, country or sector, makes a longer name.
  const nextWord = /^ (\p{Lu}[\p{Ll}]+)(?![\p{L}])/u.exec(originalAfter)?.[1];
  if (nextWord) {
    const word = normalizedTextOf(nextWord);
    // Short: German writes every noun in capitals, and "Apothekenstammdaten" is no name.
    const oneWordWeak = weak && mention.term.breaks.size === 0 && !commonWords().has(word) && word.length <= 9;
    if (ORGANIZATION_NOUNS.has(word) && !ownWords.has(word) && !isOwn(`${quote} ${nextWord}`)) return 'organization noun';
    // Not after a host ("lindenapotheken.de Shop-DB"), nor a compound's first part ("Shop-DB").
    if (mention.term.role !== 'domain' && !originalAfter.startsWith(`${nextWord}-`, 1) && isOtherGenericWord(word, nameWords) && !isOwn(`${quote} ${nextWord}`)) return 'organization noun';
    if (oneWordWeak && !ownWords.has(word) && !isOwn(`${quote} ${nextWord}`)) return 'capitalized word';
  }
  // "Colegio Albert Einstein", "Mairie de Malakoff", "PORT OF ANTWERP", "ROYAL ANTWERP FC".
  const previous = /(\p{Lu}[\p{L}]+)(?: (?:de|d'|of|di|du|von|van|del|da|do)|) ?$/iu.exec(originalBefore.replace(/[’']$/u, "' ").replace(/ ?[«"„“]$/u, ' '));
  // "Pierce College Pierce College creates…": a noun of the organization's own name (the end of the
  // same name written twice) makes no other name.
  const previousNoun = previous ? normalizedTextOf(previous[1]!) : '';
  // A legal form before a full name of several words is that name's own ("ООО «Камский Агрегатный
  // Завод»"); before a one-word alias it is some company of that name ("ООО «Ромашка»").
  const isLegalForm = LEGAL_FORMS_BEFORE.has(previousNoun);
  if (previous && mention.term.role !== 'domain' && isOtherGenericWord(previousNoun, nameWords) && !isOwn(`${previous[0].trim()} ${quote}`)) return 'organization noun';
  if (previous && PRECEDING_ORGANIZATION_NOUNS.has(previousNoun) && !nameWords.has(previousNoun) && !(isLegalForm && mention.term.breaks.size > 0) && !isOwn(`${previous[0].trim()} ${quote}`)) return 'organization noun';
  const nextCaps = /^ ([A-Z]{2,5})(?![\p{L}])/u.exec(originalAfter)?.[1];
  if (nextCaps && SPORTS_AND_LEGAL_SUFFIXES.has(nextCaps.toLowerCase()) && !ownWords.has(nextCaps.toLowerCase())) return 'organization noun';
  // "CSS (Complémentaire santé solidaire)", "BOL (Brasil Online / UOL)": an acronym spelled out
  // as something that shares no word with the organization's names and keywords.
  if (weak) {
    const expansion = /^ ?\(([^)]{6,80})\)/u.exec(originalAfter)?.[1];
    if (expansion && mention.term.compact.length <= 5) {
      const words = normalizedTextOf(expansion).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4);
      const capitalized = /^\s*\p{Lu}/u.test(expansion);
      if (capitalized && words.length >= 2 && !words.some((word) => nameWords.has(word) || [...nameWords].some((own) => own.length >= 5 && word.startsWith(own.slice(0, 5))))) return 'spelled out';
    }
  }
  if (quote === quote.toUpperCase() && (isAfterOtherExpansion(mention, originalBefore, nameWords) || isBeforeOtherExpansion(mention, originalAfter, nameWords))) return 'spelled out';
  if (!weak) return null;
  // "Politecnico di Torino", but not the organization's own word before it: "Banco do Obo" is Banco
  // Obô. Unless the name is one letter off: "Comune di Montevarchi" is another town than Montevarchio.
  const longer = CAPITALIZED_WORD_AND_CONNECTOR_BEFORE.exec(originalBefore);
  return longer && (mention.typo || !nameWords.has(normalizedTextOf(longer[1]!))) ? 'longer name' : null;
}

/** Articles and quotes that may stand between a business noun and its name: "Agriturismo Il Girasole", "hotel 'Villa Serena'". */
const ARTICLE = /^(?:il|lo|la|le|les|l|el|los|las|o|a|os|as|die|der|das|the|de|di|du|da|do)$/u;

/**
 * "Hotel Alpenblick" for the clinic Alpenblick, "Onda Energia" for the telecom Onda: a business
 * noun right before the name (past an article or a quote) or right after it, of a trade the
 * organization is not in, names another body. Returns that noun, or null. Only for an
 * organization whose trades are known, and never for a noun that is one of its own words.
 */
export function otherTradeNoun(mention: TermOccurrence, normalized: NormalizedText, places: OrganizationPlaces): string | null {
  if (places.trades.size === 0 || mention.term.role === 'domain') return null;
  const text = normalized.text;
  const words = (slice: string) => slice.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const before = words(lineBefore(text, mention.from, 40));
  const after = words(text.slice(mention.to, mention.to + 40).split('\n')[0]!);
  // Only what touches the name: a separator such as " — " or ":" ends the name.
  const touchesBefore = /^[\s«"'“„‘(]*$/u.test(text.slice(Math.max(0, mention.from - 3), mention.from).replace(/[\p{L}\p{N}]/gu, '')) || /[\p{L}\p{N}]\s*[«"'“„‘]?\s*$/u.test(text.slice(Math.max(0, mention.from - 4), mention.from));
  const touchesAfter = /^[\s»"'”]*[\p{L}]/u.test(text.slice(mention.to, mention.to + 4));
  const candidates: string[] = [];
  if (touchesBefore) {
    const last = before.at(-1);
    if (last && ARTICLE.test(last) && before.length >= 2) candidates.push(before.at(-2)!);
    else if (last) candidates.push(last);
  }
  // "CALZATURIFICIO FERMANO shop online", "X tienda online": any business's web shop, not a trade of its own.
  const webShop = after[1] === 'online' || (after[1] === 'en' && after[2] === 'ligne');
  if (touchesAfter && after[0] && !webShop) candidates.push(after[0]);
  for (const word of candidates) {
    const trade = tradeOf(word);
    if (trade && !places.trades.has(trade) && !places.ownWords.has(word)) return word;
  }
  return null;
}

/**
 * "Coral Vista Unified (CVUSD)": the acronym in brackets after the words it abbreviates, whose
 * first two are none of the organization's own words, is another body's ("Cedar Valley Unified
 * School District (CVUSD)" is the watched one's own).
 */
function isAfterOtherExpansion(mention: TermOccurrence, originalBefore: string, nameWords: ReadonlySet<string>): boolean {
  const acronym = mention.term.compact;
  if (acronym.length < 2 || acronym.length > 6 || !/\($/u.test(originalBefore.trimEnd())) return false;
  const before = originalBefore.trimEnd().slice(0, -1).trim().split(/\s+/u).slice(-6);
  const capitalized: string[] = [];
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const word = before[index]!;
    if (/^\p{Lu}/u.test(word)) capitalized.unshift(word);
    else if (!/^(?:de|of|di|du|del|da|do|von|der|la|y|e|et|and|und)$/iu.test(word)) break;
  }
  const words = capitalized.map((word) => normalizedTextOf(word));
  // "Banca Popolare di Vicenza (BPV)" for Banca Popolare Valtrebbia: every letter spelled out,
  // one of the words not the organization's.
  for (let start = 0; start + acronym.length <= words.length; start += 1) {
    const run = words.slice(start, start + acronym.length);
    if (run.every((word, k) => word[0] === acronym[k])) return run.some((word) => !nameWords.has(word));
  }
  for (let start = 0; start + 1 < words.length; start += 1) {
    const [first, second] = [words[start]!, words[start + 1]!];
    if (first[0] === acronym[0] && second[0] === acronym[1]) return !nameWords.has(first) && !nameWords.has(second);
  }
  return false;
}

/**
 * "Pampa Sur Seguros" for Banco Pampa Sur, "Farmacia Lanterna" for Clinica Lanterna: a generic word
 * next to the name that means another kind of body than the generic words of the organization's
 * own names. An organization whose names have none ("Pampa Sur") may be anything of that name.
 */
function isOtherGenericWord(word: string, nameWords: ReadonlySet<string>): boolean {
  const meaning = genericMeaningOf(word);
  if (!meaning) return false;
  let hasGeneric = false;
  for (const own of nameWords) {
    const ownMeaning = genericMeaningOf(own);
    if (ownMeaning === meaning) return false;
    hasGeneric ||= ownMeaning !== undefined && ownMeaning !== 'group';
  }
  return hasGeneric && meaning !== 'group';
}

/** "BPV, la Banca Popolare di Vicenza: …": the acronym, then what it stands for, as an apposition. */
const APPOSITION = /^,?\s+(?:(?:la|il|lo|the|el|le|a|o|die|der|das)\s+)?(\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}[\p{L}'-]*|de|di|del|della|da|do|du|of|von|y|e|et|and|und)){1,7})/u;

function isBeforeOtherExpansion(mention: TermOccurrence, originalAfter: string, nameWords: ReadonlySet<string>): boolean {
  const acronym = mention.term.compact;
  const apposition = acronym.length >= 2 && acronym.length <= 6 ? APPOSITION.exec(originalAfter.slice(0, 120)) : null;
  if (!apposition) return false;
  const words = apposition[1]!.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => normalizedTextOf(word));
  if (words.length < acronym.length) return false;
  const run = words.slice(0, acronym.length);
  return run.every((word, k) => word[0] === acronym[k]) && run.some((word) => !nameWords.has(word));
}

/**
 * "Canopy (accounting practice-management SaaS, US)", "Kroll (консалтинг, банкротства FTX)": a
 * description in brackets right after the name that gives a kind of business (the nouns of
 * lexicon/business-nouns.ts, not the looser sector words), none of them the organization's,
 * describes another body. Returns the word that said so, or null.
 */
export function describedAsOtherTrade(mention: TermOccurrence, normalized: NormalizedText, places: OrganizationPlaces, sector: string | undefined): string | null {
  if (places.trades.size === 0) return null;
  const text = normalized.text;
  const description = /^\s*\(([^()\n]{3,100})\)/u.exec(text.slice(mention.to, mention.to + 110));
  if (!description) return null;
  const said: { word: string; trade: string }[] = [];
  for (const word of description[1]!.split(/[^\p{L}\p{N}]+/u)) {
    const trade = tradeOf(word);
    if (trade) said.push({ word, trade });
  }
  if (said.length === 0) return null;
  const own = (trade: string) => places.trades.has(trade) || trade === sector;
  return said.some((entry) => own(entry.trade)) ? null : said[0]!.word;
}
