import { hasMatchWhere, matchesWhere } from './word-start-matches.js';

/**
 * Roles given by the clause a name stands in, not by the few words before it: "Clients include:
 * Cedar Valley USD, Harborline Credit Union" lists clients however long the list, and "(not
 * the Alpenblick Reha AG in Davos)" reaches no further than its parentheses. A clause runs from
 * the last line break, sentence end, semicolon, dash between spaces or bracket to the mention;
 * commas do not end it, so every item of a list shares the clause's label.
 *
 * Normalized text (lower case, no accents), in the seven languages of the sets (en, fr, es, pt,
 * de, it, ru). Each pattern is anchored at the clause's end and bounded, so it stays linear.
 */

/** Longest clause read before a mention: a list of a dozen names, not a whole text. */
const MAX_CLAUSE = 240;

/** Words shortened with a full stop, which does not end their sentence. */
const ABBREVIATIONS = new Set(['bzw', 'usw', 'etc', 'ca', 'vgl', 'inkl', 'zzgl', 'nr', 'str', 'tel', 'approx', 'incl', 'vs', 'dr', 'st', 'sta', 'av', 'ave', 'cia', 'ltda',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'mr', 'mrs', 'pp', 'mio', 'mrd', 'mln', 'tsd', 'env', 'mme', 'cf', 'ecc', 'sig', 'dott', 'ing', 'etc', 'aprox', 'pag', 'tlf', 'ул', 'г', 'тыс', 'млн', 'руб']);

/** The text of the line before `from`, at most `reach` characters of it: without splitting the slice into lines. */
export function lineBefore(text: string, from: number, reach: number): string {
  // Searched in the slice, never further back: a text without line breaks is not read again per mention.
  const slice = text.slice(Math.max(0, from - reach), from);
  return slice.slice(slice.lastIndexOf('\n') + 1);
}

/** Where the clause holding the character at `from` starts. */
export function clauseStart(text: string, from: number): number {
  const floor = Math.max(0, from - MAX_CLAUSE);
  for (let index = from - 1; index >= floor; index -= 1) {
    const char = text[index]!;
    if (char === '\n' || char === ';' || char === '(' || char === ')' || char === '[' || char === ']' || char === '!' || char === '?' || char === '|') return index + 1;
    // "— " and " - " between words end a clause; a hyphen inside a name ("Bem-Estar") does not.
    if ((char === '—' || char === '–' || char === '-') && text[index - 1] === ' ' && text[index + 1] === ' ') return index + 1;
    // A full stop before a space ends a sentence unless it ends an abbreviation ("u.a.", "bzw.", "Mio.").
    // After a closing bracket, a quote or a figure a full stop ends its sentence too: "(Name, E-Mail). Bevorzugter Lieferant: …".
    if (char === '.' && text[index + 1] === ' ' && /[)\]"'»\d]$/u.test(text.slice(Math.max(0, index - 1), index))) return index + 1;
    if (char === '.' && text[index + 1] === ' ' && /\p{L}{2}$/u.test(text.slice(Math.max(0, index - 2), index))
      && !ABBREVIATIONS.has(/(?<!\p{L})\p{L}+$/u.exec(text.slice(Math.max(0, index - 8), index))![0])) return index + 1;
  }
  return floor;
}

/** The clause's own label: "Clients:", "Notable tenants:", "Aseguradoras de los pacientes:", "Kunden u.a.:". */
const LIST_LABEL = new RegExp(String.raw`^\s*(?:[^:,\n]{1,40},\s*)?(?:[-•*>]\s*)?(?:(?:among (?:the|its|their)|parmi (?:les|ses|leurs)|entre (?:los|sus|os|seus)|tra i|fra i|unter den|среди)\s+)?(?:(?:list of|liste (?:des|de|der)|lista (?:de|dei|degli|di|dos|das)|elenco (?:dei|degli|di)|список)\s+)?(?:(?:notable|main|key|major|preferred|principais|principales|principaux|grands?|wichtige|bevorzugter?|grandi|principali|основные|крупные)\s+)?`
  + String.raw`(?:clients?|customers?|clientes?|clienti|kunden|клиенты|заказчики|tenants?|mandanten|inquilinos|partners?|partenaires?|parceiros|socios comerciales|suppliers?|fournisseurs?|proveedores|fornecedores|fornitori|lieferanten|поставщики|`
  + String.raw`aseguradoras?|assureurs?|insurers?|versicherer|assicurazioni|seguradoras|страховщики|brands?|marques|marcas|marchi|marken|бренды|references?|referencias|referenze|`
  + String.raw`supplier|fournisseur|proveedor|fornecedor|fornitore|lieferant|поставщик|merchants?|comercios?(?: adheridos)?|comerciantes|commercants|handler|esercenti|convenios?|planos|мерчанты)`
  + String.raw`(?:\s+[^\s:]+){0,4}?\s*:`, 'u');

/** Words that make what follows, in the same clause, a client, partner or supplier of the victim. */
const CLIENT_PHRASE = new RegExp(String.raw`(?:clients include|customers include|clients incluent|clientes incluyen|clientes incluem|kunden wie|clients such as|customers such as|clientes como|clienti come|`
  + String.raw`works? for|travaille pour|trabaja para|trabalha para|arbeitet fur|lavora per|работает на|campaigns? for|campagnes? pour|`
  + String.raw`supplies|supplier to|fournit|fournisseur (?:de|d'|d’)|suministra a|proveedor de|fornece (?:a|para)|fornecedor d[aeo]|fornisce|fornitore di|beliefert|lieferant von|поставляет|поставщик (?:для|у)|(?:их|его|ее|её|свой|своего|основной|главный) поставщик|`
  + String.raw`(?:invoices|delivery notes|factures|bons de livraison|facturas|albaranes|faturas|notas fiscais|fatture|bolle|rechnungen|lieferscheine|счета|накладные)(?:\s+\S+){0,8}\s+(?:to|a|aux|an|para|per|на)|`
  + String.raw`(?:clients|customers|clientes|clienti|kunden|клиенты|comercios adheridos|merchants|lieferant(?:en)?|suppliers?|fournisseurs?|proveedor(?:es)?|fornecedor(?:es)?|fornitor[ei]|поставщик\p{L}{0,4}|partners?|partenaires?|parceiros)(?:\s+\S+)?,?\s+(?:u\.? ?a\.?|unter anderem|notamment|dont|including|incl\.?|such as|como|come|tra cui|entre ellos|aparecen|include|includes|incluem|incluyen|incluent|includono|umfassen|включают|incluindo|incluyendo|inclusive|includendo|compres|einschliesslich|darunter|включая|в том числе|z\.? ?b\.?|e\.? ?g\.?)|`
  + String.raw`(?:main|principal|primary) supplier|proveedor principal|fournisseur principal|fornitore principale|fornecedor principal|hauptlieferant|se abastece de|abastecid[oa]s? (?:por|de)|`
  + String.raw`(?:entre (?:los|sus) (?:clientes|comercios)|entre os (?:seus )?clientes|among (?:its|the|their) (?:clients|customers)|tra i (?:suoi )?clienti|parmi (?:ses|les|leurs) clients|unter (?:den|seinen|ihren) kunden|среди клиентов|among (?:its|the|their) suppliers|parmi (?:ses|les|leurs) fournisseurs|entre (?:los|sus) proveedores|entre os (?:seus )?fornecedores|tra i (?:suoi )?fornitori|unter (?:den|seinen|ihren) lieferanten|среди поставщиков)|`
  + String.raw`trusted by|ils nous font confiance|nos references|confian en nosotros|confiam em nos|vertrauen uns|si fidano di noi|нам доверяют|subcontractor|subcontratista|sous-traitant|subappaltatore|subunternehmer|prestataire (?:de|d'|d’)|contractor for|vendor (?:of|for)|partner of|partenaire (?:de|d'|d’)|socio de|parceiro d[aeo])`
  + String.raw`(?:[^\p{L}]|$)`, 'gu');

/** The victim's software or service: "ERP is Nuvola Gestionale", "usan Cobalto para las nóminas", "keep all billing in Ledgerly". */
const TOOL_PHRASE = /(?:uses?|using|used|usan|usa|utilise(?:nt)?|utilisant|usam|usando|nutz(?:t|en)|verwende(?:t|n)|usano|utilizza(?:no)?|utilizan?|используют|использует|на софте|на по|на платформе|на движке|runs? on|hosted (?:on|at|by)|built (?:on|by)|developed by|made by|developpe(?:e)? par|desarrollad[oa] por|desenvolvid[oa] por|entwickelt von|sviluppat[oa] da|lauft auf|basiert auf|tourne sur|funciona (?:con|en|sobre)|roda (?:em|na|no)|gira su|platt?form(?:e)? (?:von|by|from|of|de|di|da)|plataforma (?:de|da|do)|piattaforma (?:di|da)|(?:erp|crm|software|system|platform|logiciel|sistema|plataforma|piattaforma|gestionale|gestional) (?:is|est|es|e|ist)|keeps? (?:\S+ ){0,3}in|gardent (?:\S+ ){0,3}dans|export\S* (?:aus|from|de|da|из|depuis|desde|dal|dalla)|(?:pulled|extracted|obtained|grabbed|taken|sacad[oa]s|obtenid[oa]s|extraid[oa]s|obtid[oa]s|recuperee?s?|abgezogen|estratt[ie]|выгружен\S*) (?:via|from|through|with|de|depuis|aus|da|dal|dalla|из|через|con|com|mit|par|por|desde)|exportiert aus|plan(?:s)? (?:\S+ )?(?:with|using)|intestate (?:a|alla|al)|invoiced to|factur(?:ee|ees|adas?) (?:a|à))(?:[^\p{L}]|$)/gu;

/** Who supplies the victim: "fleurs fournies par Kanapa AG", "supplied by", "geliefert von". */
const SUPPLIER_PHRASE = /(?:supplied by|provided by|sourced from|fourni(?:e|s|es)? par|suministrad[oa]s? por|fornecid[oa]s? (?:por|pela|pelo)|geliefert von|bezogen von|fornit[oiea] da|поставля\S* |(?:buys?|bought|buying|purchases?|purchased)(?:\s+\S+){0,2}\s+from|orders? (?:placed )?(?:with|to)|achete(?:nt)?(?:\s+\S+){0,2}\s+(?:chez|aupres de)|commandes? (?:a|aupres de|chez)|compra(?:n|m)(?:\s+\S+){0,2}\s+(?:a|al|do|da|dos|das)|pedidos? a|encomenda(?:s|m)? (?:a|ao|à)|kauf(?:t|en)(?:\s+\S+){0,2}\s+bei|bestell(?:t|en|ungen) bei|compran[oa](?:\s+\S+){0,2}\s+(?:da|dal|dalla|presso)|ordini a|закупа\S*(?:\s+\S+){0,2}\s+у|заказ\S*(?:\s+\S+){0,2}\s+у|покупа\S*(?:\s+\S+){0,2}\s+у)(?:[^\p{L}]|$)/gu;

/** Where the victim's servers live: "Сервера у провайдера X", "hébergé chez X", "servers at X". */
const HOSTING_PHRASE = /(?:servers? (?:at|with|hosted (?:at|by))|hosting (?:at|with|by|bei|chez|en|na|no|presso|da)|serveurs? chez|heberge(?:e|s|es)? (?:chez|par)|hebergement chez|alojad[oa]s? (?:en|por)|hospedad[oa]s? (?:na|no|em|pela|pelo)|gehostet bei|server bei|ospitat[oa] (?:da|presso)|сервер\S* у|хостинг\S* у|у провайдера)(?:[^\p{L}]|$)/gu;

/**
 * A list in brackets after a noun that names the role of what it lists: "IBAN de domiciliación
 * (Caja Solidaria, Ibercaja, Santander…)", "convênio (Amparo Saúde, Unimed)", "offerte fornitori
 * (Acciaierie Ferraro e altri)": the banks, insurers or suppliers of the victim's people.
 */
const ROLE_NOUN_BEFORE_BRACKET = /(?:^|[^\p{L}])(?:banks?|banques?|bancos?|banche|banken|iban(?: de domiciliacion)?|domiciliacion|insurers?|insurance|assureurs?|mutuelles?|aseguradoras?|seguradoras?|convenios?|planos? de saude|assicurazioni|versicherer|krankenkassen?|страховщик\S*|suppliers?|fournisseurs?|proveedores|fornecedores|fornitori|lieferanten|поставщик\S*|carriers?|transporteurs?|transportistas?|transportadoras?|corrieri|spediteure|перевозчик\S*|clients?|customers?|clientes|clienti|kunden|клиент\S*|partners?|partenaires?|parceiros|socios|prevision|obra social|providers?|prestadores|prestataires|fornitori di servizi|dienstleister|handler\S*|haendler\S*|dealers?|retailers?|resellers?|stockists?|revendeurs?|distributeurs?|distribuidores|distribuidoras|rivenditori|wiederverkaufer|дилер\S*|tracking(?: numbers?)?|suivi|rastreio|seguimiento|sendungsnummern|tracciamento|трек\S*)(?:[^\p{L}(]{0,20}\(|(?:[^\p{L}(\n]{1,3}\p{L}+){1,3}[^\p{L}(]{0,5}\(\s*(?:u\.? ?a\.?|z\.? ?b\.?|incl\S*|including|e\.? ?g\.?|notamment|dont|entre (?:ellos|otros)|tra cui|como|come|wie|darunter|включая|в т\.? ?ч\.?)(?![\p{L}]))[^()]*$/u;

/**
 * The people or firms a record names, listed in brackets: "prescripteurs (Clinique X, généralistes…)",
 * "current lender (Y, …)". Apart from ROLE_NOUN_BEFORE_BRACKET, whose analysis by recheck grows
 * past any bound with each word added.
 */
const RECORD_PARTY_BEFORE_BRACKET = /(?:^|[^\p{L}])(?:prescripteurs?|prescribers?|prescriptores|prescrittori|prescritores|verordner|lenders?|preteurs?|prestamistas?|credores|kreditgeber|finanziatori|кредитор\p{L}{0,4})[^\p{L}(]{0,20}\($/u;

/** Whether the mention stands in brackets still open at its start, after a record party's noun (the 40 characters before the bracket). */
function isInRecordPartyBrackets(line: string): boolean {
  const open = line.lastIndexOf('(');
  return open !== -1 && !line.includes(')', open) && RECORD_PARTY_BEFORE_BRACKET.test(line.slice(Math.max(0, open - 40), open + 1));
}

/** A product in brackets after the kind of software it is: "ERP admin (Nuvola Gestionale)". */
const SOFTWARE_NOUN_BEFORE_BRACKET = /(?:^|[^\p{L}])(?:erp|crm|software|logiciel|gestionale|sistema|systeme|system|plataforma|platform|piattaforma|programme|программа|1с)(?:\s+(?:admin|panel|access|acces|acceso|acesso|accesso|cloud|login|export|dump|data|backup))?[^\p{L}(]{0,5}\([^()]*$/u;

/** Selling through another's shops: "Vende a través de Farmacias Alba", "sells through", "verkauft über". */
const CHANNEL_PHRASE = /(?:(?:sells?|sold|vend(?:e|u|us|ues|ent|en|em|ono)?|vendid[oa]s?|venduti|verkauft|distribu(?:e|es|ee|ees|ted|ido|ida|idos|idas|ito|iti|iert)|продается|продаются)(?:\s+(?:also|too|aussi|egalement|notamment|tambien|tambem|anche|auch|также|mainly|surtout|sobre todo|principalmente|soprattutto|vor allem|les|los|las|os|as|the|nas|nos|en|em)){0,2}\s+(?:through|via|at|in|chez|dans|par|a traves de|atraves de|tramite|en|em|nas|nos|pela|pelo|pelas|pelos|uber|bei|by|por|da|presso|в|через))(?:[^\p{L}]|$)/gu;

/** The victim's payment processor: "Pagamentos processados via X", "Zahlung über X", "paid via X". */
const PAYMENT_PHRASE = /(?:(?:payments?|paid|pagamentos?|pagos?|cobros?|paiements?|payes?|zahlung(?:en)?|bezahlt|pagamenti|incassi|платежи|оплата)(?:\s+\S+){0,3}\s+(?:via|through|by|par|por|pela|pelo|uber|mit|tramite|con|com|через|procesa|procesaba|procesan|processa|processes|processed|traite|traites|verarbeitet|gestisce|gestiti)|(?:iban|conto|conti|accounts?|comptes?|cuentas?|contas?|konten|konto|счет\S*)(?:\s+\S+){0,2}\s+(?:presso|su|at|with|chez|aupres de|bei|em|en|в)|(?:payment )?tokens?(?:\s+\S+){0,1}\s+(?:from|de|da|von|di|от))(?:[^\p{L}]|$)/gu;

/** The carrier that delivered the victim's parcels: "entregas feitas pela X", "Versand über X und DHL". */
const CARRIER_PHRASE = /(?:(?:envios|entregas|shipping|deliveries|livraisons|lieferungen|spedizioni|доставку)\s+(?:\S+\s+){0,2}(?:hace|hacen|hacia|hacian|hizo|realiza|realizan|realizaba|faz|fazem|fazia|fait|font|faisait|effectue|macht|machte|fa|fanno|faceva|does|do|did|делает|делал)|(?:consegne|spedizioni|envios|entregas|deliveries|livraisons|lieferungen|shipments|expeditions) (?:gestite|gestionad[oa]s|gerid[oa]s|handled|gerees|abgewickelt|affidate|confiad[oa]s|confiee?s|entrusted|anvertraut|subcontracted|terceirizad[oa]s|esternalizzate) (?:da|dalla|por|pela|pelo|by|par|von|durch|a|al|alla|to|an|à|ao|à la)|guias de|go(?:es)? out (?:through|via|with)|трек[- ]?номер\S*|tracking (?:numbers?|codes?|ids?)|numeros? de suivi|codigos? de rastreio|numeros? de seguimiento|sendungsnummern|codici di tracciamento|(?:n°|no\.?|numeros?|numbers?|nummern?|numeri|номер\S*)\s+(?:de |di |of )?(?:suivi|seguimiento|rastreio|tracking|sendungsverfolgung|tracciamento|отслеживания))(?:[^\p{L}]|$)|(?:deliver(?:ed|ies)|shipped|shipping|livr(?:e|ee|ees|aisons?)|expedie(?:s|es)?|envio(?:s)?|entregas?|enviad[oa]s|versand|versendet|geliefert|spedizion[ei]|spedit[oi]|consegn[ae]|доставк\S*|отправк\S*)(?:\s+\S+){0,3}\s+(?:by|via|with|par|avec|por|pela|pelo|pelos|con|com|uber|mit|per|durch|tramite|через)(?:[^\p{L}]|$)/gu;
/** The operator whose gateway carried the victim's messages: "SMS OTP … inviati tramite il gateway di X". */
const GATEWAY_PHRASE = /(?:gateway|passerelle|pasarela|шлюз)\S{0,3}(?: sms)? (?:di|de|del|della|do|da|of|von|des|du)(?:[^\p{L}]|$)/gu;
/** Parcels that leave through a carrier: "les colis partent via X", "orders ship with X", "os pacotes saem pela X". */
const DISPATCH_PHRASE = /(?:partent|part|leave|leaves|ship|ships|salen|sale|saem|sai|gehen|geht|partono|parte|escono|esce|уходят|уходит) (?:via|par|avec|through|with|by|por|pela|pelo|com|uber|mit|tramite|con|через)(?:[^\p{L}]|$)/gu;
/**
 * "código-fonte do app usado pela Farmácia X", "core bancario usado por Banco Y", "logiciel installé
 * chez Z": the software breached is a vendor's; who uses it is that vendor's client.
 */
const USED_BY_PHRASE = /(?:usad[oa]s?|utilizad[oa]s?|utilisee?s?|used|verwendet|genutzt|eingesetzt|usat[oa]|utilizzat[oa]|installee?s?|instalad[oa]s?|installat[oa]|installiert) (?:por|pela|pelo|pelas|pelos|par|by|von|bei|da|dalla|dal|dai|dalle|chez|em|in|nei|presso)(?:[^\p{L}]|$)/gu;
/** "exportée du logiciel X", "exportiert aus dem System X": where data was exported from is a tool. */
const EXPORTED_FROM_PHRASE = /export\S{0,4} (?:du|des|de la|dal|dallo|dem|der|vom|do|da|aus dem|aus der)(?: (?:logiciel|software|sistema|systeme|system|programme?|programma|programa|plateforme|plataforma|piattaforma|plattform))?(?:[^\p{L}]|$)/gu;

/** Another company set against the victim: "concorrente di X", "competitor of X". */
// The three below stand beside CLIENT_PHRASE rather than inside it: grown by them, that pattern
// took the ReDoS check (test/security) minutes instead of 20 s.
/** "merchants in the dump include X", "esercenti colpiti dal furto includono X": the shops a breached processor or gateway served. */
const MERCHANTS_INCLUDE = /(?:merchants?|lojistas|esercenti|commercants|comercios|handler|мерчант\p{L}{0,2})\s[^.;:!?\n]{0,50}?\s(?:include|includes|including|incl\.?|incluem|incluyen|incluent|includono|umfassen|darunter|включают|включая)(?:[^\p{L}]|$)/u;
/** "Kunde u.a. X", "client notamment X": one client named among others, the singular of the lists above. */
const A_CLIENT_AMONG = /(?:^|[^\p{L}])(?:kunde|client|customer|cliente|клиент)\s(?:u\.? ?a\.?|unter anderem|notamment|entre autres|among others|entre otros|entre outros|tra gli altri|в том числе)(?:[^\p{L}]|$)/u;
/** "tra i merchant anche X", "among the merchants", "entre os lojistas". */
const AMONG_MERCHANTS = /(?:among (?:its|the|their) merchants|tra i (?:suoi )?(?:merchant|esercenti|commercianti)|entre os (?:seus )?(?:lojistas|estabelecimentos)|parmi (?:ses|les|leurs) (?:commercants|marchands)|unter (?:den|seinen|ihren) handlern|среди мерчантов)(?:[^\p{L}]|$)/u;

/** "Tochter der Erzberg Montan Gruppe", "a subsidiary of X": X is the victim's parent, not the victim. */
const PARENT_PHRASE = /(?:(?:a |the )?(?:wholly[- ]owned )?subsidiary of|(?:une |la )?filiale (?:de|du|des|d'|d’)|tochter(?:gesellschaft|firma|unternehmen)? (?:der|des|von|vom)|(?:una |la )?(?:societa )?controllata (?:di|da|dal|dalla|del|della)|дочерн\p{L}{0,4}(?: (?:компани\p{L}{0,2}|структур\p{L}{0,2}|предприяти\p{L}{0,2}|обществ\p{L}{0,2}))?)\s*$/u;

const COMPETITOR_PHRASE = /(?:(?:direct |main |biggest )?competitors? (?:of|to)|rival of|concurrent(?:e|s)?(?: direct| directe| principal)? (?:de|du|des|di|d'|d’)|concorrente (?:di|de|da|do)|competidor(?:es)? de|konkurrent(?:en)? von|wettbewerber von|конкурент\S*)(?:[^\p{L}]|$)/gu;

/** A yardstick: "twice the size of the X file", "il doppio del dump X", "più grande di quello della X". */
const YARDSTICK_PHRASE = /(?:twice|double|half|times|deux fois|le double|la moitie|el doble|la mitad|o dobro|a metade|il doppio|la meta|doppelt|halb so|в два раза|вдвое|bigger than|larger than|smaller than|worse than|altro che|peggio d\S*|peor que|pior (?:que|do que)|pire que|schlimmer als|хуже чем|plus gros(?:se)? que|plus grand(?:e)? que|mas grande que|maior (?:que|do que)|piu grande di|grosser als|больше чем|compared (?:to|with)|compare a|comparado con|comparado com|rispetto a|verglichen mit|по сравнению с)(?:[^\p{L}]|$)/gu;

/**
 * The stems every role phrase above contains: a clause with none of them (most clauses) is read
 * no further, one scan instead of eight.
 */
const ANY_ROLE_STEM = /kunde|клиент|tochter|subsidiar|filiale|controllat|дочерн|lojist|estabelecimento|hac|софт|на по|платформ|движк|affidat|confiad|confie|entrust|anvertrau|subcontract|terceiriz|esternalizz|faz|fais|gestit|gestion|gerid|handled|abgewick|guias|go out|goes out|plan|intestat|invoiced|factur|suivi|seguimiento|rastreio|tracking|sendungsverfolgung|tracciamento|отслежив|merchant|comerci|commer|handler|esercent|conveni|planos|мерчант|cobro|incass|iban|conto|account|compte|cuenta|conta|konto|счет|envio|n°|numer|number|nummer|номер|export|abastec|hauptliefer|client|custom|kunden|клиент|заказчик|tenant|mandant|partner|parceir|socio|suppl|fourni|proveed|fornec|forni|lieferant|поставщ|поставля|assur|asegur|segur|insur|versich|страх|brand|marque|marca|marchi|marken|бренд|referen|invoice|factur|fatur|fattur|rechnung|lieferschein|счета|наклад|albaran|bolle|delivery notes|bons de|work|travail|trabaj|arbeit|lavor|работ|campa|subcontr|sous-trait|subappalt|subunternehm|prestat|contractor|vendor|sell|sold|vend|verkauf|distribu|прода|pay|paid|pagam|pago|paiem|payes|zahl|bezahl|платеж|оплат|cobro|deliver|ship|livr|exped|envi|entreg|versand|versendet|geliefert|spedi|consegn|доставк|отправк|competit|rival|concurr|concorr|konkurr|wettbewerb|конкурент|twice|double|half|times|fois|moitie|doble|mitad|dobro|metade|doppi|meta|doppelt|halb so|вдвое|в два|bigger|larger|smaller|plus gros|plus grand|mas grande|maior|piu grande|grosser|больше|compar|rispetto|vergl|сравнен|use|using|usan|usa|utilis|usam|usando|nutz|verwend|usano|utilizz|utiliza|использ|runs? on|hosted|built on|erp|crm|software|system|logiciel|sistema|platform|plataforma|piattaforma|keep|gardent|provided|sourced|bezogen|among|parmi|entre|tra i|fra i|unter|среди|built|develop|desarroll|desenvolv|entwickelt|sviluppat|lauft|basiert|tourne|funciona|roda|gira su|plattform|plateforme|trusted|confian|confiam|vertrauen|fidano|доверя|token|gateway|passerelle|pasarela|шлюз|partent|leave|ships|salen|saem|gehen|partono|escono|уход|install|instal|worse|altro che|peggio|peor|pior|pire|schlimmer|хуже|pulled|extract|obtain|grabbed|taken|sacad|obtenid|extraid|obtid|recuper|abgezogen|estratt|выгружен|buy|bought|purchas|order|achet|command|compr|pedido|encomend|kauf|bestell|ordin|закуп|заказ|покуп|server|serveur|servidor|сервер|hosting|heberg|aloja|hosped|gehost|ospit|хостинг|провайдер/u;

/**
 * "export from a US trucking co, sonoran freight": what the phrase points at is a business, and the
 * name after it renames that business. Software is not a company, a firm or a chain.
 */
const BUSINESS_DESCRIBED = /(?:^|[^\p{L}])(?:co|company|firm|business|chain|retailer|empresa|compania|companhia|societe|entreprise|firma|unternehmen|betrieb|azienda|societa|ditta|компани\S{0,3}|фирм\S{0,3}|сеть)$/u;

function namesToolUsed(clause: string): boolean {
  let after = -1;
  for (const match of matchesWhere(TOOL_PHRASE, clause, 'not after a letter')) after = match.index + match[0].length;
  // The last words before the name, without the signs that set it off ("co, ", "firm: ").
  if (after === -1) return false;
  let end = clause.length;
  while (end > after && ' \t\n,:;.-'.includes(clause[end - 1]!)) end -= 1;
  return !BUSINESS_DESCRIBED.test(clause.slice(Math.max(after, end - 60), end));
}

/**
 * "Zugang zu deutschem IT-Dienstleister (Emscher Datentechnik)", "access to a logistics provider
 * (X)", "Verkaufe Zugang: sächsischer IT-Dienstleister (KDT, Chemnitz)": the role noun is what the access opens, so the name in brackets is the victim, not a
 * provider of someone else's.
 */
const ACCESS_TO_BEFORE = /(?:^|[^\p{L}])(?:(?:access|zugang|acces|acceso|acesso|accesso)(?: to| zu[mr]?| a| au| ao| al| ?:)?|zugriff auf|доступ к|доступ ?:)(?:\s+[\p{L}\p{N}-]+){1,4}\s*$/u;

function isWhatIsOffered(line: string): boolean {
  const open = line.lastIndexOf('(');
  return ACCESS_TO_BEFORE.test(line.slice(Math.max(0, open - 80), open));
}

/** "Clients: X, Y" lists names; "Customers: 150k Médiprix members" states a count of the victim's. */
function isLabelledList(clause: string): boolean {
  const label = LIST_LABEL.exec(clause);
  return label !== null && !/\d/u.test(clause.slice(label[0].length));
}

export interface ClauseRole {
  reason: string;
}

/** The role the clause gives the mention starting at `from`, or null when it gives none. */
export function roleFromClause(text: string, from: number, start = clauseStart(text, from)): ClauseRole | null {
  // "their IT provider's (X) remote tool": the possessive is the role noun's own.
  const read = lineBefore(text, from, 160);
  const line = read.includes("'s") || read.includes('’s') ? read.replace(/['’]s(?![\p{L}])/gu, '') : read;
  if (line.includes('(')) {
    if ((ROLE_NOUN_BEFORE_BRACKET.test(line) && !isWhatIsOffered(line)) || isInRecordPartyBrackets(line)) return { reason: 'listed in brackets after the role it plays for the victim (bank, insurer, supplier, client), not the victim' };
    if (SOFTWARE_NOUN_BEFORE_BRACKET.test(line)) return { reason: 'named in brackets as the software in question, not the victim' };
  }
  // A name that opens its clause ("Médiprix — 150 000 clients") has no words before it to give a role.
  if (from - start < 3 && text[start - 1] !== '(') return null;
  // "Deliveries were done by CEL (Courrier Express Laurentides …)": what is in brackets takes the
  // role of the clause the brackets stand in.
  const clause = text[start - 1] === '(' ? text.slice(clauseStart(text, start - 1), from) : text.slice(start, from);
  if (!ANY_ROLE_STEM.test(clause)) return null;
  // A bracket may carry its own label: "éditeur logiciel suisse (clients : X, Y)".
  const parts = text[start - 1] === '(' ? [clause, text.slice(start, from)] : [clause];
  if (parts.some(isLabelledList)) return { reason: 'listed under a label of clients, partners or suppliers, not the victim' };
  if (hasMatchWhere(CLIENT_PHRASE, clause, 'not after a letter') || MERCHANTS_INCLUDE.test(clause) || AMONG_MERCHANTS.test(clause) || A_CLIENT_AMONG.test(clause)) return { reason: 'named as a client, partner or supplier of the victim, not the victim' };
  if (namesToolUsed(clause)) return { reason: 'named as software or a service the victim uses, not the victim' };
  if (hasMatchWhere(EXPORTED_FROM_PHRASE, clause, 'not after a letter')) return { reason: 'named as software or a service the victim uses, not the victim' };
  if (hasMatchWhere(USED_BY_PHRASE, clause, 'not after a letter')) return { reason: 'named as a user of the software in question, a client of the victim, not the victim' };
  if (hasMatchWhere(SUPPLIER_PHRASE, clause, 'not after a letter')) return { reason: 'named as a supplier of the victim, not the victim' };
  if (hasMatchWhere(HOSTING_PHRASE, clause, 'not after a letter')) return { reason: 'named as the provider hosting the victim, not the victim' };
  if (hasMatchWhere(CHANNEL_PHRASE, clause, 'not after a letter')) return { reason: 'named as a shop the victim sells through, not the victim' };
  if (hasMatchWhere(PAYMENT_PHRASE, clause, 'not after a letter')) return { reason: 'named as the payment processor, not the victim' };
  if (hasMatchWhere(CARRIER_PHRASE, clause, 'not after a letter') || hasMatchWhere(GATEWAY_PHRASE, clause, 'not after a letter') || hasMatchWhere(DISPATCH_PHRASE, clause, 'not after a letter')) return { reason: 'named as the carrier, not the victim' };
  if (PARENT_PHRASE.test(clause)) return { reason: 'named as the parent company of the victim ("Tochter der X", "a subsidiary of X"), not the victim' };
  if (hasMatchWhere(COMPETITOR_PHRASE, clause, 'not after a letter')) return { reason: 'named as a competitor, not the victim' };
  if (hasMatchWhere(YARDSTICK_PHRASE, clause, 'not after a letter')) return { reason: 'named as a yardstick for the size of the leak, not the victim' };
  return null;
}
