import type { DataType, PostingKind, Severity } from '../model/analysis.js';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** The 4-level scale, as the README documents it: what each level means for the victim. */
export const SEVERITY_SCALE: Record<Exclude<Severity, 'none'>, Record<Language, string>> = {
  critical: {
    en: 'sensitive data (health, national ids, payment cards, passwords) of many people, or working access to the systems, offered now',
    fr: "données sensibles (santé, identifiants nationaux, cartes de paiement, mots de passe) de nombreuses personnes, ou un accès aux systèmes, proposés maintenant",
  },
  high: {
    en: 'personal data of customers or staff in volume (contact details, addresses), or a ransomware claim with a countdown',
    fr: "données personnelles de clients ou d'employés en volume (coordonnées, adresses), ou une revendication de rançongiciel avec compte à rebours",
  },
  medium: {
    en: 'business data without personal data (sales, internal documents), a small or unclear volume, or an old leak re-shared',
    fr: "données d'entreprise sans données personnelles (ventes, documents internes), un volume faible ou flou, ou une ancienne fuite republiée",
  },
  low: {
    en: 'a mention with little detail: no data types, no volume, no proof',
    fr: 'une mention peu détaillée : ni types de données, ni volume, ni preuve',
  },
};

export const SEVERITY_NAMES: Record<Severity, Record<Language, string>> = {
  critical: { en: 'CRITICAL', fr: 'CRITIQUE' },
  high: { en: 'HIGH', fr: 'ÉLEVÉE' },
  medium: { en: 'MEDIUM', fr: 'MOYENNE' },
  low: { en: 'LOW', fr: 'FAIBLE' },
  none: { en: 'NONE', fr: 'AUCUNE' },
};

export const KIND_NAMES: Record<PostingKind, Record<Language, string>> = {
  sale: { en: 'sale', fr: 'vente' },
  leak: { en: 'leak', fr: 'fuite' },
  ransom: { en: 'ransomware claim', fr: 'revendication de rançongiciel' },
  access: { en: 'access for sale', fr: "vente d'accès" },
  news: { en: 'news', fr: 'actualité' },
  other: { en: 'other', fr: 'autre' },
};

export const DATA_TYPE_NAMES: Record<DataType, Record<Language, string>> = {
  name: { en: 'name', fr: 'nom' },
  email: { en: 'email', fr: 'e-mail' },
  phone: { en: 'phone', fr: 'téléphone' },
  postal_address: { en: 'postal address', fr: 'adresse postale' },
  date_of_birth: { en: 'date of birth', fr: 'date de naissance' },
  national_id: { en: 'national id', fr: "numéro d'identité national" },
  password: { en: 'password', fr: 'mot de passe' },
  payment_card: { en: 'payment card', fr: 'carte de paiement' },
  bank_account: { en: 'bank account', fr: 'compte bancaire' },
  health: { en: 'health data', fr: 'données de santé' },
  health_insurance: { en: 'health insurance', fr: 'mutuelle / assurance santé' },
  order_history: { en: 'order history', fr: 'historique de commandes' },
  tracking: { en: 'delivery tracking', fr: 'suivi de livraison' },
  sales_data: { en: 'sales data', fr: 'données de ventes' },
  internal_documents: { en: 'internal documents', fr: 'documents internes' },
  source_code: { en: 'source code', fr: 'code source' },
  ip_address: { en: 'IP address', fr: 'adresse IP' },
  access: { en: 'system access', fr: 'accès aux systèmes' },
};

export const SECTOR_NAMES: Record<string, Record<Language, string>> = {
  pharmacy: { en: 'pharmacy', fr: 'pharmacie' }, cannabis: { en: 'cannabis', fr: 'cannabis' }, logistics: { en: 'logistics', fr: 'logistique' },
  retail: { en: 'retail', fr: 'commerce' }, health: { en: 'health', fr: 'santé' }, finance: { en: 'finance', fr: 'finance' },
  telecom: { en: 'telecom', fr: 'télécoms' }, public: { en: 'public sector', fr: 'secteur public' }, education: { en: 'education', fr: 'éducation' },
  industry: { en: 'industry', fr: 'industrie' }, tech: { en: 'tech', fr: 'numérique' }, other: { en: 'other', fr: 'autre' },
};
export const sectorName = (sector: string | undefined, language: Language): string | undefined => (sector ? SECTOR_NAMES[sector]?.[language] ?? sector : undefined);

/** TLP 2.0 (FIRST): alerts default to AMBER, shared with the victim's need-to-know only. */
export const TLP_LABELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type TlpLabel = (typeof TLP_LABELS)[number];
export const DEFAULT_TLP: TlpLabel = 'TLP:AMBER';

/** The claim as the seller made it is unverified until a person confirms it. */
export type ClaimStatus = 'unverified' | 'confirmed' | 'refuted';
export const CLAIM_STATUS_NAMES: Record<ClaimStatus, Record<Language, string>> = {
  unverified: { en: 'unverified claim', fr: 'revendication non vérifiée' },
  confirmed: { en: 'confirmed by the team', fr: "confirmée par l'équipe" },
  refuted: { en: 'false positive', fr: 'faux positif' },
};

export const toLocale = (language: Language): string => (language === 'fr' ? 'fr-FR' : 'en-US');
export const formatNumber = (value: number, language: Language): string => value.toLocaleString(toLocale(language));
export const kindName = (kind: PostingKind, language: Language): string => KIND_NAMES[kind]?.[language] ?? kind;
export const dataTypeNames = (types: readonly DataType[], language: Language): string[] => types.map((type) => DATA_TYPE_NAMES[type]?.[language] ?? type);
export const severityName = (severity: Severity, language: Language): string => SEVERITY_NAMES[severity]?.[language] ?? severity.toUpperCase();

/** Parse a language option (`--lang`, ALERT_LANGUAGE); undefined for anything else. */
export const toLanguage = (value: string | undefined): Language | undefined => (value === 'fr' || value === 'en' ? value : undefined);

/** The language of a victim's alert when nobody chose one: French for French-speaking countries. */
export function languageForCountry(country: string | undefined, fallback: Language): Language {
  return country && ['FR', 'BE', 'LU', 'MC'].includes(country) ? 'fr' : fallback;
}
