export const SECTORS = [
  'pharmacy', 'cannabis', 'logistics', 'retail', 'health', 'finance', 'telecom', 'public',
  'education', 'industry', 'tech', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Who at the organization receives the ZATAZ-style mails (security, DPO, management). */
export interface SecurityContact {
  email: string;
  name?: string;
  role?: string;
}

/** A watched organization, as in the watchlist import format (../shared/eval/FORMAT.md). */
export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
  sector?: Sector;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  /** Context words that make an ambiguous alias credible when they appear near it. */
  keywords: string[];
  contact?: SecurityContact;
}
