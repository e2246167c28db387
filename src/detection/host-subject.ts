import type { OrgVerdict } from './judge-mentions.js';
export { ownsHost } from './host-names.js';

/**
 * "[FREE] ventes-privees-sud.fr 250k clients … Leur assureur Mistral Assurances va adorer",
 * "[GRATIS] tiendanatural.cr 35k clientes. Venden productos de Cáñamo Pacífico", "[FREE] CV
 * candidati lavoro-sud.it, molti laureati Accademia Molisana": the first line names the data's
 * owner by its host, and that host is no watched organization's. A watched organization named
 * after it is someone the owner deals with (its insurer, supplier, carrier, school), not the
 * victim: the posting has said whose data it is. A watched organization named before the host,
 * or by its own domain, keeps its reading.
 */
const FIRST_LINE_CHARS = 300;
/** A host: labels and a top-level domain of letters; not an e-mail's domain or part of a path. */
const HOST = /(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,4}[a-z]{2,6}(?![\w.@/-]|\.[a-z])/giu;
/** After the host: whose data it is ("customers", "250k", "vazado", "leak", "db"). */
const OWNER_AFTER = /^[\s:|—–-]{0,4}(?:\d|customers|clients|clientes|clienti|kunden|клиент|users|usuarios|utilisateurs|utenti|nutzer|members|membres|socios|soci|mitglieder|db|database|base|dump|leak|leaked|vazad|vazou|filtrad|fuite|leck|слив|orders|commandes|pedidos|ordini|bestellungen)/iu;
/** Before the host: a leak or sale tag, or what the data is ("CV candidati", "clientes de"). */
const OWNER_BEFORE = /(?:\[(?:free|gratis|leak|leaked|selling|vente|venta|venda|vendo|verkauf|продам|слив)\]|free|gratis|leak|dump|base|db|database|clientes de|clients de|clienti di|kunden von|customers of|candidati|candidats|candidatos|cv)[\s:|—–-]{0,4}$/iu;
/** Hosts that hold others' files or mail, never the data's owner. */
const NOT_AN_OWNER = /(?:^|\.)(?:gmail|yahoo|hotmail|outlook|live|icloud|proton|protonmail|mail|yandex|gofile|mega|anonfiles|pixeldrain|dropbox|drive|google|github|pastebin|t|telegram|onion|example)\.[a-z]{2,6}$|\.onion$/iu;

const DOT_LETTER = /\.[a-z]/iu;

export interface HostSubject {
  host: string;
  /** Where the host ends in the original text. */
  end: number;
}

export function hostNamedAsDataOwner(text: string): HostSubject | null {
  const line = text.slice(0, FIRST_LINE_CHARS).split('\n', 1)[0]!;
  // Most first lines hold no host: a dot before a letter is looked for before the pattern runs.
  if (!DOT_LETTER.test(line)) return null;
  for (const found of line.matchAll(HOST)) {
    const host = found[0];
    if (NOT_AN_OWNER.test(host) || /^\d/u.test(host)) continue;
    const start = found.index!;
    const end = start + host.length;
    if (OWNER_AFTER.test(line.slice(end, end + 40)) || OWNER_BEFORE.test(line.slice(Math.max(0, start - 40), start))) return { host: host.toLowerCase(), end };
  }
  return null;
}


/** The verdicts with organizations named only after an unwatched owner's host set aside. */
export function afterHostSubject(verdicts: OrgVerdict[], subject: HostSubject): OrgVerdict[] {
  return verdicts.map((verdict) => {
    if (verdict.matches.length === 0) return verdict;
    if (verdict.matches.some((match) => match.start < subject.end || match.how.startsWith('domain'))) return verdict;
    return { orgIndex: verdict.orgIndex, matches: [], rejected: `"${verdict.matches[0]!.quote}" is named after ${subject.host}, which the first line gives as the data's owner: another role, not the victim` };
  });
}
