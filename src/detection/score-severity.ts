import { ALERTING_KINDS, type DataType, type PostingKind, type Severity } from '../model/analysis.js';

/** Data whose exposure harms people most: health, identity numbers, cards, bank accounts, credentials. */
const SENSITIVE: ReadonlySet<DataType> = new Set(['health', 'health_insurance', 'national_id', 'payment_card', 'bank_account', 'password']);
/** Data about people that is not sensitive in itself: contact details, orders, parcels. */
const PERSONAL: ReadonlySet<DataType> = new Set(['name', 'email', 'phone', 'postal_address', 'date_of_birth', 'order_history', 'tracking', 'ip_address']);
/** "Many people", "in volume": below this a claim is a sample or a handful. */
const VOLUME = 1000;

const formatCount = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The 4-level scale of the alerts (README, "Severity scale"; src/alerts/alert-words.ts):
 * critical — sensitive data of many people, or working access to the systems, offered now;
 * high — personal data in volume, or a ransomware claim; medium — business data without
 * personal data, or a small or unclear volume; low — a mention with little detail.
 * `none` for a posting that raises no alert.
 */
export function scoreSeverity(kind: PostingKind, alert: boolean, recordCount: number | null, dataTypes: DataType[]): { severity: Severity; reasons: string[] } {
  if (!alert || !ALERTING_KINDS.has(kind)) return { severity: 'none', reasons: ['no alert: not a sale, leak, ransom or access claim about a watched organization'] };
  const sensitive = dataTypes.filter((type) => SENSITIVE.has(type));
  const personal = dataTypes.filter((type) => PERSONAL.has(type));
  const volume = recordCount === null ? 'an unstated number of records' : `${formatCount(recordCount)} records`;
  const many = recordCount === null || recordCount >= VOLUME;
  if (kind === 'access') return { severity: 'critical', reasons: ['access to the organization\'s systems is offered'] };
  if (sensitive.length > 0 && many) return { severity: 'critical', reasons: [`sensitive data (${sensitive.join(', ')}) of ${volume}`] };
  if (kind === 'ransom') return { severity: 'high', reasons: ['ransomware claim: data taken and threatened with publication', ...(sensitive.length > 0 ? [`sensitive data: ${sensitive.join(', ')}`] : [])] };
  if (sensitive.length > 0) return { severity: 'high', reasons: [`sensitive data (${sensitive.join(', ')}), small volume: ${volume}`] };
  if (personal.length > 0 && recordCount !== null && recordCount >= VOLUME) return { severity: 'high', reasons: [`personal data (${personal.join(', ')}) in volume: ${volume}`] };
  if (personal.length > 0) return { severity: 'medium', reasons: [`personal data (${personal.join(', ')}), small or unclear volume: ${volume}`] };
  if (dataTypes.length > 0) return { severity: 'medium', reasons: [`business data without personal data (${dataTypes.join(', ')})`] };
  return { severity: recordCount !== null && recordCount >= VOLUME ? 'medium' : 'low', reasons: [recordCount !== null ? `no data types stated, ${volume}` : 'a mention with little detail: no data types, no volume'] };
}
