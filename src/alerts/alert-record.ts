import type { Analysis, DataType, Match, PostingKind, Price, Severity } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import { DEFAULT_TLP, type ClaimStatus, type TlpLabel } from './alert-words.js';
import type { AlertView } from './load-alert-view.js';
import { toExcerpt } from './to-excerpt.js';

/**
 * One alert as the ZATAZ protocol describes it: a number, a severity, the victim, the claim, where
 * and when it was seen, why it matched, the evidence, a TLP label and the claim's status. Plain
 * data, built from a stored alert or from a preview (`leakwatch check`), rendered by the templates.
 */
export interface AlertRecord {
  number: string;
  severity: Severity;
  tlp: TlpLabel;
  claimStatus: ClaimStatus;
  organization: Organization;
  kind: PostingKind;
  claim: { recordCount: number | null; dataTypes: DataType[]; price: Price | null; sellerHandles: string[] };
  source: { id: string; url: string | null; chatTitle: string | null };
  firstSeen: string;
  lastSeen: string;
  match: Match | null;
  severityReasons: string[];
  evidence: {
    /** Posting text with personal data masked, capped. */
    excerpt: string;
    screenshotPath: string | null;
    /** sha256 of the posting text (normalized: case, spacing and invisible characters do not count). */
    sha256: string | null;
  };
  /** Other places the same claim was seen (grouped into this case). */
  sightings: number;
  /** Set when a retro-hunt found the posting in the archive, after the watchlist changed: when it did. */
  foundInArchiveAt?: string;
}

export interface AlertRecordExtras {
  claimStatus?: ClaimStatus;
  tlp?: TlpLabel;
  lastSeen?: string;
  sightings?: number;
}

export interface PreviewInput {
  number: string;
  analysis: Analysis;
  organization: Organization;
  sourceId: string;
  url?: string | null;
  seenAt: string;
  /** Posting text with personal data already masked. */
  text: string;
  sha256?: string | null;
}

export function toAlertRecordFromAnalysis(input: PreviewInput, extras: AlertRecordExtras = {}, chatTitle: string | null = null, screenshotPath: string | null = null): AlertRecord {
  const { analysis, organization } = input;
  return {
    number: input.number,
    severity: analysis.severity,
    tlp: extras.tlp ?? DEFAULT_TLP,
    claimStatus: extras.claimStatus ?? 'unverified',
    organization,
    kind: analysis.kind,
    claim: { recordCount: analysis.recordCount, dataTypes: analysis.dataTypes, price: analysis.price, sellerHandles: analysis.sellerHandles },
    source: { id: input.sourceId, url: input.url ?? null, chatTitle },
    firstSeen: input.seenAt,
    lastSeen: extras.lastSeen ?? input.seenAt,
    match: analysis.matches.find((candidate) => candidate.org === organization.id) ?? null,
    severityReasons: analysis.severityReasons,
    evidence: { excerpt: toExcerpt(input.text), screenshotPath, sha256: input.sha256 ?? null },
    sightings: extras.sightings ?? 1,
  };
}

/** The record of a stored alert; the severity is the alert's (it may differ from a re-analysis). */
export function toAlertRecord(view: AlertView, extras: AlertRecordExtras = {}): AlertRecord {
  const { alert, hit, posting, organization } = view;
  const meta = (posting.meta ?? {}) as Record<string, unknown>;
  const record = toAlertRecordFromAnalysis({
    number: alert.number, analysis: hit.analysis, organization, sourceId: posting.sourceId, url: posting.url ?? null,
    seenAt: posting.publishedAt ?? posting.seenAt, text: posting.text, sha256: posting.contentHash,
  }, { lastSeen: posting.lastSeenAt, ...extras }, typeof meta.chatTitle === 'string' ? meta.chatTitle : null, posting.screenshotPath ?? null);
  return { ...record, severity: alert.severity, ...(hit.foundBy === 'retro-hunt' ? { foundInArchiveAt: hit.createdAt } : {}) };
}
