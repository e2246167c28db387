import type { Match } from '../model/analysis.js';
import type { CompiledWatchlist } from './compile-watchlist.js';
import type { ContextWord } from './context-evidence.js';
import type { TermOccurrence } from './find-term-occurrences.js';
import { OTHER_MEANINGS } from './lexicon/ambiguous-words.js';
import { quoteOriginal, type NormalizedText } from './normalize-text.js';
import { describeNormalization } from './describe-normalization.js';

/** How far around a weak term corroboration is looked for, in normalized characters. */
const CONTEXT_RADIUS = 300;

/**
 * Words just before a name that say it is not the victim: excluded ("c'est PAS Médiprix",
 * "not the gov OCS"), cited as an example ("même technique que pour Médiprix"), or used as a
 * tool ("verified with Canada Post lookup"). Normalized text; the name follows directly.
 */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|no|non|pas|nicht|kein|keine|nao|не|ни|without|sans|sin|sem|ohne|except|excluding|hors|nor|isnt|isn't|aren't)(?:\s+\S+){0,2}\s*$/u;
const EXAMPLE_BEFORE = /(?:^|[^\p{L}])(?:same as|similar to|just like|like the|comme pour|comme chez|que pour|como con|como en|wie bei|как у|как с|after the|apres l'affaire|apres le|depuis l'affaire|since the|reminiscent of)(?:\s+\S+){0,1}\s*$/u;
const EXAMPLE_AFTER = /^\s*(?:\S+\s+){0,1}(?:last year|l'an dernier|l'annee derniere|el ano pasado|ano passado|letztes jahr|в прошлом году|back in 20\d\d)/u;
const TOOL_BEFORE = /(?:^|[^\p{L}])(?:verified|checked|validated|confirmed|verifie|verifiee|verifies|valide|validado|verificado|geprueft|проверен\S*)\s+(?:with|via|using|through|on|against|by|avec|par|sur|con|com|mit|через)(?:\s+\S+){0,1}\s*$|(?:^|[^\p{L}])(?:shipping|ships via|shipped with|shipped by|livraison par|expedie par|envio por|versand mit)\s*:?\s*$/u;

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
    const mentions = orgOccurrences.filter((occurrence) => occurrence.term.role !== 'keyword');
    if (mentions.length === 0) continue;
    const matches: Match[] = [];
    let rejected: string | null = null;
    let excluded = false;
    for (const mention of mentions) {
      const before = text.slice(Math.max(0, text.lastIndexOf('\n', mention.from - 1) + 1, mention.from - 60), mention.from);
      const after = text.slice(mention.to, mention.to + 40);
      if (NEGATED_BEFORE.test(before)) { excluded = true; rejected = `excluded by the author ("${quoteOriginal(normalized, mention.from, mention.to)}" after a negation)`; continue; }
      if (EXAMPLE_BEFORE.test(before) || EXAMPLE_AFTER.test(after)) { rejected ??= 'cited as an example, not the victim'; continue; }
      if (TOOL_BEFORE.test(before)) { rejected ??= 'named as a tool or carrier, not the victim'; continue; }
      const weak = mention.term.weak || mention.typo;
      let corroboration: string[] = [];
      if (weak) {
        if (hasOtherMeaning(mention, text)) { rejected ??= `"${quoteOriginal(normalized, mention.from, mention.to)}" used in another meaning`; continue; }
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
  const senses = OTHER_MEANINGS[mention.term.compact];
  if (!senses) return false;
  const next = /^[\s\-:]*([\p{L}\p{N}]+)/u.exec(text.slice(mention.to, mention.to + 40))?.[1];
  const previous = /([\p{L}\p{N}']+)[\s\-:]*$/u.exec(text.slice(Math.max(0, mention.from - 40), mention.from))?.[1];
  return senses.some((sense) => (sense[0] === '+' ? next === sense.slice(1) : previous === sense.slice(1)));
}

function findCorroboration(mention: TermOccurrence, orgOccurrences: TermOccurrence[], context: ContextWord[], sector: string | undefined, country: string | undefined, normalized: NormalizedText): string[] {
  const whole = normalized.text.length <= 2 * CONTEXT_RADIUS;
  const near = (index: number) => whole || Math.abs(index - mention.from) <= CONTEXT_RADIUS;
  const found: string[] = [];
  let weight = 0;
  const quote = (from: number, to: number) => quoteOriginal(normalized, from, to);
  for (const other of orgOccurrences) {
    if (other === mention || !near(other.from) || (other.from < mention.to && other.to > mention.from)) continue;
    if (other.term.role === 'keyword') { found.push(`keyword "${quote(other.from, other.to)}"`); weight += 1; continue; }
    if (other.term.compact === mention.term.compact) continue;
    if (other.term.role === 'domain') { found.push(`domain "${quote(other.from, other.to)}"`); weight += 2; continue; }
    if (!other.term.weak) { found.push(`another of its names "${quote(other.from, other.to)}"`); weight += 2; continue; }
    found.push(`another of its terms "${quote(other.from, other.to)}"`);
    weight += 1;
  }
  for (const word of context) {
    if (!near(word.index) || (word.index >= mention.from && word.index < mention.to)) continue;
    if (word.kind === 'sector' && word.value === sector) { found.push(`sector word "${word.word}"`); weight += 1; }
    if (word.kind === 'country' && word.value === country) { found.push(`country "${word.word}"`); weight += 0.5; }
  }
  return weight >= 1 ? [...new Set(found)] : [];
}
