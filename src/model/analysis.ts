export const POSTING_KINDS = ['sale', 'leak', 'ransom', 'access', 'news', 'other'] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

/** Kinds that make an alert when a watched organization is the victim. */
export const ALERTING_KINDS: ReadonlySet<PostingKind> = new Set(['sale', 'leak', 'ransom', 'access']);

export const DATA_TYPES = [
  'name', 'email', 'phone', 'postal_address', 'date_of_birth', 'national_id', 'password',
  'payment_card', 'bank_account', 'health', 'health_insurance', 'order_history', 'tracking',
  'sales_data', 'internal_documents', 'source_code', 'ip_address', 'access',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

/** The 4-level alert scale; `none` for postings that raise no alert. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Why one organization was matched: which term, where, and what made a weak term count. */
export interface Match {
  org: string;
  /** The watchlist term that matched, as written in the watchlist. */
  term: string;
  /** How it matched: `name`, `alias`, `domain`, `email-domain`, `path`, `typo`, plus normalizations applied. */
  how: string;
  /** Offsets into the original text (UTF-16 code units), so the match can be quoted as written. */
  start: number;
  end: number;
  quote: string;
  /** True when the term is ambiguous (short acronym, common word) and needed corroboration. */
  weak: boolean;
  /** What corroborated a weak term (keywords, sector words, country, domain, another term). */
  corroboration: string[];
}

/** A victim described but not named: a lead for the organizations that fit, never an alert. */
export interface Lead {
  org: string;
  sector?: string;
  country?: string;
  confidence: number;
  reason: string;
}

export interface Price {
  amount: number;
  currency: string;
}

/** What detection concludes about one posting. Plain data: stored as JSON with the hit. */
export interface Analysis {
  orgs: string[];
  kind: PostingKind;
  recordCount: number | null;
  dataTypes: DataType[];
  severity: Severity;
  severityReasons: string[];
  /** True when kind alerts and at least one organization is the victim. */
  alert: boolean;
  matches: Match[];
  leads: Lead[];
  price: Price | null;
  sellerHandles: string[];
  /** Sector and country of an unnamed victim, when the posting describes one. */
  describedVictim: { sector?: string; country?: string } | null;
  /** The victim field or leak-site title, and the watched organizations it names (find-subject.ts). */
  subject?: { field: string; written: string; orgs: { org: string; how: string; contradiction?: string }[] };
  /** Organizations the text names that are not the victim, and why (excluded, example, weak term). */
  rejectedMentions?: { org: string; reason: string }[];
}

/**
 * Input to detection: the text and, when known, the kind of source it came from, the title the
 * source gives (else the text's first line is the title) and the victim a leak site states.
 */
export interface DetectionInput {
  text: string;
  source?: import('./posting.js').SourceKind;
  title?: string;
  victim?: import('./posting.js').StatedVictim;
}

/** The detection stage: compiled once from a watchlist, then a pure function of the input. */
export interface Detector {
  analyze(input: DetectionInput): Analysis;
  /**
   * The same analysis when the posting names a watched organization, else null: ingest records
   * nothing of such a posting but the posting, so its kind, counts and price are not read.
   */
  analyzeIfNamed(input: DetectionInput): Analysis | null;
}
