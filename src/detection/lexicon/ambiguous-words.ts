/**
 * Words that are also watched names, on top of the common-word lists (lexicon/common-words.ts):
 * trade words and rarer words with another meaning ("aprium" is a fruit). Such a name is a
 * weak term and counts only with corroboration nearby. Normalized: lower case, no accents.
 */
export const COMMON_WORDS = new Set([
  // en
  'boots', 'boot', 'domain', 'shoppers', 'shopper', 'store', 'stores', 'post', 'mart', 'smoke', 'target', 'next', 'gap', 'shell',
  'apple', 'orange', 'amazon', 'sky', 'three', 'well', 'best', 'life', 'care', 'health', 'plus', 'prime', 'united', 'global',
  'national', 'general', 'first', 'express', 'direct', 'online', 'digital', 'group', 'service', 'services', 'solutions',
  'pharmacy', 'pharmacies', 'market', 'delivery', 'logistics', 'cannabis', 'leaf', 'green', 'canada', 'ontario', 'quebec',
  'access', 'data', 'cloud', 'bank', 'summit', 'eagle', 'phoenix', 'atlas', 'mercury', 'guardian', 'sentinel', 'harmony',
  'vision', 'fusion', 'nova', 'zen', 'pulse', 'core', 'edge', 'fresh', 'wave', 'pilot', 'matrix', 'signal', 'status',
  // fr, es, pt, it, de, nl
  'cova', 'aprium', 'pharmacie', 'groupe', 'groupement', 'poste', 'postes', 'sante', 'vie', 'soleil', 'lune', 'pomme',
  'farmacia', 'grupo', 'correo', 'correos', 'vida', 'casa', 'mundo', 'sol', 'luz', 'apotheke', 'post', 'gruppe', 'haus',
  'winkel', 'huis', 'leven', 'zorg',
]);

/**
 * Words that, right after or before an ambiguous term, show it means something else: "Domain
 * Admin" is a Windows privilege, "SOC 2" an audit standard, "OCS Inventory" an asset tool,
 * "boots on the ground" an idiom. Keyed by the term; each entry is a word that follows (`+`)
 * or precedes (`-`) it.
 */
/** Legal forms that follow a company name; as a watched acronym (AG Insurance's "AG") they need care. */
export const LEGAL_FORMS = new Set(['ag', 'sa', 'nv', 'bv', 'se', 'kg', 'gmbh', 'ltd', 'inc', 'spa', 'sas', 'sarl', 'plc', 'llc', 'corp', 'co', 'srl', 'oy', 'ab', 'as', 'oao', 'ooo', 'pjsc']);

/** Words at the ends of a name that do not tell two organizations apart: legal forms, "Group", "Holding". */
export const NAME_FORM_WORDS: ReadonlySet<string> = new Set([...LEGAL_FORMS, 'company', 'corporation', 'incorporated', 'limited', 'group', 'groupe', 'grupo', 'gruppo', 'gruppe',
  'holding', 'holdings', 'the', 'ооо', 'оао', 'зао', 'пао', 'ао', 'тов', 'sl', 'sau', 'ltda', 'eireli', 'lda', 'sprl', 'scs', 'gie', 'ug', 'ohg', 'ev', 'pty', 'pvt', 'bhd', 'sdn', 'kk', 'jsc', 'pc', 'pllc', 'lp', 'llp',
  // The Baltic, Central European, Nordic and Central Asian forms: "Lielupe Logistics SIA", "… UAB", "… OÜ", "… ТОО".
  'sia', 'uab', 'ou', 'too', 'тоо', 'kft', 'zrt', 'doo', 'sro', 'as', 'asa', 'aps', 'oyj', 'ehf', 'sp', 'zoo', 'spzoo', 'ад', 'еоод', 'оод']);

/**
 * Words of the trade itself: as a watched acronym (Deutsche Bahn's "DB") they are read as the
 * jargon first, so only the organization's own keywords, names or domain corroborate them —
 * a sector or country word next to "DB" is what every database sale has.
 */
export const MARKET_JARGON = new Set(['db', 'dbs', 'dump', 'log', 'logs', 'combo', 'base', 'vpn', 'rdp', 'mm', 'dm', 'pm', 'cc', 'cvv', 'ssn', 'otp', 'kyc', 'fud',
  'rat', 'bot', 'rep', 'tox', 'api', 'sql', 'csv', 'ftp', 'ssh', 'av', 'edr', 'ad', 'da', 'it', 'hr', 'crm', 'erp', 'pos', 'atm', 'sim', 'btc', 'xmr']);

export const OTHER_MEANINGS: Record<string, string[]> = {
  domain: ['+admin', '+admins', '+administrator', '+controller', '+controllers', '+user', '+users', '+name', '+names', '+transfer', '+registrar', '+join', '+trust', '+policy', '+account', '-admin', '-du', '-de', '-aged', '-expired', '-windows', '-active', '+com'],
  soc: ['+2', '+1', '+ii', '+analyst', '+analysts', '+team', '+teams', '+type', '+report', '+manager', '+operator', '+engineer', '+l1', '+l2', '+tier', '-leur', '-their', '-the', '-our', '-son', '-sa', '-le', '-un', '-a'],
  ocs: ['+inventory', '+ng', '+agent', '+server', '+group', '+max', '+city', '+choc', '+go', '-compte', '-abonnement'],
  boots: ['+on', '-leather', '-hiking', '-winter', '-rain', '-work', '-combat', '-timberland'],
  cpc: ['+from', '+rate', '+bid', '+campaign', '+traffic', '-cpm', '-cpa'],
  shoppers: ['+stop', '-online', '-us', '-holiday'],
};
