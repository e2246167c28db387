import type { Match } from '../model/analysis.js';
import type { CompiledWatchlist } from './compile-watchlist.js';
import type { ContextWord } from './context-evidence.js';
import type { TermOccurrence } from './find-term-occurrences.js';
import { LEGAL_FORMS, MARKET_JARGON, OTHER_MEANINGS } from './lexicon/ambiguous-words.js';
import { quoteOriginal, type NormalizedText } from './normalize-text.js';
import { describeNormalization } from './describe-normalization.js';

/** How far around a weak term corroboration is looked for, in normalized characters. */
const CONTEXT_RADIUS = 300;

/**
 * Words just before a name that say it is not the victim: excluded ("c'est PAS Médiprix",
 * "not the gov OCS"), cited as an example ("même technique que pour Médiprix"), or used as a
 * tool ("verified with Canada Post lookup"). Normalized text; the name follows directly.
 */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|no|non|pas|nicht|kein|keine|nao|не|ни|without|sans|sin|sem|ohne|except|excluding|hors|nor|isnt|isn't|aren't)(?:\s+\S+){0,3}\s*$/u;
const EXAMPLE_BEFORE = /(?:^|[^\p{L}])(?:same as|similar to|just like|like the|comme pour|comme chez|que pour|como con|como en|wie bei|как у|как с|after the|apres l'affaire|apres le|depuis l'affaire|since the|reminiscent of)(?:\s+\S+){0,1}\s*$/u;
const EXAMPLE_AFTER = /^\s*(?:\S+\s+){0,2}(?:last (?:year|month|week)|l'an dernier|l'annee derniere|le mois dernier|el (?:ano|mes) pasado|(?:ano|mes) passado|letzte[ns]? (?:jahr|monat)|в прошлом (?:году|месяце)|back in 20\d\d)/u;
/** "more complete than Magalu's", "mejor que la de Azteca": the name is the yardstick, not the victim. */
const COMPARED_BEFORE = /(?:^|[^\p{L}])(?:cheaper|moins cher|mas barato|mais barato|billiger|дешевле|piu economico|more|better|bigger|fresher|newer|larger|mais|melhor|maior|plus|mieux|meilleur\S*|mas|mejor|mayor|mehr|besser|grosser|neuer|больше|лучше|свежее|piu|meglio)\s+(?:\S+\s+){0,2}(?:than|que|als|чем|di|del|della|che)(?:\s+\S+){0,3}\s*$/u;
const TOOL_BEFORE = /(?:^|[^\p{L}])(?:verified|checked|validated|confirmed|verifie|verifiee|verifies|valide|validado|verificado|geprueft|проверен\S*)\s+(?:with|via|using|through|on|against|by|avec|par|sur|con|com|mit|через)(?:\s+\S+){0,1}\s*$|(?:^|[^\p{L}])(?:shipping|ships via|shipped with|shipped by|livraison par|expedie par|envio por|versand mit)\s*:?\s*$/u;
/** "Envío desde España — por Correos certificado": a shipping word, then the carrier. */
const CARRIER_BEFORE = /(?:ship\S*|deliver\S*|envio\S*|enviad\S*|livr\S*|expedi\S*|versand\S*|versendet|spedi\S*|entrega\S*|доставк\S*|отправк\S*)[^.\n]{0,60}(?:^|[^\p{L}])(?:por|via|par|with|by|con|mit|com|через|avec)\s*$/u;

export interface OrgVerdict {
  orgIndex: number;
  /** The mentions that make the organization a victim of this posting. */
  matches: Match[];
  /** Why the organization was named but is not the victim, when it is not. */
  rejected: string | null;
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
  for (const occurrence of occurrences) {
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
    let excluded = false;
    for (const mention of mentions) {
      const before = text.slice(Math.max(0, mention.from - 60), mention.from).split('\n').at(-1)!;
      const after = text.slice(mention.to, mention.to + 40);
      if (NEGATED_BEFORE.test(before)) { excluded = true; rejected = `excluded by the author ("${quoteOriginal(normalized, mention.from, mention.to)}" after a negation)`; continue; }
      if (EXAMPLE_BEFORE.test(before) || EXAMPLE_AFTER.test(after) || COMPARED_BEFORE.test(before)) { rejected ??= 'cited as an example or a comparison, not the victim'; continue; }
      if (TOOL_BEFORE.test(before) || CARRIER_BEFORE.test(text.slice(Math.max(0, mention.from - 100), mention.from).split('\n').at(-1)!)) { rejected ??= 'named as a tool or carrier, not the victim'; continue; }
      const namesake = foreignNamesake(mention, context, organization.country, normalized);
      if (namesake) { rejected ??= `"${quoteOriginal(normalized, mention.from, mention.to)}" is placed in another country (${namesake}): a namesake`; continue; }
      const weak = mention.term.weak || mention.typo;
      let corroboration: string[] = [];
      if (weak) {
        if (hasOtherMeaning(mention, text)) { rejected ??= `"${quoteOriginal(normalized, mention.from, mention.to)}" used in another meaning`; continue; }
        const elsewhere = foreignCountry(mention, context, organization.country, text);
        if (elsewhere) { rejected ??= `weak term "${quoteOriginal(normalized, mention.from, mention.to)}" placed in another country (${elsewhere})`; continue; }
        corroboration = findCorroboration(mention, orgOccurrences, context, organization.sector, organization.country, normalized);
        if (corroboration.length === 0) { rejected ??= `weak term "${quoteOriginal(normalized, mention.from, mention.to)}" without corroboration`; continue; }
      }
      const start = normalized.starts[mention.from]!;
      const end = normalized.ends[mention.to - 1]!;
      matches.push({
        org: organization.id,
        term: mention.term.term,
        how: [mention.typo ? 'typo' : mention.term.role, mention.place, ...describeNormalization(normalized.original.slice(start, end), mention.term.term)].filter(Boolean).join(', '),
        start, end, quote: normalized.original.slice(start, end), weak, corroboration,
      });
    }
    verdicts.push({ orgIndex, matches: excluded ? [] : matches, rejected: excluded || matches.length === 0 ? rejected : null });
  }
  return verdicts;
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

function findCorroboration(mention: TermOccurrence, orgOccurrences: TermOccurrence[], context: ContextWord[], sector: string | undefined, country: string | undefined, normalized: NormalizedText): string[] {
  const whole = normalized.text.length <= 2 * CONTEXT_RADIUS;
  const near = (index: number) => whole || Math.abs(index - mention.from) <= CONTEXT_RADIUS;
  const found: string[] = [];
  let weight = 0;
  // The country, however often it is named, is half a corroboration: a flag and "Canada" next
  // to "CPC" in an ad for cost-per-click traffic must not add up to Canada Post.
  let countryWeight = 0;
  const jargon = MARKET_JARGON.has(mention.term.compact);
  const quote = (from: number, to: number) => quoteOriginal(normalized, from, to);
  const countryWordAt = new Set(context.filter((word) => word.kind === 'country').map((word) => word.index));
  for (const other of orgOccurrences) {
    if (other === mention || !near(other.from) || (other.from < mention.to && other.to > mention.from)) continue;
    if (other.term.role === 'keyword') {
      found.push(`keyword "${quote(other.from, other.to)}"`);
      if (countryWordAt.has(other.from)) countryWeight = 0.5; else weight += 1;
      continue;
    }
    if (other.term.compact === mention.term.compact) continue;
    if (other.term.role === 'domain') { found.push(`domain "${quote(other.from, other.to)}"`); weight += 2; continue; }
    if (!other.term.weak) { found.push(`another of its names "${quote(other.from, other.to)}"`); weight += 2; continue; }
    found.push(`another of its terms "${quote(other.from, other.to)}"`);
    weight += 1;
  }
  for (const word of context) {
    if (jargon || !near(word.index) || (word.index >= mention.from && word.index < mention.to)) continue;
    if (word.kind === 'sector' && word.value === sector) { found.push(`sector word "${word.word}"`); weight += 1; }
    if (word.kind === 'country' && word.value === country) { found.push(`country "${word.word}"`); countryWeight = 0.5; }
  }
  // "Vivo BR", "Boots UK": the organization's country code written in capitals right after the name.
  const originalAfter = normalized.original.slice(normalized.ends[mention.to - 1], normalized.ends[mention.to - 1]! + 4);
  if (!jargon && country && new RegExp(`^[\\s(]*${country === 'GB' ? '(?:GB|UK)' : country}(?![\\p{L}])`, 'u').test(originalAfter)) { found.push(`country code "${country}"`); weight += 1; }
  return weight + countryWeight >= 1 ? [...new Set(found)] : [];
}

/** Country-code top-level domains that name a country ("migros.com.tr"); generic ones (.co, .io, .tv) are left out. */
const CCTLD: Record<string, string> = { tr: 'TR', vn: 'VN', br: 'BR', ar: 'AR', mx: 'MX', cl: 'CL', pe: 'PE', es: 'ES', pt: 'PT', fr: 'FR', be: 'BE', ch: 'CH', de: 'DE', at: 'AT', it: 'IT', nl: 'NL', pl: 'PL', uk: 'GB', ie: 'IE', ca: 'CA', au: 'AU', nz: 'NZ', in: 'IN', ru: 'RU', ua: 'UA', ma: 'MA', za: 'ZA', ng: 'NG', ke: 'KE', jp: 'JP', kr: 'KR', cn: 'CN', se: 'SE', no: 'NO', dk: 'DK', fi: 'FI', ro: 'RO', gr: 'GR', cz: 'CZ', hu: 'HU', id: 'ID', my: 'MY', ph: 'PH', th: 'TH', sg: 'SG', il: 'IL', eg: 'EG', tn: 'TN', dz: 'DZ' };

/**
 * A name placed right away in another country than the organization's ("Migros Türkiye
 * (migros.com.tr)", "Sanitas Krankenversicherung (Schweiz)") is a namesake, unless the
 * organization's own country is named too.
 */
function foreignNamesake(mention: TermOccurrence, context: ContextWord[], country: string | undefined, normalized: NormalizedText): string | null {
  if (!country) return null;
  const text = normalized.text;
  if (context.some((word) => word.kind === 'country' && word.value === country)) return null;
  const near = context.find((word) => word.kind === 'country' && word.index >= mention.to && word.index - mention.to <= 50 && word.value !== country);
  if (near && !/[\n.;!?]/.test(text.slice(mention.to, near.index))) return near.word;
  const domain = /^[^\n]{0,50}?(?<![\p{L}\p{N}-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2})(?![\p{L}\p{N}.-])/u.exec(text.slice(mention.to, mention.to + 80));
  const tld = domain ? CCTLD[domain[1]!] : undefined;
  if (tld && tld !== country) return `.${domain![1]}`;
  return null;
}

/**
 * A weak term set in another country than the organization's ("Farmacias del Sol (Mendoza,
 * Argentina)" for a Spanish chain called Sol) is a namesake: the country named nearest to it,
 * within its sentence, decides.
 */
function foreignCountry(mention: TermOccurrence, context: ContextWord[], country: string | undefined, text: string): string | null {
  if (!country) return null;
  const sentenceStart = Math.max(0, mention.from - 120);
  const sentenceEnd = Math.min(text.length, mention.to + 120);
  const countries = context.filter((word) => word.kind === 'country' && word.index >= sentenceStart && word.index < sentenceEnd);
  if (countries.length === 0 || countries.some((word) => word.value === country)) return null;
  return countries[0]!.word;
}
