import type { AlertView } from './load-alert-view.js';

/** Posting text shown in an alert is capped: enough to judge, never a whole dump. */
export const EXCERPT_MAX_CHARS = 600;

export function toExcerpt(text: string, maxChars = EXCERPT_MAX_CHARS): string {
  const flat = text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (flat.length <= maxChars) return flat;
  return `${flat.slice(0, maxChars - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A plain-text alert for terminals and logs: the console sink's format. */
export function renderPlainAlert(view: AlertView): string {
  const { alert, hit, posting, organization } = view;
  const analysis = hit.analysis;
  const claim = [
    analysis.recordCount !== null ? `${analysis.recordCount.toLocaleString('en-US')} records` : null,
    analysis.dataTypes.length > 0 ? analysis.dataTypes.join(', ') : null,
    analysis.price ? `${analysis.price.amount} ${analysis.price.currency}` : null,
  ].filter(Boolean).join(' · ');
  const match = analysis.matches.find((candidate) => candidate.org === organization.id);
  return [
    `🚨 ${alert.number} · ${alert.severity.toUpperCase()} · ${analysis.kind}`,
    `Organization: ${organization.name} (${organization.id})`,
    claim ? `Claim: ${claim}` : null,
    analysis.sellerHandles.length > 0 ? `Seller: ${analysis.sellerHandles.join(', ')}` : null,
    `Seen: ${posting.sourceId}${posting.url ? ` ${posting.url}` : ''} at ${posting.seenAt}`,
    match ? `Matched: "${match.quote}" (${match.how}${match.weak ? `, corroborated by ${match.corroboration.join(', ')}` : ''})` : null,
    `Excerpt:\n${toExcerpt(posting.text)}`,
  ].filter((line) => line !== null).join('\n');
}
