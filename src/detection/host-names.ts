/**
 * Names that are really web addresses. Users paste "https://www.example.ch/" into a name
 * field and leak sites title a post "www.example.ch" or "example.com": both are the domain.
 */

/** Second-level labels under which a country registers names: example.co.uk, example.com.br. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'gob', 'edu', 'ac', 'or', 'ne', 'go', 'gouv', 'nic', 'mil', 'ltd', 'plc', 'sch', 'med', 'nhs']);

const HOST = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})$/u;

/**
 * The host a name or title writes, when it is one: a scheme, "www." and a path are dropped
 * ("https://www.example.ch/fr/" → example.ch). Null for ordinary names ("Example AG") and for
 * dotted abbreviations that are not hosts ("O.C.S", "S.A.").
 */
export function toHostName(written: string): string | null {
  let text = written.trim().toLowerCase();
  const hadScheme = /^[a-z][a-z0-9+.-]*:\/\//u.test(text);
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//u, '').replace(/^www\d?\./u, '').replace(/[/?#].*$/u, '').replace(/:\d+$/u, '').replace(/\.$/u, '');
  if (!HOST.test(text)) return null;
  const labels = text.split('.');
  // "s.a", "o.c.s": every label one letter is an abbreviation, not a host.
  if (!hadScheme && labels.every((label) => label.length <= 2)) return null;
  return text;
}

/** The label a host is known by: example for www.example.co.uk. */
export function toSiteLabel(host: string): string {
  const labels = host.split('.');
  const suffix = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2)!) ? 2 : 1;
  return labels[labels.length - suffix - 1] ?? labels[0]!;
}

/** The top-level label: "ch" for example.ch. */
export function topLevelOf(host: string): string {
  return host.split('.').at(-1)!;
}

/** Whether the host is one of the organization's own (its domain or a host under it). */
export function ownsHost(domains: readonly string[], host: string): boolean {
  return domains.some((domain) => {
    const bare = domain.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/u, '');
    const own = bare.includes('/') ? bare.slice(0, bare.indexOf('/')) : bare;
    return host === own || host.endsWith(`.${own}`);
  });
}
