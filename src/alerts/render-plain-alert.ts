import type { Analysis } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import type { AlertView } from './load-alert-view.js';

/** Posting text shown in an alert is capped: enough to judge, never a whole dump. */
export const EXCERPT_MAX_CHARS = 600;

export function toExcerpt(text: string, maxChars = EXCERPT_MAX_CHARS): string {
  const flat = text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (flat.length <= maxChars) return flat;
  return `${flat.slice(0, maxChars - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** What a plain-text alert shows, whether it was stored (an alert) or only previewed (`leakwatch check`). */
export interface PlainAlertFields {
  number: string;
  severity: string;
  analysis: Analysis;
  organization: Organization;
  sourceId: string;
  url?: string | null;
  seenAt: string;
  /** Posting text with personal data already masked. */
  text: string;
}

export function renderPlainAlertFields(fields: PlainAlertFields): string {
  const { analysis, organization } = fields;
  const claim = [
    analysis.recordCount !== null ? `${analysis.recordCount.toLocaleString('en-US')} records` : null,
    analysis.dataTypes.length > 0 ? analysis.dataTypes.join(', ') : null,
    analysis.price ? `${analysis.price.amount} ${analysis.price.currency}` : null,
  ].filter(Boolean).join(' · ');
  const match = analysis.matches.find((candidate) => candidate.org === organization.id);
  return [
    `🚨 ${fields.number} · ${fields.severity.toUpperCase()} · ${analysis.kind}`,
    `Organization: ${organization.name} (${organization.id})`,
    claim ? `Claim: ${claim}` : null,
    analysis.sellerHandles.length > 0 ? `Seller: ${analysis.sellerHandles.join(', ')}` : null,
    `Seen: ${fields.sourceId}${fields.url ? ` ${fields.url}` : ''} at ${fields.seenAt}`,
    match ? `Matched: "${match.quote}" (${match.how}${match.weak ? `, corroborated by ${match.corroboration.join(', ')}` : ''})` : null,
    `Excerpt:\n${toExcerpt(fields.text)}`,
  ].filter((line) => line !== null).join('\n');
}

/** A plain-text alert for terminals and logs: the console sink's format. */
export function renderPlainAlert(view: AlertView): string {
  const { alert, hit, posting, organization } = view;
  return renderPlainAlertFields({
    number: alert.number, severity: alert.severity, analysis: hit.analysis, organization,
    sourceId: posting.sourceId, url: posting.url ?? null, seenAt: posting.seenAt, text: posting.text,
  });
}
