import type { Analysis } from '../model/analysis.js';

/** One line of `leakwatch analyze`: the contract the detection benchmark scores (README). */
export function toAnalyzeLine(id: string, analysis: Analysis) {
  return {
    id,
    orgs: analysis.orgs,
    kind: analysis.kind,
    record_count: analysis.recordCount,
    data_types: analysis.dataTypes,
    severity: analysis.severity,
    alert: analysis.alert,
    matches: analysis.matches.map((match) => ({ org: match.org, term: match.term, how: match.how, quote: match.quote, ...(match.weak ? { corroboration: match.corroboration } : {}) })),
    leads: analysis.leads.map((lead) => ({ org: lead.org, confidence: lead.confidence, ...(lead.sector ? { sector: lead.sector } : {}), ...(lead.country ? { country: lead.country } : {}) })),
    ...(analysis.describedVictim ? { described_victim: analysis.describedVictim } : {}),
    ...(analysis.price ? { price: analysis.price } : {}),
    ...(analysis.sellerHandles.length > 0 ? { seller_handles: analysis.sellerHandles } : {}),
  };
}
