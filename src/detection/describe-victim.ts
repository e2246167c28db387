import type { Lead } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import type { ContextWord } from './context-evidence.js';

/** When two sectors are described, the more specific one is the victim's ("pharmaceutical distributor" is logistics). */
const SECTOR_PRIORITY = ['cannabis', 'logistics', 'pharmacy', 'health', 'finance', 'telecom', 'education', 'public', 'industry', 'tech', 'retail'];

/**
 * The victim an offer describes without naming it ("Canadian cannabis retailer, revenue
 * $300M"): the sector and country it gives, and the watched organizations that fit, as
 * low-confidence leads. Never an alert.
 */
export function describeVictim(context: ContextWord[], organizations: Organization[]): { describedVictim: { sector?: string; country?: string } | null; leads: Lead[] } {
  const sectorCounts = new Map<string, number>();
  for (const word of context) if (word.kind === 'sector') sectorCounts.set(word.value, (sectorCounts.get(word.value) ?? 0) + 1);
  const most = Math.max(0, ...sectorCounts.values());
  const sector = SECTOR_PRIORITY.find((candidate) => (sectorCounts.get(candidate) ?? 0) > 0 && (sectorCounts.get(candidate)! >= most - 1 || candidate === 'cannabis'));
  const country = context.find((word) => word.kind === 'country')?.value;
  if (!sector && !country) return { describedVictim: null, leads: [] };
  const describedVictim = { ...(sector ? { sector } : {}), ...(country ? { country } : {}) };
  const leads: Lead[] = organizations
    .filter((org) => (!sector || org.sector === sector) && (!country || org.country === country) && (sector || country) && (org.sector === sector || org.country === country))
    .map((org) => ({
      org: org.id,
      ...(sector ? { sector } : {}),
      ...(country ? { country } : {}),
      confidence: sector && country ? 0.3 : 0.1,
      reason: `the posting describes a ${[sector, country && `in ${country}`].filter(Boolean).join(' organization ')} victim without naming it`,
    }))
    .slice(0, 10);
  return { describedVictim, leads };
}
