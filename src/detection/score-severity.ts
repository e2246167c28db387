import { ALERTING_KINDS, type DataType, type PostingKind, type Severity } from '../model/analysis.js';

/** Data whose exposure harms people most: health, identity numbers, cards, credentials, access. */
const SENSITIVE: ReadonlySet<DataType> = new Set(['health', 'health_insurance', 'national_id', 'payment_card', 'bank_account', 'password', 'access']);

/**
 * The 4-level scale (README, "Severity"): critical, high, medium, low; `none` for a posting that
 * raises no alert. Kind sets the floor (access and ransom claims are at least high: someone is
 * or was inside), volume and sensitive data raise it.
 */
export function scoreSeverity(kind: PostingKind, alert: boolean, recordCount: number | null, dataTypes: DataType[]): { severity: Severity; reasons: string[] } {
  if (!alert || !ALERTING_KINDS.has(kind)) return { severity: 'none', reasons: ['no alert: not a sale, leak, ransom or access claim about a watched organization'] };
  const reasons: string[] = [];
  const sensitive = dataTypes.filter((type) => SENSITIVE.has(type) && type !== 'access');
  let level = 1; // low
  if (kind === 'access') { level = 3; reasons.push('access to the organization\'s systems is offered'); }
  if (kind === 'ransom') { level = 3; reasons.push('ransomware claim: data taken and threatened with publication'); }
  if (kind === 'sale' || kind === 'leak') {
    level = 2;
    reasons.push(kind === 'sale' ? 'data offered for sale' : 'data published or shared');
  }
  if (sensitive.length > 0) {
    level = Math.max(level + 1, 3);
    reasons.push(`sensitive data: ${sensitive.join(', ')}`);
  }
  if (recordCount !== null && recordCount >= 100_000) {
    level += 1;
    reasons.push(`large volume: ${String(recordCount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} records`);
  } else if (recordCount !== null && recordCount < 1000 && kind !== 'access' && kind !== 'ransom') {
    level -= 1;
    reasons.push(`small volume: ${recordCount} records`);
  }
  const clamped = Math.max(1, Math.min(4, level));
  return { severity: (['low', 'medium', 'high', 'critical'] as const)[clamped - 1]!, reasons };
}
