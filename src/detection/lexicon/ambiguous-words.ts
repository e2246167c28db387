/**
 * Ordinary words that are also watched names (Boots, Domain, Shoppers, Cova): such a name is a
 * weak term and counts only with corroboration nearby. A name of four letters or fewer (OCS,
 * SOC, CPC, SDM) is weak whatever it is. Normalized: lower case, no accents.
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
export const OTHER_MEANINGS: Record<string, string[]> = {
  domain: ['+admin', '+admins', '+administrator', '+controller', '+controllers', '+user', '+users', '+name', '+names', '+transfer', '+registrar', '+join', '+trust', '+policy', '+account', '-admin', '-du', '-de', '-aged', '-expired', '-windows', '-active', '+com'],
  soc: ['+2', '+1', '+ii', '+analyst', '+analysts', '+team', '+teams', '+type', '+report', '+manager', '+operator', '+engineer', '+l1', '+l2', '+tier', '-leur', '-their', '-the', '-our', '-son', '-sa', '-le', '-un', '-a'],
  ocs: ['+inventory', '+ng', '+agent', '+server', '+group', '+max', '+city', '+choc', '+go', '-compte', '-abonnement'],
  boots: ['+on', '-leather', '-hiking', '-winter', '-rain', '-work', '-combat', '-timberland'],
  cpc: ['+from', '+rate', '+bid', '+campaign', '+traffic', '-cpm', '-cpa'],
  shoppers: ['+stop', '-online', '-us', '-holiday'],
};
