import type { PredictedLine } from '../score-detection.js';
import type { BuiltSet } from './built-set.js';

/**
 * The baseline the real-data sets are held against: a plain keyword search, as a user would run
 * one — every name, alias and domain of every watched organization looked up case-blind and
 * accent-blind, bounded by non-letters on both sides. A posting that contains one alerts, of the
 * kind its set expects (the search has no notion of kind).
 */
export function predictByKeywordSearch(set: BuiltSet): PredictedLine[] {
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const terms = new Map<string, Set<string>>();
  for (const org of set.watchlist.organizations) {
    for (const term of [org.name, ...org.aliases, ...org.domains]) {
      const folded = fold(term).trim();
      if (folded.length < 2) continue;
      const owners = terms.get(folded) ?? new Set<string>();
      owners.add(org.id);
      terms.set(folded, owners);
    }
  }
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  return set.postings.map((posting) => {
    const text = fold(posting.text);
    const orgs = new Set<string>();
    for (const [term, owners] of terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        if (!isWordChar(text[at - 1]) && !isWordChar(text[at + term.length])) { for (const owner of owners) orgs.add(owner); break; }
      }
    }
    return { id: posting.id, orgs: [...orgs], kind: posting.expect.kind, alert: orgs.size > 0 };
  });
}
