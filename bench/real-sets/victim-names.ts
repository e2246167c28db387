/**
 * How the real-data sets turn a leak site's victim field into the organization a user would put
 * on a watchlist. Written apart from detection on purpose: labels must not come from the rules
 * they score. Deterministic, so every run builds the same set.
 */

/** Lower case, accents dropped, letters and digits only: the key two spellings of one victim share. */
export function toVictimKey(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // "Luxottica Group S.p.A." and "Luxottica" are one victim: legal forms and "group" do not count.
  const core = folded.replace(/(?:[\s,]+(?:inc|llc|ltd|limited|plc|corp|corporation|co|company|gmbh|ag|sa|s\.?p\.?a|s\.?a\.?s|srl|bv|nv|group|holdings?|pllc|llp|lp)\.?)+$/u, '');
  return (core || folded).replace(/[^\p{L}\p{N}]+/gu, '');
}

const HOST = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;
/** "bcintlgroup-com": some sites write the host's dot as a dash. */
const DASHED_HOST = /^([a-z0-9]+)-(com|net|org)$/i;

/** "www.Example.ch", "https://example.com/", "example-com" → "example.ch" / "example.com"; null when not a host. */
export function toHost(text: string): string | null {
  const match = HOST.exec(text.trim());
  if (match) return match[1]!.toLowerCase();
  const dashed = DASHED_HOST.exec(text.trim());
  return dashed ? `${dashed[1]}.${dashed[2]}`.toLowerCase() : null;
}

/** What data-leak sites add around a victim's name: "LEAK post X", "X. Part 2.", "[USA] X", "X Data Leak". */
const NOISE_BEFORE = [
  /^\[[^\]]{2,20}\]\s*/u,
  // "( POST HAS BEEN UPDATED 800GB LEAK AVAILABLE N) County Suffolk": a notice before the name.
  /^\([^)]{0,80}\)\s*/u,
  /^(?:new\s+)?(?:files\s+for\s+)?(?:leaks?|leakage)(?:\s+post)?(?:\s+from)?(?:\s+company)?\s+/iu,
  /^(?:updates?\s+(?:with\s+files\s+)?(?:in|for)|attention,|advertising material:|full data leak of|official appeal to|security breach of|file-tree of|huge drama for|leak announcement\s*-\s*(?:it company\s+)?|new leak in(?:\s+\w+\s+company)?)\s+/iu,
];
const NOISE_AFTER = [
  /\s*\/\/\s*$/u,
  /\s*(?:\/|\.)?\s*part\s*\d+\.?$/iu,
  /\s*(?:-\s*)?(?:(?:big|full)\s+)?(?:confidential\s+)?(?:(?:sql|de-hashed)\s+)?(?:data(?:base)?\s+)?(?:leak(?:ed)?(?:\s+(?:data|post))?|leaked data.*|updated|and documents leak)(?:\s+\d+% fresh)?$/iu,
  /\s+(?:sql and documents|data|files|case|network)$/iu,
  /\s*-?\s*(?:(?:was\s+)?hacked\b|more th[ae]n\s).*$/iu,
  /\s*[.(]?\s*(?:pt\.?|part)\s*\d+\)?$/iu,
  /\s*\((?:old|new|us|usa|uk)\)$/iu,
  /\s+(?:update|new personal data|new \d+ personal records|database on sale|database leak|data ?base)$/iu,
  /,\s*revenue\s.*$/iu,
];

/** Second-level labels under which a country registers names: example.co.uk, example.com.br. */
const SECOND_LEVEL = new Set(['co', 'com', 'gov', 'org', 'net', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'adv', 'ind']);

/** The label a site is known by: "home.hktdc.com" → "hktdc", "example.co.uk" → "example". */
export function toSiteLabel(host: string): string {
  const labels = host.split('.');
  const suffix = labels.length >= 3 && (SECOND_LEVEL.has(labels.at(-2)!) || labels.at(-2)!.length <= 3) ? 2 : 1;
  return labels[labels.length - suffix - 1] ?? labels[0]!;
}

/** Titles some sites give a post that names nobody. */
const PLACEHOLDERS = /^(?:undefined|null|warning|news|test|private company(?:\s*#?\d+)?|an? \w+ company|unknown|company|leak|data)$/iu;

export interface WatchedVictim {
  /** The name as a user would type it. */
  name: string;
  aliases: string[];
  domains: string[];
}

/**
 * The victim a post's title names, cleaned of the site's wording, or null when the title is not
 * a victim's name (truncated, an announcement, a sentence).
 */
export function toWatchedVictim(title: string, website: string | undefined): WatchedVictim | null {
  let name = title.replace(/\s+/gu, ' ').trim();
  if (/(?:\.\.\.|…)$/u.test(name) || /https?:\/\/\S+\.onion|welcome|partner/iu.test(name)) return null;
  for (let pass = 0; pass < 2; pass += 1) {
    for (const pattern of NOISE_BEFORE) name = name.replace(pattern, '');
    for (const pattern of NOISE_AFTER) name = name.replace(pattern, '');
  }
  const aliases: string[] = [];
  const domains = new Set<string>();
  // "Solaris Management Consultants | solaris-mci.com", "MT-LAW [Markman&Tomashin Law Firm]".
  // "Cabinet X / Data on sale", "Graff Diamonds - Announcement", "KMG Prestige, Inc. (Data will be given tomorrow)".
  name = name.replace(/\s*\((?=[^)]*\b(?:data|leak|files|tomorrow|published|sale|updated|post)\b)[^)]*\)\s*$/iu, '');
  // "Datamatics is a technology company that builds…": a description whose subject is the victim.
  const described = /^(.{3,80}?),?\s+(?:is|was|are|has been|have been)\s+(?:an?|the|one|founded|established|headquartered|based|located|a leading)\b/u.exec(name);
  if (described && !/[?!]/u.test(name) && !/^(?:who|what|this|it|that|there|here)$/iu.test(described[1]!)) name = described[1]!;
  const parts = name.split(/\s+\|\s+|\s+\/\s+|\s+-\s+/u).filter((part) => !/^(?:announcement|data on sale|\d+\s*[gt]b|part \d+)$/iu.test(part.trim()));
  if (parts.length >= 2) {
    const hosts = parts.map((part) => toHost(part));
    for (const host of hosts) if (host) domains.add(host);
    name = parts.find((_part, index) => hosts[index] === null) ?? parts[0]!;
  } else if (parts.length === 1) name = parts[0]!;
  name = name.replace(/-\d$/u, '');
  const bracket = /^(.+?)\s*[[(]([^\])]+)[\])]$/u.exec(name);
  // "Acme (2)": a bracket without letters is no alias a user could watch (import refuses it).
  if (bracket) { name = bracket[1]!; if (/\p{L}.*\p{L}/u.test(bracket[2]!)) aliases.push(bracket[2]!); }
  name = name.replace(/[.,;:\s]+$/u, '').trim();
  if (website) { const host = toHost(website.replace(/\/.*$/u, '').replace(/^https?:\/\//u, '')) ?? toHost(website); if (host) domains.add(host); }
  if (PLACEHOLDERS.test(name)) return null;
  const letters = name.replace(/[^\p{L}]/gu, '');
  // Names a watchlist import refuses (two letters, "de"): no user can watch them.
  if (letters.length < 3 || name.split(' ').length > 8 || /[?!]/u.test(name)) return null;
  return { name, aliases, domains: [...domains] };
}

/**
 * A title that is prose, not a name ("OTR Capital believes in simple and straightforward
 * transactions…", "Who is the real Bad Guys here?"): it may name a victim or nobody, and no rule
 * that labels from the record alone can tell which, so the set leaves such posts out.
 */
export function isProseTitle(title: string): boolean {
  const words = title.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length > 8 || /[?!]/u.test(title);
}

/** A stable pseudo-random number in [0, 1) for a key: the same victims are picked on every run. */
export function toStableFraction(key: string): number {
  let hash = 2166136261;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 16777619);
  return (hash >>> 0) / 2 ** 32;
}
