/**
 * Nouns that say what kind of business a name belongs to, in the seven languages of the sets
 * (normalized: lower case, no accents), each with its trade. "Hotel Alpenblick", "Teatro La
 * Fenice", "Onda Energia", "Quellwerk Brauerei": the noun next to a watched name tells which
 * body of that name the text means. A trade none of the organization's own (its sector's, or
 * its names' nouns) makes the mention a namesake.
 */
export const BUSINESS_NOUNS: Record<string, readonly string[]> = {
  pharmacy: ['pharmacie', 'pharmacies', 'pharmacy', 'pharmacies', 'farmacia', 'farmacias', 'farmacie', 'apotheke', 'apotheken', 'drogaria', 'drogarias', 'drugstore', 'parapharmacie', 'аптека', 'аптеки'],
  health: ['clinica', 'clinicas', 'cliniche', 'clinique', 'cliniques', 'clinic', 'clinics', 'klinik', 'kliniken', 'privatklinik', 'hospital', 'hospitais', 'hospitales', 'hopital', 'ospedale', 'krankenhaus', 'spital', 'praxis', 'ambulatorio', 'poliambulatorio', 'laboratoire', 'больница', 'клиника', 'поликлиника', 'reha', 'dentaire', 'dental', 'zahnarzt'],
  hospitality: ['hotel', 'hotels', 'hostal', 'hostel', 'pousada', 'albergo', 'agriturismo', 'gasthof', 'gasthaus', 'pension', 'posada', 'locanda', 'resort', 'motel', 'camping', 'гостиница', 'отель', 'хостел'],
  food: ['gastro', 'gastronomie', 'catering', 'traiteur', 'pizzeria', 'pizzaria', 'restaurant', 'restaurante', 'ristorante', 'trattoria', 'osteria', 'brasserie', 'brauerei', 'brewery', 'cervejaria', 'cerveceria', 'birrificio', 'bakery', 'boulangerie', 'panaderia', 'padaria', 'backerei', 'pasticceria', 'cafe', 'caffe', 'gelateria', 'winery', 'cantina', 'vinicola', 'weingut', 'bodega', 'bodegas', 'tea', 'teas', 'coffee', 'chocolate', 'chocolaterie', 'ресторан', 'кафе', 'пекарня'],
  culture: ['teatro', 'theatre', 'theater', 'museo', 'musee', 'museum', 'cinema', 'kino', 'театр', 'музей', 'кинотеатр'],
  fitness: ['gimnasio', 'gym', 'palestra', 'academia', 'fitnessstudio', 'fitness', 'спортзал', 'фитнес'],
  sport: ['sports', 'sport', 'fc', 'club', 'calcio', 'futbol', 'football', 'verein', 'клуб'],
  energy: ['energia', 'energie', 'energy', 'energies', 'strom', 'энергия', 'энерго'],
  tech: ['informatique', 'informatica', 'informatik', 'software', 'saas', 'systems', 'technologies', 'digital', 'айти', 'софт'],
  finance: ['banco', 'banca', 'banque', 'bank', 'banken', 'caixa', 'sparkasse', 'volksbank', 'credit union', 'банк'],
  insurance: ['seguros', 'seguradora', 'assurance', 'assurances', 'assicurazioni', 'versicherung', 'versicherungen', 'insurance', 'mutuelle', 'страхование'],
  logistics: ['transportes', 'transportadora', 'spedizioni', 'logistik', 'logistica', 'logistics', 'logistique', 'mensajeria', 'courier', 'spedition', 'express', 'транспорт', 'логистика'],
  retail: ['supermercado', 'supermercados', 'supermercati', 'supermercato', 'supermarche', 'supermarket', 'supermarkt', 'loja', 'lojas', 'tienda', 'tiendas', 'negozio', 'negozi', 'magasin', 'magasins', 'shop', 'store', 'stores', 'laden', 'boutique', 'ottica', 'optique', 'optica', 'магазин', 'супермаркет'],
  telecom: ['telecom', 'telekom', 'telecomunicacoes', 'telecomunicaciones', 'telecomunicazioni', 'mobile', 'movil', 'телеком'],
  public: ['comune', 'mairie', 'ayuntamiento', 'prefeitura', 'gemeinde', 'municipio', 'commune', 'administration', 'администрация'],
  education: ['universidad', 'universite', 'university', 'universita', 'universitat', 'escuela', 'ecole', 'scuola', 'colegio', 'liceo', 'lycee', 'hochschule', 'school', 'college', 'gymnasium', 'университет', 'школа', 'сад', 'детсад', 'kindergarten', 'creche', 'guarderia', 'asilo'],
  industry: ['fabrica', 'usine', 'werk', 'manufacturing', 'industries', 'industrie', 'metalurgica', 'завод'],
  agriculture: ['fazenda', 'granja', 'ferme', 'bauernhof', 'farm', 'agricola', 'ферма'],
  consulting: ['consultancy', 'consulting', 'consultants', 'conseil', 'consultoria', 'consulenza', 'beratung', 'unternehmensberatung', 'консалтинг'],
  accounting: ['accounting', 'accountancy', 'accountants', 'comptabilite', 'contabilidad', 'contabilidade', 'contabilita', 'buchhaltung', 'steuerberatung', 'бухгалтерия'],
  legal: ['law', 'lawyers', 'avocats', 'abogados', 'advogados', 'avvocati', 'anwalte', 'rechtsanwalte', 'notaire', 'notaria', 'юристы'],
  tobacco: ['tobacco', 'tabac', 'tabaco', 'tabacaria', 'tabaccheria', 'tabak', 'vape', 'vapes', 'vapeshop', 'табак'],
  beauty: ['salon', 'salao', 'peluqueria', 'parrucchiere', 'friseur', 'spa', 'cosmetica', 'cosmetics', 'салон'],
};

/** The trades an organization of each sector is at home in: a pharmacy's "Farmacia X" is itself. */
export const SECTOR_TRADES: Record<string, readonly string[]> = {
  pharmacy: ['pharmacy', 'health', 'retail', 'beauty'],
  cannabis: ['retail', 'health', 'pharmacy'],
  logistics: ['logistics'],
  retail: ['retail', 'food', 'optics', 'beauty', 'pharmacy'],
  health: ['health', 'pharmacy', 'insurance'],
  finance: ['finance', 'insurance'],
  telecom: ['telecom', 'tech', 'retail'],
  public: ['public', 'education', 'culture', 'sport'],
  education: ['education'],
  industry: ['industry', 'energy', 'agriculture'],
  tech: ['tech'],
  other: [],
};

let tradeOfNoun: Map<string, string> | undefined;

/** The trade a normalized word names, or undefined. */
export function tradeOf(word: string): string | undefined {
  if (!tradeOfNoun) {
    tradeOfNoun = new Map();
    for (const [trade, nouns] of Object.entries(BUSINESS_NOUNS)) for (const noun of nouns) tradeOfNoun.set(noun, trade);
  }
  return tradeOfNoun.get(word);
}
