import type { Analysis } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import { normalizeText } from './normalize-text.js';

const PREVIEW_CHARS = 400;

/**
 * `leakwatch check` for a person: the subject the source stated (victim field or leak-site
 * title) and whom it names, which term matched where (quoted as written) and how the text or the
 * name had to be read to see it, the identity evidence of an ambiguous term, each organization
 * named in another role and why, the kind and its reasons, the claim and the severity.
 */
export function explainAnalysis(analysis: Analysis, text: string, organizations: ReadonlyMap<string, Organization>): string {
  const lines: string[] = [];
  const normalized = normalizeText(text.slice(0, PREVIEW_CHARS)).text;
  lines.push(`Normalized text: ${JSON.stringify(normalized.length < text.length ? `${normalized}…` : normalized)}`);
  lines.push('');
  const { subject } = analysis;
  if (subject) {
    lines.push(`Subject: the ${subject.field} says ${JSON.stringify(subject.written)}`);
    if (subject.orgs.length === 0) lines.push('  it names none of the watchlist');
    for (const found of subject.orgs) {
      lines.push(`  names ${organizations.get(found.org)?.name ?? found.org} (${found.org}) — ${found.how}${found.contradiction ? `; but ${found.contradiction}` : ''}`);
    }
  }
  if (analysis.matches.length === 0) lines.push('Organizations: none of the watchlist is the subject of this text.');
  for (const match of analysis.matches) {
    const org = organizations.get(match.org);
    lines.push(`Organization: ${org?.name ?? match.org} (${match.org}) — role: victim`);
    const [role, ...notes] = match.how.split(', ');
    lines.push(`  matched "${match.quote}" at ${match.start}–${match.end}: ${role} "${match.term}"${notes.length > 0 ? `, seen through ${notes.join(', ')}` : ''}`);
    if (match.weak) lines.push(`  ambiguous term; identity evidence: ${match.corroboration.join('; ')}`);
  }
  for (const rejected of analysis.rejectedMentions ?? []) {
    lines.push(`Named but not the victim: ${organizations.get(rejected.org)?.name ?? rejected.org} (${rejected.org}) — ${rejected.reason}`);
  }
  for (const lead of analysis.leads) lines.push(`Lead (unnamed victim, confidence ${lead.confidence}): ${organizations.get(lead.org)?.name ?? lead.org} — ${lead.reason}`);
  lines.push('');
  lines.push(`Kind: ${analysis.kind}`);
  const claim = [
    analysis.recordCount !== null ? `${analysis.recordCount.toLocaleString('en-US')} records` : 'no record count stated',
    analysis.dataTypes.length > 0 ? `data: ${analysis.dataTypes.join(', ')}` : 'no data types stated',
    analysis.price ? `price: ${analysis.price.amount} ${analysis.price.currency}` : null,
    analysis.sellerHandles.length > 0 ? `seller: ${analysis.sellerHandles.join(', ')}` : null,
  ].filter(Boolean).join(' · ');
  lines.push(`Claim: ${claim}`);
  lines.push(`Severity: ${analysis.severity}`);
  for (const reason of analysis.severityReasons) lines.push(`  - ${reason}`);
  lines.push(`Alert: ${analysis.alert ? 'yes' : 'no'}`);
  return lines.join('\n');
}
