/**
 * Words that place a text in a sector or a country, in the languages sellers write in (en, fr,
 * es, pt, de, it, nl, ru). Written normalized (lower case, no accents). A word ending in `*` is
 * a stem: it matches any word that starts with it ("pharmac*" → pharmacy, pharmacies,
 * pharmacie, pharmaceutical). They corroborate an ambiguous watchlist term and describe an
 * unnamed victim.
 */
export const SECTOR_WORDS: Record<string, string[]> = {
  pharmacy: ['pharmac*', 'farmac*', 'apothe*', 'apotek*', 'drugstore*', 'drug store*', 'chemist*', 'officine*', 'parapharmac*', 'rx', 'prescription*', 'ordonnance*', 'receta*', 'rezept*', 'аптек*', 'аптеч*', 'фармац*', 'drogaria*', 'droguer*', 'receita*', 'ricett*', 'рецепт*', 'medicament*', 'medicamento*', 'medicinali', 'farmaci', 'medikament*', 'лекарств*', 'медикамент*', 'refill*', 'meds', 'medication*', 'medicacion*', 'medicacao*', 'medicazion*', 'medikation*', 'posologi*'],
  cannabis: ['cannabis', 'weed', 'marijuana', 'marihuana', 'maconha', 'dispensar*', 'dispensaire*', 'pre-roll*', 'thc', 'cbd', 'каннабис*', 'марихуан*', 'диспансер*', 'канабис*', 'cannabi*', 'hanf*', 'canapa', 'canamo', 'canhamo', 'edibles', 'budtender*', 'конопл*'],
  logistics: ['logisti*', 'logísti*', '3pl', 'warehous*', 'entrepot*', 'courier*', 'coursier*', 'parcel*', 'colis', 'shipment*', 'shipping', 'delivery', 'deliveries', 'livraison*', 'postal', 'post office', 'tracking', 'suivi', 'envio*', 'paquete*', 'encomenda*', 'lieferung*', 'paket*', 'spedition*', 'grosshandel*', 'pharmagrosshand*', 'wholesal*', 'grossiste*', 'groothandel*', 'distribut*', 'логист*', 'курьер*', 'почтов*', 'посыл*', 'доставк*', 'трек*', 'freight*', 'trucking', 'haulage', 'haulier*', 'transport*', 'spedizion*', 'corriere*', 'mensajer*', 'paqueter*', 'transportador*', 'frete*', 'rastreio*', 'seguimiento', 'sendung*', 'fracht*', 'spediteur*', 'consegn*', 'consignee*', 'waybill*', 'bill of lading', 'camion*', 'caminh*', 'lkw', 'перевоз*', 'грузо*', 'транспорт*', 'driver portal', 'drivers', 'chauffeurs', 'conductores', 'motoristas', 'fahrer', 'autisti', 'водител*'],
  retail: ['marketplace*', 'e-commerce', 'ecommerce', 'online shop*', 'webshop*', 'onlineshop*', 'retail*', 'store*', 'shop*', 'magasin*', 'tienda*', 'loja*', 'einzelhand*', 'winkel*', 'ритейл*', 'магазин*', 'supermarket*', 'supermarch*', 'supermercad*', 'supermercat*', 'supermarkt*', 'grocer*', 'hypermarch*', 'boutique*', 'negozi*', 'loyalty', 'fidelite', 'fidelidad', 'fidelidade', 'fidelity card*', 'treuekart*', 'супермаркет*'],
  health: ['больничн*', 'страхов* касс*', 'krankenkass*', 'hospital*', 'hopital*', 'clinic*', 'clinique*', 'klinik*', 'patient*', 'medical', 'medic*', 'sante', 'salud', 'saude', 'gesundheit*', 'больниц*', 'клиник*', 'медицин*', 'healthcare', 'health care', 'health system', 'health network', 'salute', 'sanitari*', 'ospedal*', 'krankenhaus*', 'spital*', 'arztpraxis', 'dental*', 'odontolog*', 'pacient*', 'pazient*', 'пациент*', 'поликлиник*', 'медцентр*', 'radiolog*', 'diagnost*', 'prontuario*', 'ehpad', 'nursing home*'],
  finance: ['bank*', 'banque*', 'banco*', 'bancari*', 'fintech*', 'credit union', 'insurance', 'assurance*', 'seguro*', 'versicherung*', 'банк*', 'кредит*', 'счет', 'счета', 'счёт*', 'остаток', 'balance', 'loan*', 'pret*', 'prestamo*', 'credito*', 'wallet', 'e-wallet', 'iban', 'carte bancaire', 'card holders', 'cardholders', 'titulares', 'mortgage*', 'hypothek*', 'hypotheque*', 'hipoteca*', 'mutui', 'ипотек*', 'building society', 'banca', 'sparkass*', 'kredit*', 'credit card*', 'carte de credit', 'tarjeta*', 'cartao*', 'conto corrente', 'girokonto*', 'brokerage', 'asset management', 'cooperativa de credito', 'microfinan*', 'микрофинанс*', 'мфо', 'assicura*', 'seguradora*', 'страхов*'],
  telecom: ['telecom*', 'telco*', 'mobile operator', 'carrier', 'operateur*', 'isp', 'телеком*', 'оператор связи', 'telekom*', 'telecomunica*', 'telefonia', 'mobilfunk*', 'operadora*', 'operatore*', 'internet provider', 'fibra', 'glasfaser*', 'sim card*', 'subscriber*', 'abonnes', 'abonados', 'assinantes', 'abbonati', 'абонент*', 'cdr', 'msisdn', 'imsi', 'roaming', 'сотов*', 'связи'],
  public: ['government', 'gouvernement*', 'gobierno*', 'governo*', 'ministry', 'ministere*', 'ministerio*', 'municipal*', 'city of', 'ville de', 'provincial*', 'federal*', 'госуд*', 'министерств*', 'mairie', 'comune', 'ayuntamiento', 'prefeitura', 'gemeinde*', 'stadtverwaltung', 'municipio', 'municipalidad', 'prefecture', 'prefettura', 'citizens', 'citoyens', 'ciudadanos', 'cidadaos', 'cittadini', 'anagrafe', 'etat civil', 'registro civil', 'zweckverband*', 'behorde*', 'администрац*', 'госуслуг*'],
  education: ['universit*', 'universid*', 'school*', 'ecole*', 'college*', 'escuela*', 'escola*', 'scuola*', 'schule*', 'hochschul*', 'colegio*', 'liceo*', 'lycee*', 'campus',
    'student*', 'etudiant*', 'estudiant*', 'aluno*', 'alunos', 'studenti', 'studierend*', 'университет*', 'школ*', 'студент*', 'вуз*', 'ректорат*', 'институт*', 'alunni', 'eleves', 'alumnos', 'schuler*', 'enseignant*', 'docent*', 'lehrer*', 'faculdade*', 'facultad*', 'facolta', 'fakultat*', 'учител*', 'ученик*'],
  industry: ['manufactur*', 'factory', 'usine*', 'fabrica*', 'industrie*', 'industrial', 'завод*', 'производ*', 'fabrik*', 'produktion*', 'produccion', 'producao', 'produzione', 'chemie', 'chemical*', 'chimi*', 'quimic*', 'steel', 'acier*', 'stahl*', 'acciai*', 'aceria*'],
  tech: ['software', 'saas', 'logiciel*', 'editeur*', 'pos', 'point of sale', 'platform*', 'cloud', 'it provider', 'msp', 'программн*', 'по для', 'софт*', 'informati*', 'developer*', 'it services', 'разработ*'],
  other: [],
};

/**
 * Words that name a country or its regions, and the cities and regions people name to say where
 * an organization is ("Linden-Apotheke Hannover" is not the Austrian chain). Two-letter codes are left out on purpose: "CA" and
 * "US" also appear as GEO targeting in ad spam, which must not corroborate "CPC" as Canada Post.
 */
export const COUNTRY_WORDS: Record<string, string[]> = {
  CA: ['canada', 'canad*', 'канад*', 'ontari*', 'онтарио', 'quebec*', 'québec*', 'квебек*', 'british columbia', 'colombie-britannique', 'alberta*', 'toronto', 'montreal', 'vancouver', 'ottawa', 'manitoba', 'saskatchewan', 'nova scotia', 'nouvelle-ecosse', 'calgary', 'edmonton', 'winnipeg', 'halifax', 'newfoundland', 'saskatoon', 'prince edward island', 'new brunswick'],
  FR: ['france', 'french', 'francais*', 'franca*', 'francia*', 'frankreich*', 'франц*', 'paris', 'lyon', 'marseille', 'toulouse', 'lille', 'nantes', 'bordeaux', 'strasbourg', 'rennes', 'montpellier', 'grenoble', 'rouen', 'bretagne', 'normandie', 'occitanie', 'alsace'],
  BE: ['belgi*', 'belgique', 'belgica', 'бельги*', 'bruxelles', 'brussel*', 'flandre*', 'vlaander*', 'wallonie'],
  CH: ['switzerland', 'suisse', 'schweiz*', 'suiza', 'suica', 'svizzera', 'swiss', 'швейцар*', 'zurich', 'geneve', 'genf', 'deutschschweiz', 'basel', 'bern', 'lausanne', 'lugano', 'luzern', 'ticino', 'tessin', 'fribourg', 'neuchatel', 'valais', 'wallis', 'graubunden', 'winterthur'],
  US: ['usa', 'united states', 'etats-unis', 'estados unidos', 'eeuu', 'eua', 'american', 'americain*', 'сша', 'америк*', 'texas', 'california', 'florida', 'new york', 'chicago', 'boston', 'seattle', 'denver', 'atlanta', 'houston', 'dallas', 'miami', 'ohio', 'michigan', 'illinois', 'arizona', 'colorado', 'utah', 'nevada', 'oregon'],
  GB: ['united kingdom', 'britain', 'british', 'england', 'royaume-uni', 'reino unido', 'grossbritannien', 'великобритан*', 'англи*', 'london', 'manchester', 'birmingham', 'leeds', 'glasgow', 'edinburgh', 'liverpool', 'bristol', 'cardiff', 'belfast', 'scotland', 'wales', 'northern ireland', 'yorkshire', 'cornwall'],
  DE: ['germany', 'german', 'deutschland', 'allemagne', 'alemania', 'alemanha', 'германи*', 'немец*', 'berlin', 'hamburg', 'munchen', 'munich', 'frankfurt', 'koln', 'hannover', 'stuttgart', 'dusseldorf', 'dortmund', 'leipzig', 'dresden', 'nurnberg', 'bremen', 'mannheim', 'karlsruhe', 'augsburg', 'wiesbaden', 'bielefeld', 'bayern', 'niedersachsen', 'hessen', 'sachsen', 'baden-wurttemberg', 'schleswig-holstein', 'thuringen', 'brandenburg', 'nordrhein-westfalen'],
  ES: ['spain', 'espagne', 'espana', 'spanien', 'spanish', 'испани*', 'madrid', 'barcelona', 'valencia', 'sevilla', 'bilbao', 'zaragoza', 'malaga', 'murcia', 'valladolid', 'alicante', 'granada', 'andalucia', 'cataluna', 'galicia', 'asturias', 'extremadura'],
  IT: ['italy', 'italie', 'italia', 'italien', 'italian', 'итали*', 'milano', 'milan', 'roma', 'rome', 'lombardia', 'napoli', 'torino', 'firenze', 'bologna', 'genova', 'venezia', 'palermo', 'verona', 'trieste', 'sicilia', 'sardegna', 'toscana', 'veneto', 'piemonte', 'puglia', 'calabria', 'campania', 'emilia-romagna'],
  NL: ['netherlands', 'pays-bas', 'nederland*', 'holland', 'dutch', 'нидерланд*', 'amsterdam', 'rotterdam', 'utrecht'],
  BR: ['brazil', 'brasil', 'bresil', 'brazilian', 'brasileir*', 'бразил*', 'sao paulo', 'rio de janeiro', 'porto alegre', 'porto seguro', 'porto velho', 'belo horizonte', 'brasilia', 'recife', 'curitiba', 'manaus', 'goiania', 'belem', 'campinas', 'florianopolis', 'bahia', 'minas gerais', 'pernambuco', 'ceara', 'goias', 'santa catarina'],
  IN: ['india', 'inde', 'индия'],
  AU: ['australia*', 'australie*'],
  VN: ['vietnam', 'viet nam', 'вьетнам*'],
  ID: ['indonesia*', 'indonesie'],
  MY: ['malaysia*', 'malaisie', 'malasia', 'малайзи*'],
  PH: ['philippines', 'filipinas'],
  TH: ['thailand', 'thailande', 'таиланд*'],
  SG: ['singapore', 'singapour', 'singapur'],
  PK: ['pakistan'],
  BD: ['bangladesh'],
  EG: ['egypt', 'egypte', 'egipto'],
  KE: ['kenya', 'nairobi'],
  GH: ['ghana', 'accra'],
  RO: ['romania', 'roumanie', 'rumania', 'rumanien'],
  GR: ['greece', 'grece', 'grecia', 'griechenland'],
  CZ: ['czech*', 'tcheque', 'tschechien'],
  HU: ['hungary', 'hongrie', 'hungria', 'ungarn'],
  BG: ['bulgaria', 'bulgarie', 'bulgarien', 'болгари*'],
  HR: ['croatia', 'croatie', 'kroatien'],
  RS: ['serbia', 'serbie', 'serbien', 'серби*'],
  KZ: ['kazakhstan', 'казахстан*'],
  BY: ['belarus', 'беларус*'],
  VE: ['venezuela*'],
  EC: ['ecuador', 'equateur'],
  UY: ['uruguay'],
  PY: ['paraguay'],
  BO: ['bolivia', 'bolivie'],
  CR: ['costa rica'],
  DO: ['dominican republic', 'republica dominicana'],
  SN: ['senegal'],
  CI: ["cote d'ivoire", 'ivory coast'],
  CM: ['cameroon', 'cameroun'],
  LU: ['luxembourg', 'luxemburg'],
  AR: ['argentin*', 'buenos aires', 'mendoza', 'cordoba', 'rosario', 'аргентин*'],
  MX: ['mexico', 'mexique', 'mexiko', 'mexican*', 'mexicain*', 'мексик*', 'cdmx', 'guadalajara', 'monterrey'],
  CL: ['chile', 'chilean*', 'chilien*', 'santiago de chile'],
  CO: ['colombia*', 'colombie*', 'bogota', 'medellin'],
  PE: ['peru', 'perou', 'lima'],
  PT: ['portugal', 'portugais*', 'portugues*', 'portugiesisch*', 'португал*', 'lisboa', 'lisbon', 'lisbonne', 'porto', 'braga', 'coimbra', 'aveiro', 'madeira', 'acores', 'azores'],
  AT: ['austria', 'autriche', 'osterreich*', 'austrian', 'австри*', 'wien', 'vienna', 'vienne', 'graz', 'linz', 'salzburg', 'innsbruck', 'klagenfurt', 'tirol', 'vorarlberg', 'steiermark', 'karnten', 'niederosterreich', 'oberosterreich'],
  PL: ['poland', 'pologne', 'polska', 'polonia', 'polen', 'polish', 'polones*', 'polaco*', 'polonais*', 'polnisch*', 'польш*', 'польск*', 'warszawa', 'warsaw'],
  MA: ['morocco', 'maroc', 'marruecos', 'marokko', 'moroccan', 'marocain*', 'марокко', 'casablanca', 'rabat'],
  DZ: ['algeria', 'algerie', 'algerien*'],
  TN: ['tunisia', 'tunisie'],
  IE: ['ireland', 'irlande', 'irlanda', 'irish', 'dublin'],
  SE: ['sweden', 'suede', 'suecia', 'schweden', 'swedish'],
  NO: ['norway', 'norvege', 'noruega', 'norwegen', 'norwegian'],
  DK: ['denmark', 'danemark', 'dinamarca', 'danish'],
  FI: ['finland', 'finlande', 'finlandia', 'finnish'],
  TR: ['turkey', 'turquie', 'turkiye', 'turkish', 'turc', 'turque', 'турци*'],
  RU: ['russia', 'russie', 'rusia', 'russland', 'росси*', 'москв*', 'петербург*', 'новосибирск*', 'екатеринбург*', 'казань', 'казани', 'нижний новгород', 'нижнем новгороде', 'краснодар*', 'калининград*', 'мурманск*', 'moscow', 'moskva'],
  UA: ['ukraine', 'ucrania', 'украин*'],
  IL: ['israel', 'israeli'],
  AE: ['emirates', 'dubai', 'emirats', 'uae', 'оаэ', 'middle east', 'moyen-orient', 'medio oriente', 'oriente medio'],
  SA: ['saudi'],
  ZA: ['south africa', 'afrique du sud', 'sudafrica'],
  NG: ['nigeria'],
  JP: ['japan', 'japon', 'japanese', 'япони*'],
  CN: ['china', 'chine', 'chinese', 'китай*'],
  KR: ['korea', 'coree', 'korean'],
  NZ: ['new zealand', 'nouvelle-zelande'],
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
