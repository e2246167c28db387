/**
 * Words that place a text in a sector or a country, in the languages sellers write in (en, fr,
 * es, pt, de, it, nl, ru). Written normalized (lower case, no accents). A word ending in `*` is
 * a stem: it matches any word that starts with it ("pharmac*" → pharmacy, pharmacies,
 * pharmacie, pharmaceutical). They corroborate an ambiguous watchlist term and describe an
 * unnamed victim.
 */
export const SECTOR_WORDS: Record<string, string[]> = {
  pharmacy: ['pharmac*', 'farmac*', 'apothe*', 'apotek*', 'drugstore*', 'drug store*', 'chemist*', 'officine*', 'parapharmac*', 'rx', 'prescription*', 'ordonnance*', 'receta*', 'rezept*', 'аптек*', 'аптеч*', 'фармац*'],
  cannabis: ['cannabis', 'weed', 'marijuana', 'marihuana', 'maconha', 'dispensar*', 'dispensaire*', 'pre-roll*', 'thc', 'cbd', 'каннабис*', 'марихуан*', 'диспансер*', 'канабис*'],
  logistics: ['logisti*', 'logísti*', '3pl', 'warehous*', 'entrepot*', 'courier*', 'coursier*', 'parcel*', 'colis', 'shipment*', 'shipping', 'delivery', 'deliveries', 'livraison*', 'postal', 'post office', 'tracking', 'suivi', 'envio*', 'paquete*', 'encomenda*', 'lieferung*', 'paket*', 'spedition*', 'grosshandel*', 'pharmagrosshand*', 'wholesal*', 'grossiste*', 'groothandel*', 'distribut*', 'логист*', 'курьер*', 'почтов*', 'посыл*', 'доставк*', 'трек*'],
  retail: ['retail*', 'store*', 'shop*', 'magasin*', 'tienda*', 'loja*', 'einzelhand*', 'winkel*', 'ритейл*', 'магазин*'],
  health: ['hospital*', 'hopital*', 'clinic*', 'clinique*', 'klinik*', 'patient*', 'medical', 'medic*', 'sante', 'salud', 'saude', 'gesundheit*', 'больниц*', 'клиник*', 'медицин*'],
  finance: ['bank*', 'banque*', 'banco*', 'fintech*', 'credit union', 'insurance', 'assurance*', 'seguro*', 'versicherung*', 'банк*'],
  telecom: ['telecom*', 'telco*', 'mobile operator', 'carrier', 'operateur*', 'isp', 'телеком*', 'оператор связи'],
  public: ['government', 'gouvernement*', 'gobierno*', 'governo*', 'ministry', 'ministere*', 'ministerio*', 'municipal*', 'city of', 'ville de', 'provincial*', 'federal*', 'госуд*', 'министерств*'],
  education: ['universit*', 'school*', 'ecole*', 'college*', 'escuela*', 'escola*', 'schule*', 'университет*', 'школ*'],
  industry: ['manufactur*', 'factory', 'usine*', 'fabrica*', 'industrie*', 'industrial', 'завод*', 'производ*'],
  tech: ['software', 'saas', 'logiciel*', 'editeur*', 'pos', 'point of sale', 'platform*', 'cloud', 'it provider', 'msp', 'программн*', 'по для', 'софт*'],
  other: [],
};

/**
 * Words that name a country or its regions. Two-letter codes are left out on purpose: "CA" and
 * "US" also appear as GEO targeting in ad spam, which must not corroborate "CPC" as Canada Post.
 */
export const COUNTRY_WORDS: Record<string, string[]> = {
  CA: ['canada', 'canad*', 'канад*', 'ontari*', 'онтарио', 'quebec*', 'québec*', 'квебек*', 'british columbia', 'colombie-britannique', 'alberta*', 'toronto', 'montreal', 'vancouver', 'ottawa', 'manitoba', 'saskatchewan', 'nova scotia', 'nouvelle-ecosse'],
  FR: ['france', 'french', 'francais*', 'franca*', 'francia*', 'frankreich*', 'франц*', 'paris', 'lyon', 'marseille', 'toulouse'],
  BE: ['belgi*', 'belgique', 'belgica', 'бельги*', 'bruxelles', 'brussel*', 'flandre*', 'vlaander*', 'wallonie'],
  CH: ['switzerland', 'suisse', 'schweiz*', 'suiza', 'suica', 'svizzera', 'swiss', 'швейцар*', 'zurich', 'geneve', 'genf', 'deutschschweiz'],
  US: ['usa', 'united states', 'etats-unis', 'estados unidos', 'american', 'americain*', 'сша', 'америк*', 'texas', 'california', 'florida', 'new york'],
  GB: ['united kingdom', 'britain', 'british', 'england', 'royaume-uni', 'reino unido', 'grossbritannien', 'великобритан*', 'англи*', 'london'],
  DE: ['germany', 'german', 'deutschland', 'allemagne', 'alemania', 'alemanha', 'германи*', 'немец*'],
  ES: ['spain', 'espagne', 'espana', 'spanien', 'испани*'],
  IT: ['italy', 'italie', 'italia', 'italien', 'итали*'],
  NL: ['netherlands', 'pays-bas', 'nederland*', 'dutch', 'нидерланд*'],
  BR: ['brazil', 'brasil', 'bresil', 'бразил*'],
  IN: ['india', 'inde', 'индия'],
  AU: ['australia*', 'australie*'],
};

/** Regional-indicator flags (🇨🇦) name a country too; the pair of letters is the ISO code. */
export function flagCountries(text: string): { code: string; index: number }[] {
  const found: { code: string; index: number }[] = [];
  for (const match of text.matchAll(/([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu)) {
    const code = String.fromCharCode(match[1]!.codePointAt(0)! - 0x1f1e6 + 65, match[2]!.codePointAt(0)! - 0x1f1e6 + 65);
    found.push({ code: code === 'UK' ? 'GB' : code, index: match.index });
  }
  return found;
}
