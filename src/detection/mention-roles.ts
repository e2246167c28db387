import type { TermOccurrence } from './compiled-watchlist.js';
import type { NormalizedText } from './normalize-text.js';
import { clauseStart, lineBefore, roleFromClause } from './clause-roles.js';
import { hasMatchWhere, matchesWhere } from './word-start-matches.js';
import { genericMeaningOf } from './name-variants.js';

/**
 * Words around a name that say it is not the victim: excluded ("c'est PAS Médiprix", "not
 * the gov OCS"), cited as an example or a yardstick ("même technique que pour Médiprix",
 * "cheaper than Jumia"), used as a tool ("verified with Canada Post lookup") or a carrier
 * ("envoi GLS suivi", "via Delhivery"), or listed among mail providers ("@gmail.com
 * @free.fr @orange.fr"). Normalized text; the name follows the `…BEFORE` patterns directly.
 */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:(?:not|no|non|pas|nicht|kein|keine|nao|не|ни|without|sans|sin|sem|ohne|except|excluding|hors|nor|isnt|isn't|aren't)(?:\s+\S+){0,3}|(?:nothing to do with|rien a voir avec|nada que ver con|nada a ver com|nichts zu tun mit|niente a che vedere con|не имеет отношения к)(?:\s+\S+){0,2})\s*$/u;
/**
 * "ДКБ … Не путать с ДКБ в Германии": the author tells the victim from a namesake. That mention is
 * the other body; the organization's other mentions still stand. Named alone ("not to be confused
 * with SibLink, another provider"), it is not the victim either.
 */
const CONFUSED_WITH_BEFORE = /(?:^|[^\p{L}])(?:не путать с[оа]?|не путайте с[оа]?|not to be confused with|do not confuse (?:it |this )?with|don't confuse (?:it |this )?with|a ne pas confondre avec|ne pas confondre avec|no confundir con|no confundas con|nao confundir com|nicht (?:zu )?verwechseln mit|da non confondere con|non confondere con)(?:\s+\S+){0,2}\s*$/u;
const EXAMPLE_BEFORE = /(?:^|[^\p{L}])(?:such as|tels que|telles que|como|come|wie etwa|wie z b|same as|similar to|just like|like the|comme pour|comme chez|que pour|como con|como en|wie bei|как у|как с|как в|такой же|after the|apres l'affaire|apres le|depuis l'affaire|since the|reminiscent of|прошлогодн\S*)(?:\s+\S+){0,2}\s*$/u;
const EXAMPLE_AFTER = /^\s*(?:\S+\s+){0,3}(?:last (?:year|month|week|spring|summer|autumn|fall|winter)|l'an dernier|l'annee derniere|le mois dernier|el (?:ano|mes) pasado|(?:ano|mes) passado|letzte[ns]? (?:jahr|monat)|в прошлом (?:году|месяце)|прошлого года|dell'anno scorso|l'anno scorso|dello scorso anno|del ano pasado|do ano passado|des letzten jahres|vom letzten jahr|de l'an dernier|de l'annee derniere|back in 20\d\d)/u;
// Comparatives as written: inflected ("bessere Qualität als der X-Dump", "migliori di"), and with
// the comma Russian puts before "чем" ("больше, чем слив «X»").
const COMPARED_BEFORE = /(?:^|[^\p{L}])(?:cheaper|moins cher|mas barato|mais barato|billiger\p{L}{0,2}|дешевле|piu economic[oaie]|more|better|bigger|fresher|newer|larger|mais|melhor(?:es)?|maior(?:es)?|plus|mieux|meilleur\S*|mas|mejor(?:es)?|mayor(?:es)?|mehr|besser\p{L}{0,2}|grosser\p{L}{0,2}|neuer\p{L}{0,2}|больше|лучше|свежее|крупнее|круче|жирнее|полнее|дороже|хуже|новее|piu|meglio|miglior[ei]?|maggior[ei]?)[,]?\s+(?:\S+\s+){0,2}(?:than|que|als|чем|di|del|della|che)(?:\s+\S+){0,4}\s*$/u;
// "parecido com o vazamento da X", "similar to the leak of X": a likeness, up to three words from the name.
const LIKENESS_BEFORE = /(?:^|[^\p{L}])(?:similar to|comparable to|parecid[oa]s? (?:com|con|a)|semelhantes? (?:a|ao|com)|similar(?:es)? a|semejantes? a|comparable a|semblables? a|similaires? a|comparables? a|ahnlich wie|vergleichbar mit|simil[ei] a|paragonabile a|похож\p{L}{0,2} на|сравнимы\p{L}{0,2} с)(?:\s+\S+){0,3}\s*$/u;
const TOOL_BEFORE = /(?:^|[^\p{L}])(?:verified|checked|validated|confirmed|verifie|verifiee|verifies|valide|validado|verificado|geprueft|проверен\S*)\s+(?:with|via|using|through|on|against|by|avec|par|sur|con|com|mit|через)(?:\s+\S+){0,1}\s*$|(?:^|[^\p{L}])(?:shipping|ships via|shipped with|shipped by|livraison par|expedie par|envio por|versand mit)\s*:?\s*$/u;
const SHIPPING = String.raw`(?:ship\S*|deliver\S*|envio\S*|envoi\S*|enviad\S*|livr\S*|expedi\S*|versand\S*|versendet|spedi\S*|entrega\S*|cod|courier\S*|dispatch\S*|доставк\S*|отправк\S*)`;
/** A shipping word, then the carrier: directly ("envoi GLS") or after "via/por/by" in the same clause. */
/** "vendo spedizioni X", "selling shipments X": the shipments are the data on offer, X the company that made them. */
const SOLD_SHIPMENTS = new RegExp(`(?:^|[^\\p{L}])(?:vendo|vendemos|vendiamo|vends|vendons|selling|sell|verkaufe|verkaufen|продаю|продам|слив|leak|dump|db|bd|base|database|datenbank|banca dati|export|liste|lista|list|файл|база)\\s+${SHIPPING}[\\s:]{0,3}$`, 'u');
const CARRIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])${SHIPPING}\\s*:?\\s*$|${SHIPPING}[^.\\n]{0,60}(?:^|[^\\p{L}])(?:por|via|par|with|by|con|mit|com|через|avec)\\s*$`, 'u');


/**
 * "St. Rose Hospital is located in Hayward, California": after "located in" comes a place, not
 * the victim, even when a watched organization bears the town's name.
 */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:located in|based in|headquartered in|situated in|offices? in|hospital in|situe[es]? (?:a|en|au|dans)|base[es]? (?:a|en|au)|implante[es]? (?:a|en|au)|siege (?:a|en|au)|ubicad[oa]s? en|situad[oa]s? en|con sede en|localizad[oa]s? em|sediad[oa]s? em|com sede em|mit sitz in|ansassig in|gelegen in|con sede a|con sede in|situat[oa] (?:a|in)|ubicat[oa] (?:a|in)|расположен\S* в|находит\S* в|базирует\S* в)\s*$/u;

/** "X, do mesmo grupo, não foi afectada", "X was not affected": the author says it is not the victim. */
const NOT_AFFECTED_AFTER = /^[^.;!?\n]{0,60}?(?:(?:was|were|is|are|has|have) not (?:been )?(?:affected|impacted|breached|hit|involved|compromised|hacked)|(?:not|never) (?:breached|compromised|hacked)|unaffected|nao (?:foi|foram|e|esta) (?:afectad|afetad|atingid|envolvid|comprometid|invadid)|no (?:fue|fueron|ha sido|esta) (?:afectad|impactad|involucrad|comprometid|hackead)|n'(?:a|ont|est) pas (?:ete )?(?:touche|affecte|concerne|impacte|compromis|pirate)|nicht betroffen|nicht gehackt|nicht kompromittiert|non (?:e|sono|e stata|e stato) (?:stat[ao] )?(?:coinvolt|colpit|interessat|bucat|violat|compromess|hackerat)|не пострадал|не затронут|(?:but|mais|pero|mas|aber|ma|но)\s+(?:\S+\s+){0,2}(?:not|no|nao|nicht|non|не|n'est pas|n'est)\s+(?:\S+\s+)?(?:their|its|his|leur|leurs|sa|son|su|sus|sua|deles|dela|dele|ihre|deren|seine|loro|suo|sua|их|ее|его)\s+(?:data|db|database|base|bdd|donnees|datos|dados|daten|datenbank|dati|база|базы|данные)|(?:but|mais|pero|mas|aber|ma|но)\s+(?:the|la|le|a|el|die|il|это)?\s*(?:data|db|database|base|bdd|donnees|datos|dados|daten|datenbank|dati|база|данные)\s+(?:is|are|est|es|e|sao|ist|sind|sono|—)\s+(?:from|of|de|da|do|del|della|dello|von|der|des|du|dei))/u;

/** A negation word or "unaffected": without one nearby there is nothing for NOT_AFFECTED_AFTER to find. */
/** "ein Online-Shop, der mit X nichts zu tun hat", "X n'a rien à voir": the author says the name is beside the point. */
const NOTHING_TO_DO_AFTER = /^[^.;!?\n]{0,40}?(?:nichts (?:damit )?zu tun|n'(?:a|ont) rien a voir|no tiene(?:n)? nada que ver|nao tem nada a ver|non c'entra(?:no)? (?:nulla|niente)|non ha(?:nno)? nulla a che (?:fare|vedere)|ha(?:s|ve) nothing to do|не имеет отношения|ни при чем)/u;
/** "RDF is just the carrier in the files", "X è solo il fornitore": a role the author states after the name. */
const ROLE_STATED_AFTER = /^[\s,)»"']{0,3}(?:is|est|es|e|ist|era|was) (?:(?:just|only|merely|juste|seulement|simplement|solo|solamente|apenas|nur|lediglich|только) )?(?:(?:the|their|le|leur|la|el|su|o|a|der|die|il|lo|их) )?(?:carrier|transporteur|transportista|transportadora|corriere|spediteur|перевозчик|supplier|fournisseur|proveedor|fornecedor|fornitore|lieferant|поставщик|client|cliente|kunde|клиент|payment provider|prestataire|dienstleister)(?![\p{L}])/u;
const NOT_AFFECTED_SIGN = /not|unaffected|nao|no |n'|nicht|non |не |but |mais |pero |mas |aber |ma |но /u;

/**
 * Another party's role said with a possessive, just before or after the name: "we got in through
 * their IT provider Lomond Data", "leur fournisseur logistique est X", "X (deren Kunde)",
 * "X (loro fornitore)", "X — это их заказчик". "Their" is the victim's: what is named is its
 * provider, supplier, carrier, bank, insurer, client or partner. Not "our" (the author's own),
 * and not "su base de clientes de X", where the name owns the clients.
 */
const POSSESSIVE = String.raw`(?:their|its|his|her|the victim's|leurs?|son|sa|ses|sus?|seus?|suas?|ihre?[mnrs]?|deren|dessen|seine?[mnrs]?|(?:(?:il|la|i|le)\s+)?(?:loro|suoi|suo|sua|sue)|их|его|ее|её)`;
const PARTY_ROLE = String.raw`(?:providers?|suppliers?|buyers?|acheteurs?|compradores?|kaufer|abnehmer|acquirenti|покупател\p{L}{0,3}|vendors?|carriers?|hosts?|hosters?|hosting|banks?|insurers?|clients?|customers?|partners?|contractors?|subcontractors?|msp|processors?|resellers?|distributors?|prestataires?|fournisseurs?|transporteurs?|hebergeurs?|banques?|assureurs?|partenaires?|sous-traitants?|distributeurs?|revendeurs?|proveedor(?:es)?|transportistas?|bancos?|aseguradoras?|clientes?|socios?|contratistas?|subcontratistas?|distribuidor(?:es)?|revendedor(?:es)?|fornecedor(?:es)?|provedor(?:es)?|transportadoras?|seguradoras?|parceiros?|anbieter|dienstleister|lieferanten?|spediteure?|versicherer|kunden?|auftraggeber|fornitori|fornitore|corrieri|corriere|banca|banche|assicurazion[ei]|clienti|distributori|distributore|rivenditori|rivenditore|поставщик\p{L}{0,3}|провайдер\p{L}{0,3}|перевозчик\p{L}{0,3}|банк\p{L}{0,2}|страховщик\p{L}{0,3}|клиент\p{L}{0,3}|заказчик\p{L}{0,3}|партнер\p{L}{0,3}|подрядчик\p{L}{0,3})`;
/** A word after the role noun ("fournisseur logistique"), not one that makes the name its owner ("clientes de X"). */
const ROLE_QUALIFIER = String.raw`(?:\s+(?!(?:de|of|von|vom|der|des|du|di|del|della|dei|do|da|dos|das|d'|из|у)(?![\p{L}]))[\p{L}\p{N}/-]+)`;
const POSSESSED_ROLE_BEFORE = new RegExp(String.raw`${POSSESSIVE}\s+(?:[\p{L}\p{N}/-]+\s+){0,2}?${PARTY_ROLE}${ROLE_QUALIFIER}{0,2}?\s*(?:(?:is|est|es|e|ist|sont|are|sind|son|sao|sono|это)\s*)?(?:(?:incl\.?|including|such as|e\.g\.|like|u\.a\.|wie|como|come|comme|tels que|tipo) ?)?[:,—–-]?\s*$`, 'gu');
const POSSESSED_ROLE_AFTER = new RegExp(String.raw`^\s*[(,—–:-]\s*(?:(?:это|c'est|is|est|es|e|ist|sono|sind|sao)\s+)?${POSSESSIVE}\s+(?:[\p{L}\p{N}/-]+\s+)?${PARTY_ROLE}(?![\p{L}])`, 'u');

/** "albaranes de su transportista X", "data of their carrier X": what is offered is that party's own, and it is a victim too. */
const OWNED_BY_BEFORE = /(?:^|[^\p{L}])(?:de|of|from|von|vom|du|des|di|del|della|dei|do|da|dos|das|из|у)\s+$/u;

function hasPossessedRoleBefore(before: string): boolean {
  for (const found of matchesWhere(POSSESSED_ROLE_BEFORE, before, 'not after a letter')) {
    if (!OWNED_BY_BEFORE.test(before.slice(Math.max(0, found.index - 8), found.index))) return true;
  }
  return false;
}



/** "pero el banco no fue vulnerado": the breach denied in the words of es/pt/it, beside NOT_AFFECTED_AFTER. */
const NOT_BREACHED_AFTER = /^[^.;!?\n]{0,60}?(?:no fue(?:ron)? vulnerad|no ha(?:n)? sido vulnerad|nao fo(?:i|ram) vulnerad|nao fo(?:i|ram) violad|no fue(?:ron)? violad|non (?:e|sono) stat[oaie] violat)/u;
/**
 * "la filtración de X fue peor que esta", "il leak di X era più grande di questo", "der Leak bei X
 * war kleiner als …": the name's leak is the yardstick, said after it; the posting is another one.
 */
const COMPARED_AFTER = /^[^.;!?\n]{0,40}?(?:was|were|is|fue|fueron|es|era|eran|foi|foram|etait|est|war|ist|был|была|было)\s(?:[\p{L}]+\s){0,2}?(?:worse|bigger|larger|smaller|peor|mayor|menor|mas grande|mas pequen\p{L}*|pior|maior|pequen\p{L}*|pire|plus gros\p{L}*|plus grand\p{L}*|plus petit\p{L}*|peggio|piu grande|piu piccol\p{L}*|maggiore|minore|schlimmer|grosser|kleiner|хуже|больше|меньше)\s(?:than|que|do que|di|als|чем|perto d[oa]s?|comparad[oa]s?|compared)(?![\p{L}])/u;
/** "hat nichts mit der Donaubank zu tun": German puts the name inside "nichts mit … zu tun". */
const NOTHING_WITH_BEFORE = /(?:^|[^\p{L}])nichts (?:\p{L}+ )?mit(?: (?:der|dem|den|die|das))?\s*$/u;

/**
 * "base clients d'une pharmacie des Landes", "uma clínica do Faial": an indefinite article before a
 * name that starts with its generic word describes a business of that kind; it does not name it.
 * Not "a", which is also the preposition of Spanish, Portuguese and Italian ("acceso a Farmacias X").
 */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an|one|un|une|d'un|d'une|una|uno|un'|um|uma|ein|eine|einer|einem|einen|een)\s+$/u;
/** "base de datos X — no, es de Y (otra empresa)": the author corrects whose data it is, right after the name. */
const CORRECTED_AFTER = /^[^.;!?\n]{0,20}?(?:^|[^\p{L}])(?:no|non|nao|nein|nee|нет)\s?,\s?(?:es|son|e|sao|c'est|it's|it is|ist|sind|sono|это)\s(?:de|da|do|dos|von|vom|of|from|d'|du|des|di|della|del)\s/u;

/** "Transports X comme sous-traitant", "X as a supplier": the role said right after the name. */
const ROLE_AFTER = /^[\s,)»"']{0,3}(?:as|comme|como|come|als|в качестве)\s+(?:(?:a|an|the|un|une|el|la|le|o|il|der|die|das|ein|eine)\s+)?(?:sous-traitant\S*|subcontractor\S*|subcontratista\S*|subcontratad\S*|subappaltator\S*|subunternehmer\S*|suppliers?|fournisseurs?|proveedor\S*|fornecedor\S*|fornitor\S*|lieferant\S*|clients?|clientes?|clienti|kunden?|partners?|partenaires?|socios?|parceir\S*|carriers?|transporteurs?|transportista\S*|поставщик\S*|подрядчик\S*|клиент\S*|партнер\S*)(?![\p{L}])/u;

/** "gestionale (Nuvola) usato dal Comune": software the victim uses, named before it. */
const USED_BY_AFTER = /^[\s)"'»]{0,3}(?:\S+\s+)?(?:used by|utilise(?:e|s|es)? par|usad[oa]s? (?:por|pel[oa])|usat[oa] (?:da|dal|dalla|dai)|utilizzat[oa] (?:da|dal|dalla)|genutzt von|verwendet von|eingesetzt bei|используем\S* )/u;

/** "Caribou Courier tracking numbers", "numéros de suivi Colissimo": the carrier of the victim's parcels. */
const TRACKING_AFTER = /^\s*(?:tracking|suivi|seguimiento|rastreio|sendungsverfolgung|tracciamento|трек)\s*(?:numbers?|nos?|codes?|ids?|labels?|numeros?|codigos?|nummern?|номер\S*)(?![\p{L}])/u;

/** "some Sawtooth CU BINs", "5xxxxx Banco X pré-pago": a card issuer among the cards listed, not the breached party. */
const ISSUER_AFTER = /^\s*(?:\S+\s+)?(?:bins?|бин\S{0,2})(?![\p{L}])/u;
/** "some", "incl.", "mixed": the issuer is one of several, the cards are not that bank's breach ("PECAN BANK debit BINs" sells its cards). */
const ONE_OF_SEVERAL_BEFORE = /(?:^|[^\p{L}])(?:some|a few|several|incl|including|also|mixed|algunos|alguns|algumas|quelques|plusieurs|einige|alcuni|alcune|несколько|в том числе)(?:\s+\S+){0,1}\s*$/u;
const BIN_BEFORE = /(?:^|[^\p{L}\p{N}])[2-6][\dx*]{5,7}[\s:=-]{0,3}$/u;
/** "Их аплинк — X", "upstream provider: X": the network the victim buys transit from. */
const UPLINK_BEFORE = /(?:^|[^\p{L}])(?:uplink|upstream(?: provider)?|transit provider|аплинк\S{0,2})(?:\s[\p{L}\p{N}]+)?[\s:—–-]{0,4}$/u;
/** "MNS-000000" in a sample row: an insurer's code in the data, not a name. */
const CODE_AFTER = /^[-_/](?!(?:19|20)\d\d(?!\d))\d{4,}/u;

/**
 * A pattern written `(?:^|[^\p{L}])…$`, searched from word starts (word-start-matches.ts): the same
 * matches, without trying the class in front at every position of the text before each mention.
 * Not for patterns with `\S*` or runs of words before their end (COMPARED_BEFORE, PLACE_BEFORE,
 * TOOL_BEFORE, EXAMPLE_BEFORE): started inside every word, those are quadratic (test/security/linear-time-patterns).
 */
function atWordStart(pattern: RegExp): RegExp {
  const prefix = '(?:^|[^\\p{L}])';
  const source = pattern.source.split(`$|${prefix}`).join('$|');
  if (!source.startsWith(prefix)) throw new Error(`atWordStart: /${pattern.source}/ does not start with ${prefix}`);
  return new RegExp(source.slice(prefix.length), `${pattern.flags}g`);
}
const CONFUSED_WITH_AT = atWordStart(CONFUSED_WITH_BEFORE);
const NEGATED_AT = atWordStart(NEGATED_BEFORE);
const ONE_OF_SEVERAL_AT = atWordStart(ONE_OF_SEVERAL_BEFORE);
const UPLINK_AT = atWordStart(UPLINK_BEFORE);
const endsWith = (pattern: RegExp, text: string) => hasMatchWhere(pattern, text, 'not after a letter');

/** Whether the term's first word is a generic word of names ("Pharmacie", "Clínica", "Bank"). */
function startsWithGenericWord(mention: TermOccurrence): boolean {
  const firstBreak = mention.term.breaks.size > 0 ? Math.min(...mention.term.breaks.keys()) : -1;
  return firstBreak > 0 && genericMeaningOf(mention.term.compact.slice(0, firstBreak)) !== undefined;
}

export type MentionRole = { excluded: true; reason: string } | { excluded: false; reason: string } | null;

/** One reading per mention: judging a name and corroborating another both ask. */
const rolesRead = new WeakMap<TermOccurrence, MentionRole>();

/** Why this mention does not make its organization the victim, or null when nothing says so. */
export function roleOfMention(normalized: NormalizedText, mention: TermOccurrence): MentionRole {
  const known = rolesRead.get(mention);
  if (known !== undefined) return known;
  const role = readRoleOfMention(normalized, mention);
  rolesRead.set(mention, role);
  return role;
}

function readRoleOfMention(normalized: NormalizedText, mention: TermOccurrence): MentionRole {
  const text = normalized.text;
  // A negation or an example reaches no further back than its clause: "(nicht die Alpenblick Reha AG)".
  const clause = clauseStart(text, mention.from);
  const before = text.slice(Math.max(clause, mention.from - 60), mention.from);
  const longBefore = lineBefore(text, mention.from, 100);
  const after = text.slice(mention.to, mention.to + 40);
  if (endsWith(CONFUSED_WITH_AT, before)) return { excluded: false, reason: 'named as another body the victim is not to be confused with' };
  if (endsWith(NEGATED_AT, before) && !isPortugueseIn(text, before)) return { excluded: true, reason: 'excluded by the author (after a negation)' };
  if (CORRECTED_AFTER.test(text.slice(mention.to, mention.to + 80))) return { excluded: true, reason: 'corrected by the author right after: the data is another\'s' };
  if (startsWithGenericWord(mention) && INDEFINITE_BEFORE.test(before)) return { excluded: false, reason: 'described with an indefinite article ("une pharmacie des …"): a business of that kind, not this one' };
  if (NOT_AFFECTED_SIGN.test(text.slice(mention.to, mention.to + 120)) && NOT_AFFECTED_AFTER.test(text.slice(mention.to, mention.to + 120))) return { excluded: true, reason: 'said by the author not to be affected' };
  if (NOTHING_TO_DO_AFTER.test(text.slice(mention.to, mention.to + 120))) return { excluded: true, reason: 'said by the author to have nothing to do with it' };
  if (NOTHING_WITH_BEFORE.test(before) && /^\s*zu tun/u.test(after)) return { excluded: true, reason: 'said by the author to have nothing to do with it' };
  if (NOT_BREACHED_AFTER.test(text.slice(mention.to, mention.to + 120))) return { excluded: true, reason: 'said by the author not to be affected' };
  if (hasPossessedRoleBefore(before) || POSSESSED_ROLE_AFTER.test(after)) return { excluded: false, reason: 'named as the victim\'s provider, client or partner ("their supplier", "deren Kunde"), not the victim' };
  if (ROLE_AFTER.test(after) || ROLE_STATED_AFTER.test(after)) return { excluded: false, reason: 'named in another role (client, supplier, subcontractor, partner), not the victim' };
  if (USED_BY_AFTER.test(after)) return { excluded: false, reason: 'named as software the victim uses, not the victim' };
  if (EXAMPLE_BEFORE.test(before) || EXAMPLE_AFTER.test(after) || COMPARED_BEFORE.test(before) || LIKENESS_BEFORE.test(before) || COMPARED_AFTER.test(text.slice(mention.to, mention.to + 120))) return { excluded: false, reason: 'cited as an example or a comparison, not the victim' };
  // A domain is the organization's own system ("shipx.inpost.pl"), never a tool named in passing.
  if (isExampleInBrackets(text, mention.from, mention.to)) return { excluded: false, reason: 'given in brackets as an example of what the data holds ("-type", "e.g."), not the victim' };
  const clauseRole = roleFromClause(text, mention.from, clause);
  if (clauseRole) return { excluded: false, reason: clauseRole.reason };
  if (mention.term.role !== 'domain' && ((ISSUER_AFTER.test(after) && endsWith(ONE_OF_SEVERAL_AT, before)) || BIN_BEFORE.test(before))) return { excluded: false, reason: 'named as the issuer of cards listed by their BINs, not the victim' };
  if (mention.term.role !== 'domain' && endsWith(UPLINK_AT, longBefore)) return { excluded: false, reason: 'named as the network provider the victim buys transit from, not the victim' };
  if (mention.term.weak && mention.term.compact.length <= 5 && CODE_AFTER.test(after)) return { excluded: false, reason: 'part of a code in the data ("MNS-000000"), not a name' };
  if (mention.term.role !== 'domain' && TRACKING_AFTER.test(after)) return { excluded: false, reason: 'named as the carrier whose tracking numbers are listed, not the victim' };
  if (mention.term.role !== 'domain' && PLACE_BEFORE.test(before)) return { excluded: false, reason: 'named as a place (after "located in"), not the victim' };
  if (mention.term.role !== 'domain' && (TOOL_BEFORE.test(before) || (CARRIER_BEFORE.test(longBefore) && !SOLD_SHIPMENTS.test(longBefore)))) return { excluded: false, reason: 'named as a tool or carrier, not the victim' };
  if (mention.place === 'email-domain' && isInMailProviderList(text, mention.from)) return { excluded: false, reason: 'one mail provider among others in a list, not the victim' };
  return null;
}

/** Words only Portuguese writes, unaccented as the normalized text has them. */
const PORTUGUESE = /(?:^|[^\p{L}])(?:tenho|voce|voces|usuario|usuarios|tambem|entao|obrigad[oa]|pra|quem quer|nao sei|vazou|vazad[oa]|sao|estao|acessos?|dados|senhas?|contas|informacoes|angolan[oa]s?|brasileir[oa]s?|mocambican[oa]s?|cabo-verdian[oa]s?|faculdade|universidade|prefeitura|r\$)(?![\p{L}])/u;

/**
 * "tenho rdp no banco X": in Portuguese "no" is "in the", not a negation. Read so in a Portuguese
 * text only.
 */
function isPortugueseIn(text: string, before: string): boolean {
  // "tenho acesso no painel vtex da drogaria X": "no" may stand a few words before the name, as a
  // negation may; it is "in the" when it is the only negating word there.
  const words = before.trimEnd().split(/[^\p{L}']+/u).slice(-5);
  if (!words.includes('no') || words.some((word) => word !== 'no' && NEGATING_WORDS.has(word))) return false;
  // "shell no servidor web da lojas X": "no" then a noun then "da"/"do" before the name is Portuguese's "in the … of".
  return NO_NOUN_OF.test(before) || PORTUGUESE.test(text.slice(0, 2000));
}
const NO_NOUN_OF = /(?:^|[^\p{L}])no\s+(?:[\p{L}\p{N}-]+\s+){1,3}d[ao]s?\s+$/u;
const NEGATING_WORDS = new Set(['not', 'non', 'pas', 'nicht', 'kein', 'keine', 'nao', 'не', 'ни', 'without', 'sans', 'sin', 'sem', 'ohne', 'except', 'excluding', 'hors', 'nor', 'isnt', "isn't", "aren't"]);

/** Inside brackets that say they give examples: "current lender (Nationwide-type, Dales & Ridings, Skipton-type etc)". */
const EXAMPLE_MARK = /-type(?![\p{L}])|(?:^|[^\p{L}])(?:e\.g\.|z\.b\.|p\.ex\.|por ej\.|ad es\.|such as)/u;
/** Longest reach from a mention to its brackets. */
const BRACKET_REACH = 120;

function isExampleInBrackets(text: string, from: number, to: number): boolean {
  // Searched within BRACKET_REACH only: a text without brackets is not read again per mention.
  const before = text.slice(Math.max(0, from - BRACKET_REACH), from);
  const open = before.lastIndexOf('(');
  if (open === -1 || before.includes(')', open)) return false;
  const after = text.slice(to, to + BRACKET_REACH);
  const close = after.indexOf(')');
  if (close === -1) return false;
  return EXAMPLE_MARK.test(before.slice(open + 1) + text.slice(from, to) + after.slice(0, close));
}

/** "@gmail.com @free.fr @orange.fr": a bare "@domain" among two or more others lists providers. */
export function isInMailProviderList(text: string, domainFrom: number): boolean {
  const at = domainFrom - 1;
  if (at > 0 && /[\w.+-]/.test(text[at - 1]!)) return false;
  const line = text.slice(Math.max(0, at - 200), at + 200);
  return (line.match(/(?:^|[\s,;|/])@[\w-]+(?:\.[\w-]+)+/gu) ?? []).length >= 3;
}
