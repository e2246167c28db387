import { createHash } from 'node:crypto';
import type { AlertRecord } from '../alerts/alert-record.js';
import type { Case } from '../store/index.js';

/**
 * A stable UUID (v5 layout, SHA-1 of a name in leakwatch's namespace): exporting the same case
 * twice gives the same event and attribute ids, so MISP updates instead of duplicating.
 */
export function toStableUuid(name: string): string {
  const hash = createHash('sha1').update(`leakwatch:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// MISP threat levels: 1 high, 2 medium, 3 low, 4 undefined.
const THREAT_LEVEL: Record<string, string> = { critical: '1', high: '1', medium: '2', low: '3', none: '4' };
// MISP analysis: 0 initial, 1 ongoing, 2 completed.
const ANALYSIS: Record<string, string> = { new: '0', confirmed: '1', victim_contacted: '1', details_sent: '1', false_positive: '2', closed: '2' };

export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  distribution: string;
  comment: string;
}

/**
 * One case as a MISP event (MISP core format, the `Event` object of /events/add): the victim as
 * target-org, the source link as url, seller handles as threat-actor, the posting text as text,
 * its hash as sha256; tags for the TLP label, the kind and the severity. Distribution 0 (this
 * organization only) matches TLP:AMBER.
 */
export function toMispEvent(found: Case, record: AlertRecord, sightings: { url: string | null }[]) {
  const attribute = (type: string, category: string, value: string, comment: string): MispAttribute => ({
    uuid: toStableUuid(`${record.number}/${type}/${value}`), type, category, value, to_ids: false, distribution: '5', comment,
  });
  const urls = [...new Set([record.source.url, ...sightings.map((sighting) => sighting.url)].filter((url): url is string => Boolean(url)))];
  const attributes: MispAttribute[] = [
    attribute('target-org', 'Targeting data', record.organization.name, `victim (${record.organization.id})`),
    ...urls.map((url) => attribute('url', 'External analysis', url, 'where the claim was seen')),
    ...record.claim.sellerHandles.map((handle) => attribute('threat-actor', 'Attribution', handle, 'seller handle as posted')),
    attribute('text', 'Other', record.evidence.excerpt, 'posting excerpt, personal data masked'),
    ...(record.evidence.sha256 ? [attribute('sha256', 'External analysis', record.evidence.sha256, 'sha256 of the normalized posting text')] : []),
  ];
  return {
    Event: {
      uuid: toStableUuid(record.number),
      info: `leakwatch ${record.number}: ${record.kind} claim concerning ${record.organization.name}`,
      date: record.firstSeen.slice(0, 10),
      timestamp: String(Math.floor(Date.parse(found.updatedAt) / 1000)),
      threat_level_id: THREAT_LEVEL[record.severity] ?? '4',
      analysis: ANALYSIS[found.state] ?? '0',
      distribution: '0',
      published: false,
      Tag: [
        { name: record.tlp.toLowerCase() },
        { name: `leakwatch:kind="${record.kind}"` },
        { name: `leakwatch:severity="${record.severity}"` },
        { name: `leakwatch:case-state="${found.state}"` },
      ],
      Attribute: attributes,
    },
  };
}
