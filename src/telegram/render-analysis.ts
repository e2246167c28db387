import type { Analysis } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import { capText, escapeHtml } from './html.js';

/**
 * An analysis explained for an analyst (/check, forwarded posts): which organizations and
 * which terms matched, the kind, the claim, the severity and why, and whether it alerts.
 */
export function renderAnalysis(analysis: Analysis, organizations: Map<string, Organization>, outcome?: string): string {
  const matchedOrgs = analysis.orgs.map((id) => {
    const match = analysis.matches.find((candidate) => candidate.org === id);
    const name = organizations.get(id)?.name ?? id;
    return `• <b>${escapeHtml(name)}</b> (<code>${escapeHtml(id)}</code>)${match ? ` — «${escapeHtml(capText(match.quote, 80))}» by ${escapeHtml(match.how)}${match.weak && match.corroboration.length > 0 ? `, corroborated by ${escapeHtml(capText(match.corroboration.join(', '), 160))}` : ''}` : ''}`;
  });
  const claim = [
    analysis.recordCount !== null ? `${analysis.recordCount.toLocaleString('en-US')} records` : null,
    analysis.dataTypes.length > 0 ? analysis.dataTypes.join(', ') : null,
    analysis.price ? `${analysis.price.amount.toLocaleString('en-US')} ${analysis.price.currency}` : null,
  ].filter((part): part is string => part !== null).join(' · ');
  const leads = analysis.leads.slice(0, 5).map((lead) => `• ${escapeHtml(organizations.get(lead.org)?.name ?? lead.org)}: ${escapeHtml(capText(lead.reason, 160))}`);
  return [
    `🧪 <b>Analysis</b>: ${analysis.alert ? '🚨 <b>alert</b>' : 'no alert'} · ${escapeHtml(analysis.kind)} · severity <b>${escapeHtml(analysis.severity)}</b>`,
    matchedOrgs.length > 0 ? `<b>Organizations:</b>\n${matchedOrgs.join('\n')}` : '<b>Organizations:</b> none on the watchlist',
    claim ? `<b>Claim:</b> ${escapeHtml(claim)}` : null,
    analysis.sellerHandles.length > 0 ? `<b>Seller:</b> ${escapeHtml(capText(analysis.sellerHandles.join(', '), 200))}` : null,
    analysis.severityReasons.length > 0 ? `<b>Why:</b> ${escapeHtml(capText(analysis.severityReasons.join('; '), 400))}` : null,
    leads.length > 0 ? `<b>Leads (unnamed victim):</b>\n${leads.join('\n')}` : null,
    outcome ? outcome : null,
  ].filter((line): line is string => line !== null).join('\n');
}
