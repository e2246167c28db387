import { readFileSync } from 'node:fs';
import { isProseTitle, toHost, toSiteLabel, toStableFraction, toVictimKey, toWatchedVictim, type WatchedVictim } from './victim-names.js';
import type { BuiltSet } from './built-set.js';

/**
 * The ransomfeed-details posts (5,367 real data-leak-site posts, 2020–2023) as `dls` postings
 * with their victim field, title and website, against a watchlist of 3,000 of their victims.
 * A post's label is its own victim when that victim is watched; every other post is one that
 * must raise no alert; a post whose title is prose, not a name, has no label the record alone
 * gives and is left out. Names written as hosts are watched the way users write them: mostly a
 * name and its domain, some as the bare host or as a URL (which import must read as a domain).
 */
interface RansomfeedPost { post_title: string; group_name: string; description?: string; website?: string }

export function buildRansomfeedSet(corporaDir: string, watched = 3000): BuiltSet {
  const posts = JSON.parse(readFileSync(`${corporaDir}/ransomfeed-details/posts.json`, 'utf8')) as RansomfeedPost[];
  const victims = new Map<string, WatchedVictim>();
  const keyOfDomain = new Map<string, string>();
  const keyOfPost: (string | null)[] = posts.map((post) => {
    const victim = toWatchedVictim(post.post_title, post.website);
    if (!victim) return null;
    const host = toHost(victim.name);
    const key = toVictimKey(host ? toSiteLabel(host) : victim.name);
    if (key.length < 2) return null;
    // Two spellings that share a domain ("delawarelife.com", "Delaware Life Insurance Company") are one victim.
    const sameSite = victim.domains.map((domain) => keyOfDomain.get(domain)).find((other) => other !== undefined);
    if (sameSite !== undefined && sameSite !== key && !victims.has(key)) return sameSite;
    for (const domain of victim.domains) keyOfDomain.set(domain, key);
    if (host) keyOfDomain.set(host, key);
    const known = victims.get(key);
    if (known) { for (const domain of victim.domains) if (!known.domains.includes(domain)) known.domains.push(domain); } else victims.set(key, victim);
    return key;
  });
  // A title cut short by the site ("northsideplumbi...") is the watched victim whose name it begins.
  const truncatedKeyOf = (title: string) => {
    if (!/(?:\.\.\.|…)$/u.test(title.trim())) return null;
    // "ferrolabella.co...": the part before a cut-off domain ending.
    // "tntorello.com -...", "ibasis.com | Pa...": the host before the cut is whole.
    const leadingHost = /^((?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,})\s+[-|]/iu.exec(title.trim());
    if (leadingHost) {
      const host = toHost(leadingHost[1]!);
      const key = host ? toVictimKey(toSiteLabel(host)) : '';
      if (victims.has(key)) return key;
    }
    // "www.daylewis.co...": the scheme and "www." are no part of the name.
    // "www.radium.com....": every cut-off domain ending goes, down to the name.
    let head = title.replace(/^(?:https?:\/\/)?(?:www\.)?/u, '').replace(/(?:\.\.\.|…)$/u, '');
    for (let cut = head.replace(/\.[a-z]{0,3}$/iu, ''); cut !== head; cut = head.replace(/\.[a-z]{0,3}$/iu, '')) head = cut;
    const prefix = toVictimKey(head);
    const candidates = prefix.length >= 5 ? [...victims.keys()].filter((key) => key.startsWith(prefix)) : [];
    return candidates.length === 1 ? candidates[0]! : null;
  };
  posts.forEach((post, index) => { keyOfPost[index] ??= truncatedKeyOf(post.post_title); });
  const chosen = [...victims.keys()].sort((a, b) => toStableFraction(a) - toStableFraction(b)).slice(0, watched);
  const ids = new Map(chosen.map((key, index) => [key, `v${String(index + 1).padStart(4, '0')}`]));
  const organizations = chosen.map((key) => toOrganization(ids.get(key)!, victims.get(key)!, key));
  const postings = posts.flatMap((post, index) => {
    const key = keyOfPost[index];
    if (!key && isProseTitle(post.post_title)) return [];
    const orgId = key ? ids.get(key) : undefined;
    const text = [post.post_title, post.description?.trim()].filter(Boolean).join('\n');
    return [{
      id: `rf-${index + 1}`, source: 'dls', lang: 'en', text, title: post.post_title, victim: post.post_title,
      ...(post.website ? { website: post.website } : {}),
      expect: { orgs: orgId ? [orgId] : [], kind: 'ransom', record_count: null, data_types: [] },
      note: `ransomfeed-details post of ${post.group_name}`,
    }];
  });
  return { watchlist: { organizations }, postings };
}

/** A victim as a user would watch it; a host-named victim is written three ways, as users do. */
function toOrganization(id: string, victim: WatchedVictim, key: string) {
  const host = toHost(victim.name);
  if (!host) return { id, name: victim.name, aliases: victim.aliases, domains: victim.domains };
  const draw = toStableFraction(`${key}#form`);
  const label = toSiteLabel(host);
  // Nobody watches "Its" for its.ws: a label of three letters or fewer is watched as the host.
  if (draw < 0.6 && label.length > 3) {
    return { id, name: label.charAt(0).toUpperCase() + label.slice(1), aliases: victim.aliases, domains: [...new Set([host, ...victim.domains])] };
  }
  if (draw < 0.85 || label.length <= 3) return { id, name: victim.name, aliases: victim.aliases, domains: victim.domains };
  return { id, name: `https://www.${host}/`, aliases: victim.aliases, domains: victim.domains.filter((domain) => domain !== host) };
}
