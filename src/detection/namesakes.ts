import type { ContextWord } from './context-evidence.js';
import type { TermOccurrence } from './find-term-occurrences.js';
import { normalizeText, quoteOriginal, type NormalizedText } from './normalize-text.js';

/** Country-code top-level domains that name a country ("migros.com.tr"); generic ones (.co, .io, .tv) are left out. */
export const CCTLD: Record<string, string> = { tr: 'TR', vn: 'VN', br: 'BR', ar: 'AR', mx: 'MX', cl: 'CL', pe: 'PE', es: 'ES', pt: 'PT', fr: 'FR', be: 'BE', ch: 'CH', de: 'DE', at: 'AT', it: 'IT', nl: 'NL', pl: 'PL', uk: 'GB', ie: 'IE', ca: 'CA', au: 'AU', nz: 'NZ', in: 'IN', ru: 'RU', ua: 'UA', ma: 'MA', za: 'ZA', ng: 'NG', ke: 'KE', jp: 'JP', kr: 'KR', cn: 'CN', se: 'SE', no: 'NO', dk: 'DK', fi: 'FI', ro: 'RO', gr: 'GR', cz: 'CZ', hu: 'HU', id: 'ID', my: 'MY', ph: 'PH', th: 'TH', sg: 'SG', il: 'IL', eg: 'EG', tn: 'TN', dz: 'DZ' };

/** Where an organization is at home: its country, and for a multinational more than one. */
export interface OrganizationPlaces {
  country: string | undefined;
  /** Countries its aliases and domains name ("GLS Italy", gls-spain.es): more than one means it operates abroad. */
  countries: ReadonlySet<string>;
}

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
  if (weak) {
    const nearby = context.find((word) => word.kind === 'country' && !inMention(word) && Math.abs(word.index - mention.from) <= 120);
    if (nearby) return nearby.word;
  }
  const near = context.find((word) => word.kind === 'country' && word.index >= mention.to && word.index - mention.to <= 50);
  if (near && !/[\n.;!?]/.test(text.slice(mention.to, near.index))) return near.word;
  const domain = /^[^\n]{0,50}?(?<![\p{L}\p{N}-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2})(?![\p{L}\p{N}.-])/u.exec(text.slice(mention.to, mention.to + 80));
  const tld = domain ? CCTLD[domain[1]!] : undefined;
  if (tld && tld !== country) return `.${domain![1]}`;
  return null;
}

const CONNECTOR = String.raw`(?:di|de|del|della|des|du|da|do|dos|das|of|von|van|der)`;
/** Words that make "<acronym> <Word>" the name of another organization: "GLS Bank", "RD Station". */
const ORGANIZATION_NOUNS = new Set(['bank', 'banco', 'banque', 'banca', 'group', 'groupe', 'gruppo', 'grupo', 'gruppe', 'station', 'holding', 'holdings', 'insurance',
  'assurance', 'assurances', 'versicherung', 'versicherungen', 'seguros', 'assicurazioni', 'telecom', 'university', 'universidad', 'universite', 'universita',
  'college', 'school', 'hospital', 'clinic', 'labs', 'capital', 'partners', 'consulting', 'solutions', 'systems', 'technologies', 'software', 'media', 'airlines',
  'airways', 'motors', 'energy', 'foods', 'pharma', 'maxx', 'games', 'studio', 'studios', 'records', 'ventures', 'fund', 'trust']);

/**
 * A name inside a longer proper name is someone else: "Politecnico di Torino" for the
 * watched "Politecnico di Milano", "Farmacias del Sol" for "Sol", "GLS Bank" for GLS, "RD
 * Station" for RD. Had it been one of the organization's own longer names, that name would
 * have matched instead.
 */
export function isInsideAnotherName(mention: TermOccurrence, normalized: NormalizedText, ownNames: readonly string[], weak: boolean): boolean {
  const end = normalized.ends[mention.to - 1]!;
  const originalAfter = normalized.original.slice(end, end + 40);
  const continued = new RegExp(`^ (${CONNECTOR}) (\\p{Lu}[\\p{L}-]*)`, 'u').exec(originalAfter);
  if (continued) {
    const longer = normalizeText(`${quoteOriginal(normalized, mention.from, mention.to)} ${continued[1]} ${continued[2]}`).text;
    if (!ownNames.some((name) => name.startsWith(longer))) return true;
  }
  if (!weak) return false;
  const nextWord = /^ (\p{Lu}[\p{L}]+)/u.exec(originalAfter)?.[1];
  if (nextWord && ORGANIZATION_NOUNS.has(normalizeText(nextWord).text)) return true;
  const originalBefore = normalized.original.slice(Math.max(0, normalized.starts[mention.from]! - 30), normalized.starts[mention.from]);
  return new RegExp(`\\p{Lu}\\p{Ll}+ ${CONNECTOR} $`, 'u').test(originalBefore);
}
