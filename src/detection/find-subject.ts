import type { DetectionInput } from '../model/analysis.js';
import type { CompiledWatchlist } from './compiled-watchlist.js';
import { toHostName, toSiteLabel } from './host-names.js';
import { lowerBound } from './keyed-terms.js';
import { scanVocabulary } from './lexicon/vocabulary.js';
import { commonWords } from './lexicon/common-words.js';
import { normalizeText } from './normalize-text.js';
import { MIN_TYPO_KEY, compactWordsOf, toHostKey, toSubjectKey, type SubjectIndex, type SubjectKey } from './subject-index.js';

/**
 * Who a posting says it is about, before any reading of its body: the victim field a leak-site
 * feed states, or the title of a data-leak-site post, which is the victim's name (often all
 * there is: "KOE", "paradise", "www.example.ch", "centuryaluminum..."). A watched name, alias
 * or domain that is the whole field — or one of its parts, "Ancora - Sistemas de Informação",
 * "Acme (acme.com)" — is the victim, short and common-word names included: the site itself
 * says so. It is not when the website or country the site states is another organization's.
 */
export interface SubjectFinding {
  orgIndex: number;
  key: SubjectKey;
  /** The part of the field that matched, as written. */
  written: string;
  /** How it was compared: whole field, one part of it, a title cut short. */
  how: string;
  /** Why the stated website or country says it is a namesake; null when nothing contradicts. */
  contradiction: string | null;
}

export interface PostingSubject {
  field: 'victim field' | 'leak-site title';
  written: string;
  findings: SubjectFinding[];
}

/** Longest field read: a victim field is a name, not a text. */
const MAX_FIELD = 300;

export function findSubject(compiled: CompiledWatchlist, input: DetectionInput): PostingSubject | null {
  const stated = input.victim?.name?.trim();
  const title = input.source === 'dls' ? (input.title ?? firstLine(input.text)).trim() : '';
  const field = stated ? 'victim field' : title ? 'leak-site title' : null;
  const written = (stated || title).slice(0, MAX_FIELD);
  if (!field || written === '') return null;
  const findings: SubjectFinding[] = [];
  const index = compiled.subjects();
  const words = compactWordsOf(written);
  const exact = hasKeyRun(index, words);
  // A slip is looked for only where no key was found whole: most titles that name a watched victim name it right.
  let slip: boolean | undefined;
  const oneLetterOff = () => (slip ??= hasKeyRunOneLetterOff(index, words));
  // A title the site cut short is the start of a key, not a key: read below whatever the words.
  if (!exact && !oneLetterOff() && !looksCutShort(written)) return { field, written, findings };
  const parts = fieldParts(written);
  const seen = new Set<number>();
  // The whole field first: "On logistics Services Algeciras, S.L" found whole leaves its parts alone.
  for (const { part, how } of exact ? parts : []) {
    if (how !== 'the whole field' && findings.length > 0) break;
    // A part none of whose runs of words is a key gives none: its words are read once, not keyed three ways.
    if (how !== 'the whole field' && parts.length > 2 && !hasKeyRun(index, compactWordsOf(part))) continue;
    for (const { key, candidate } of candidateKeys(part)) {
      for (const entry of index.byKey.get(key) ?? []) {
        if (seen.has(entry.orgIndex)) continue;
        seen.add(entry.orgIndex);
        findings.push({ orgIndex: entry.orgIndex, key: entry, written: candidate, how, contradiction: contradictionOf(compiled, entry.orgIndex, input) });
      }
    }
  }
  if (findings.length === 0) {
    const near = cutShortMatch(compiled, written) ?? (oneLetterOff() ? oneLetterOffMatch(compiled, written, parts.length > 2 ? parts.filter(({ part, how }) => how === 'the whole field' || hasKeyRunOneLetterOff(index, compactWordsOf(part))) : parts) : null);
    if (near) findings.push({ ...near, contradiction: contradictionOf(compiled, near.orgIndex, input) });
  }
  return { field, written, findings };
}

/**
 * Whether some run of the field's words, joined, is a key: every key the parts of the field can
 * give is such a run (see compactWordsOf), so a field with none — most titles, which are
 * sentences — is not read part by part. A run no key starts with is not extended.
 */
function hasKeyRun(index: SubjectIndex, words: string[]): boolean {
  for (let first = 0; first < words.length; first += 1) {
    let run = '';
    for (let last = first; last < words.length; last += 1) {
      run += words[last]!;
      if (run.length > index.longestKey || !startsSomeKey(index.allKeys, run)) break;
      if (index.byKey.has(run)) return true;
    }
  }
  return false;
}

/**
 * Whether some run of the field's words is one letter off a key a slip is forgiven in. A slip is
 * looked for among keys that share the run's first three letters, wherever the slip is after them.
 */
function hasKeyRunOneLetterOff(index: SubjectIndex, words: string[]): boolean {
  for (let first = 0; first < words.length; first += 1) {
    let run = '';
    let slipPossible: boolean | undefined;
    for (let last = first; last < words.length && slipPossible !== false; last += 1) {
      run += words[last]!;
      // A typed key may be a letter longer than the longest key.
      if (run.length > index.longestKey + 1) break;
      if (run.length < 3) continue;
      slipPossible ??= index.slipKeyStarts.has(run.slice(0, 3));
      if (slipPossible && run.length >= MIN_TYPO_KEY - 1 && keysOneLetterOff(index, run).length > 0) return true;
    }
  }
  return false;
}

/** Whether some key of the sorted list starts with `prefix`. */
function startsSomeKey(sortedKeys: string[], prefix: string): boolean {
  const at = lowerBound(sortedKeys, prefix);
  return at < sortedKeys.length && sortedKeys[at]!.startsWith(prefix);
}

/** The keys a slip is forgiven in that are one letter off `typed` and start with its first three letters. */
function keysOneLetterOff(index: SubjectIndex, typed: string): string[] {
  const keys = index.sortedKeys;
  const start = typed.slice(0, 3);
  const found: string[] = [];
  for (let i = lowerBound(keys, start); i < keys.length && keys[i]!.startsWith(start); i += 1) {
    const key = keys[i]!;
    if (key.length >= MIN_TYPO_KEY && isOneEditApart(typed, key)) found.push(key);
  }
  return found;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end === -1 ? text : text.slice(0, end)).slice(0, MAX_FIELD);
}

/** Words leak sites put around a victim's name: "Acme - leaked data", "[NEW] Acme part 2". */
const NOISE_BEFORE = /^(?:(?:new|nouvelle?|nuevo|nova|neu|новая)\s+)?(?:victim|leak|leaks|leaked|data|files|fuite|filtracion|vazamento|datenleck|утечка)\s*(?:of|from|de|du|von|:)?\s+/iu;
const NOISE_AFTER = /\s*(?:[-–:]\s*)?(?:(?:full|new|big|fresh)\s+)?(?:leak|leaks|leaked|data|database|db|files|documents|dump|update|updated|hacked|ransomware|victim|published|sample|(?:part|pt\.?)\s*\d+|\d+\s*(?:gb|tb|mb)|\d+%)$/iu;

/** The whole field, then each part between separators ( - | / , ( ) [ ] ), each without leak-site noise. */
function fieldParts(written: string): { part: string; how: string }[] {
  const whole = written.replace(/^\s*\[[^\]]{1,20}\]\s*/u, '').replace(/[\p{Extended_Pictographic}\uFE0F]/gu, ' ').trim();
  const parts = [{ part: whole, how: 'the whole field' }];
  const pieces = whole.split(/\s+[-–—|•:]\s+|\s+\/\s+|\s*[()[\]{}]\s*|,\s+|\s+\|\s*|\s*\|\s+/u).map((piece) => piece.trim()).filter((piece) => piece.length > 0);
  if (pieces.length > 1) for (const piece of pieces) parts.push({ part: piece, how: 'one part of the field' });
  return parts;
}

function candidateKeys(part: string): { key: string; candidate: string }[] {
  const found: { key: string; candidate: string }[] = [];
  const push = (candidate: string, key = toSubjectKey(candidate)) => {
    if (key && !found.some((other) => other.key === key)) found.push({ key, candidate });
  };
  const host = toHostName(part);
  if (host) {
    push(host, toHostKey(host));
    push(toSiteLabel(host));
    return found;
  }
  push(part.replace(/(?<![.,;:!])[.,;:!]+$/u, ''));
  let stripped = part;
  for (let round = 0; round < 3; round += 1) {
    const next = stripped.replace(NOISE_BEFORE, '').replace(NOISE_AFTER, '').replace(/(?<![.,;:!\s])[.,;:!\s]+$/u, '').trim();
    if (next === stripped || next === '') break;
    stripped = next;
    push(stripped);
  }
  return found;
}

/**
 * "northsideplumbi...", "centuryaluminum.", "remar.": the site cut the title short. The part
 * before the cut is the start of exactly one watched key, five letters or more.
 */
/** What the pattern of cutShortMatch needs, read without it: two dots or an ellipsis at the end, or one dot after a single word. */
function looksCutShort(written: string): boolean {
  const trimmed = written.trim();
  return trimmed.endsWith('..') || trimmed.endsWith('…') || (trimmed.endsWith('.') && !/\s/u.test(trimmed));
}

function cutShortMatch(compiled: CompiledWatchlist, written: string): Omit<SubjectFinding, 'contradiction'> | null {
  // One dot ends a cut only in a one-word field ("remar."): "Phoenix Packaging Inc." is whole.
  if (!looksCutShort(written)) return null;
  const trimmed = written.trim();
  const cut = /^(.*?)(?:\.{2,}|…|(?<=^\S+)\.)$/su.exec(trimmed);
  if (!cut) return null;
  const head = cut[1]!.replace(/^[a-z]+:\/\/(?:www\.)?|^www\./iu, '');
  const prefix = toSubjectKey(head.replace(/\.[a-z]{0,3}$/iu, ''));
  // "www.continental...": a whole ordinary word begins too many names to say which.
  if (prefix.length < 5 || commonWords().has(prefix)) return null;
  const { sortedKeys: keys, byKey } = compiled.subjects();
  const orgs = new Map<number, SubjectKey>();
  for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i += 1) {
    for (const entry of byKey.get(keys[i]!)!) orgs.set(entry.orgIndex, entry);
  }
  if (orgs.size !== 1) return null;
  const [orgIndex, key] = [...orgs][0]!;
  return { orgIndex, key, written: written.trim(), how: 'a title the site cut short' };
}

/**
 * "Isapre Cordilera" for Isapre Cordillera: leak sites mistype victims' names. The whole field,
 * or one part of it, a name of two words or more one letter off (missing, extra, wrong or two swapped) from exactly one
 * watched key of ten letters or more that starts the same way. Keys are sorted, so only those
 * sharing the first three letters are compared.
 */
function oneLetterOffMatch(compiled: CompiledWatchlist, written: string, parts: { part: string }[]): Omit<SubjectFinding, 'contradiction'> | null {
  // A title cut short ("papierswhitebir...") or a host ("ospreyvideo.com") is no typo: hosts one
  // letter apart are different sites. A name of two words or more is.
  const trimmed = written.trimEnd();
  if (trimmed.endsWith('..') || trimmed.endsWith('…')) return null;
  const index = compiled.subjects();
  for (const { part } of parts) {
    if (toHostName(part) || !/\p{L}\s+\p{L}/u.test(part)) continue;
    for (const { key: typed, candidate } of candidateKeys(part)) {
      if (typed.length < MIN_TYPO_KEY - 1) continue;
      const orgs = new Map<number, SubjectKey>();
      for (const key of keysOneLetterOff(index, typed)) for (const entry of index.byKey.get(key)!) orgs.set(entry.orgIndex, entry);
      if (orgs.size === 1) {
        const [orgIndex, key] = [...orgs][0]!;
        return { orgIndex, key, written: candidate, how: 'the field with one letter off' };
      }
    }
  }
  return null;
}

/** One letter missing, extra, replaced, or two neighbours swapped. */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) { tailA -= 1; tailB -= 1; }
  const restA = tailA - head;
  const restB = tailB - head;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[head] === b[head + 1] && a[head + 1] === b[head];
}

/** The stated website or country, when they are another organization's. */
export function contradictionOf(compiled: CompiledWatchlist, orgIndex: number, input: DetectionInput): string | null {
  const organization = compiled.organizations[orgIndex]!;
  const website = input.victim?.website ? toHostName(input.victim.website) : null;
  if (website) {
    const own = [...organization.domains, ...[organization.name, ...organization.aliases].map(toHostName).filter((host): host is string => host !== null)];
    const label = toSiteLabel(website);
    const isOwnHost = own.some((host) => host === website || website.endsWith(`.${host}`));
    if (own.length > 0 && !isOwnHost && !own.some((host) => toSiteLabel(host) === label)) return `the leak site gives the victim's website as ${website}, not one of the organization's domains`;
    // Its own host names it; a country that differs is the site's guess (bourbonsante.re placed
    // in RE, a French overseas region, for a clinic listed in FR). The same label under another
    // domain (farmacialanterna.com.ar for farmacialanterna.it) is only the same name.
    if (isOwnHost) return null;
  }
  const country = toCountryCode(input.victim?.country);
  const places = compiled.places[orgIndex]!;
  if (country && places.country && country !== places.country && !places.countries.has(country)) {
    return `the leak site places the victim in ${country}, the organization is in ${places.country}`;
  }
  return null;
}

/** "FR", "fr", "France", "United States" → an ISO code; null when it names no country. */
function toCountryCode(stated: string | undefined): string | null {
  if (!stated) return null;
  const trimmed = stated.trim();
  if (/^[A-Za-z]{2}$/u.test(trimmed)) return trimmed.toUpperCase() === 'UK' ? 'GB' : trimmed.toUpperCase();
  for (const category of scanVocabulary(normalizeText(trimmed).text).keys()) if (category.startsWith('country:')) return category.slice(8);
  return null;
}
