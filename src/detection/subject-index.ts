import type { Organization } from '../model/organization.js';
import { toCompactTerm, toCompactView } from './compact-view.js';
import { toHostName, toSiteLabel } from './host-names.js';
import { normalizedTextOf } from './normalize-text.js';
import { nameVariants } from './name-variants.js';
import { NAME_FORM_WORDS } from './lexicon/ambiguous-words.js';
import { commonWords } from './lexicon/common-words.js';
import { scanVocabulary } from './lexicon/vocabulary.js';


export interface SubjectKey {
  orgIndex: number;
  /** As written in the watchlist. */
  term: string;
  /** How the key was made from the watchlist (name, alias, domain, site name, a variant), said in the match explanation. */
  how: string;
}

/**
 * Every watched name, alias and domain in the form a leak site's victim field or title is
 * compared with: letters and digits only, legal forms and group words at the ends dropped
 * ("Southwark Metal Manufacturing Co" → southwarkmetalmanufacturing), and each domain both
 * whole (examplech) and by its label (example). Sorted keys serve titles the site cut short.
 */
export interface SubjectIndex {
  byKey: Map<string, SubjectKey[]>;
  /** The keys of names as written (not their variants), sorted: titles the site cut short are read against them. */
  sortedKeys: string[];
  /** Letters in the longest key: a run of a field's words longer than that (and a letter) is none. */
  longestKey: number;
  /** Every key, variants included, sorted: whether a run of words starts one is a binary search. */
  allKeys: string[];
  /** The first three letters of the keys a slip is forgiven in (MIN_TYPO_KEY letters or more). */
  slipKeyStarts: Set<string>;
}

/**
 * Shortest key a one-letter slip is forgiven in (find-subject.ts): shorter names are one letter
 * from too many others. The slip is looked for among keys sharing the typed key's first three letters.
 */
export const MIN_TYPO_KEY = 10;


/** What separates the words of a name: anything but letters and digits. */
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/**
 * The compact key of a written name, without the form words at its ends; '' when nothing is left.
 * A name the form words were all that told apart ("The Summit", "THE METRO GROUP, INC", "USA
 * company") keeps them: "summit", "metro" or "usa" alone would make every post titled with that
 * word its victim.
 */
export function toSubjectKey(written: string): string {
  const words = normalizedTextOf(written).split(WORD_BREAK).filter(Boolean);
  let first = 0;
  let last = words.length;
  while (last - first > 1 && NAME_FORM_WORDS.has(words[last - 1]!)) last -= 1;
  while (last - first > 1 && NAME_FORM_WORDS.has(words[first]!)) first += 1;
  const left = words[first]!;
  const stripped = last - first < words.length && last - first === 1 && (isCountryName(left) || (commonWords().has(left) && !isWrittenAsAcronym(written, left)));
  const key = toCompactKey(stripped ? words.join(' ') : words.slice(first, last).join(' '));
  // A key needs letters: "Group 1001" must not become the number 1001.
  return /\p{L}.*\p{L}/u.test(key) ? key : '';
}

/** A host's key is the whole host, letters and digits: "se.com" is not the legal form SE. */
export function toHostKey(host: string): string {
  return toCompactKey(host.replace(/\./gu, ' '));
}

/** "ITS, Inc": two to four capitals are an acronym, not the word "its". */
function isWrittenAsAcronym(written: string, word: string): boolean {
  return word.length <= 4 && new RegExp(`(?:^|[^\\p{L}])${word.toUpperCase()}(?![\\p{L}])`, 'u').test(written);
}

function toCompactKey(words: string): string {
  return toCompactTerm(words).compact;
}

/**
 * The words of a field as the compact view reads them (letters and digits, "M3d1" as "medi"),
 * each as toSubjectKey would read it: every key its parts, hosts, labels or stripped forms can
 * give is the words of one run of them joined, so a field none of whose runs is a key, or one
 * letter from one, has no subject to look for in its parts.
 */
export function compactWordsOf(field: string): string[] {
  const normalized = normalizedTextOf(field);
  // The compact view reads the $ of "Ca$h" as a letter; toSubjectKey splits the name into words
  // first, which drops it: read the field the same way.
  const view = toCompactView(/[$@€]/u.test(normalized) ? normalized.split(WORD_BREAK).join(' ') : normalized);
  const { codes, length, tokenStarts, tokenCount } = view;
  const words: string[] = [];
  for (let token = 0; token < tokenCount; token += 1) {
    const end = token + 1 < tokenCount ? tokenStarts[token + 1]! : length;
    words.push(String.fromCharCode.apply(null, codes.subarray(tokenStarts[token]!, end) as unknown as number[]));
  }
  return words;
}

/** "USA", "France": a country's name is no organization's name on its own. */
function isCountryName(word: string): boolean {
  for (const category of scanVocabulary(word).keys()) if (category.startsWith('country:')) return true;
  return false;
}

export function buildSubjectIndex(organizations: Organization[]): SubjectIndex {
  const byKey = new Map<string, SubjectKey[]>();
  const written = new Set<string>();
  const add = (key: string, entry: SubjectKey, isVariant = false) => {
    if (key.length < 2) return;
    if (!isVariant) written.add(key);
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entry]);
    else if (!list.some((other) => other.orgIndex === entry.orgIndex)) list.push(entry);
  };
  organizations.forEach((organization, orgIndex) => {
    const names: [string, string][] = [[organization.name, 'name'], ...organization.aliases.map((alias) => [alias, 'alias'] as [string, string])];
    const hosts = [...organization.domains];
    for (const [name, how] of names) {
      const host = toHostName(name);
      if (host) { hosts.push(host); continue; }
      add(toSubjectKey(name), { orgIndex, term: name, how });
      for (const variant of nameVariants(name)) add(toSubjectKey(variant.written), { orgIndex, term: name, how: `${how} (${variant.how})` }, true);
    }
    for (const host of hosts) {
      add(toHostKey(host), { orgIndex, term: host, how: 'domain' });
      const label = toSiteLabel(host);
      // A label of three letters or fewer ("its" of its.ws) says too little on its own.
      if (label.length > 3) add(toSubjectKey(label), { orgIndex, term: host, how: 'site name' });
    }
  });
  const sortedKeys = [...written].sort();
  let longestKey = 0;
  for (const key of byKey.keys()) longestKey = Math.max(longestKey, key.length);
  const slipKeyStarts = new Set(sortedKeys.filter((key) => key.length >= MIN_TYPO_KEY).map((key) => key.slice(0, 3)));
  return { byKey, sortedKeys, allKeys: [...byKey.keys()].sort(), longestKey, slipKeyStarts };
}
