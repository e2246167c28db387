import type { OrgVerdict } from './judge-mentions.js';

/**
 * "TAGRO é a empresa que compra a soja da vítima; a vítima é a Fazenda Boa Vista", "la vittima è
 * un corriere di Napoli", "Жертва — интернет-магазин «СибДом»": the author says who the victim
 * is. A watched organization named elsewhere in the posting plays another role (buyer, supplier,
 * carrier); one named in that statement keeps its reading. "The victim is not X" says nothing of
 * who it is and is left to the negation rules.
 */
const STATED = /(?:the victim is|la victime est|la v[ií]ctima es|a v[ií]tima [ée]|das opfer ist|la vittima [èe]|жертва\s?(?:—|–|-|:|это))\s/giu;
const NOT_AFTER = /^(?:not|pas|no|não|nao|nicht|non|не|ни)(?![\p{L}])/iu;
/** How far the statement reaches after its words: the victim's name and where it is. */
const STATEMENT_REACH = 80;

export interface StatedVictim {
  from: number;
  to: number;
}

export function statedVictim(text: string): StatedVictim | null {
  for (const found of text.matchAll(STATED)) {
    const end = found.index! + found[0].length;
    if (NOT_AFTER.test(text.slice(end, end + 6))) continue;
    const rest = text.slice(end, end + STATEMENT_REACH);
    const stop = rest.search(/[.;!?\n]/u);
    return { from: found.index!, to: end + (stop === -1 ? rest.length : stop) };
  }
  return null;
}

/** The verdicts with organizations named outside the author's statement of the victim set aside. */
export function outsideStatedVictim(verdicts: OrgVerdict[], stated: StatedVictim): OrgVerdict[] {
  return verdicts.map((verdict) => {
    if (verdict.matches.length === 0) return verdict;
    if (verdict.matches.some((match) => match.start >= stated.from && match.start < stated.to)) return verdict;
    return { orgIndex: verdict.orgIndex, matches: [], rejected: `"${verdict.matches[0]!.quote}" is named outside the author's statement of who the victim is: another role, not the victim` };
  });
}
