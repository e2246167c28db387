import type { AlertView } from '../alerts/load-alert-view.js';
import { toExcerpt } from '../alerts/to-excerpt.js';
import { CLAIM_STATUS_NAMES, DEFAULT_TLP, dataTypeNames, kindName, sectorName, severityName, type ClaimStatus } from '../alerts/alert-words.js';
import { selectAdvice } from '../cases/advice-rules.js';
import type { TriageMark, TriageState } from '../store/index.js';
import { ALERT_TEXTS, SEVERITY_ICONS, type Language } from './alert-texts.js';
import { capText, escapeHtml, toLinkHtml } from './html.js';
import type { InlineKeyboard } from './telegram-client.js';

/** Alerts are read on phones: the excerpt is shorter than the console's. */
export const TELEGRAM_EXCERPT_MAX_CHARS = 500;

/** Callback data of the triage buttons: `t:<alert id>:<action>`, well under Telegram's 64 bytes. */
export const TRIAGE_ACTIONS: Record<string, TriageState> = { c: 'confirmed', f: 'false_positive', n: 'victim_notified', m: 'muted' };

export const toUtcMinute = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function triageKeyboard(alertId: number, language: Language): InlineKeyboard {
  const labels = ALERT_TEXTS[language].buttons;
  return [
    [{ text: labels.confirm, callback_data: `t:${alertId}:c` }, { text: labels.falsePositive, callback_data: `t:${alertId}:f` }],
    [{ text: labels.notified, callback_data: `t:${alertId}:n` }, { text: labels.mute, callback_data: `t:${alertId}:m` }],
  ];
}

/**
 * One alert as Telegram HTML: readable at a glance (who, what is claimed, where and when, the
 * matched term), then a capped excerpt and the triage so far. Every value that came from a
 * posting or the watchlist is escaped.
 */
/** What the case workflow adds to an alert message: the claim's status and how often it was seen. */
export interface TelegramAlertExtras {
  claimStatus?: ClaimStatus;
  sightings?: number;
}

/**
 * Telegram alerts carry the jurisdiction's first two advice lines and the data-type lines (health,
 * cards…), the ones that change what to do first; the full list is in `leakwatch alert show`.
 */
const TELEGRAM_JURISDICTION_ITEMS = 2;
const TELEGRAM_DATA_ITEMS = 2;

export function renderTelegramAlert(view: AlertView, language: Language, triage: TriageMark[] = [], extras: TelegramAlertExtras = {}): { html: string; keyboard: InlineKeyboard } {
  const texts = ALERT_TEXTS[language];
  const locale = language === 'fr' ? 'fr-FR' : 'en-US';
  const { alert, hit, posting, organization } = view;
  const analysis = hit.analysis;
  const meta = (posting.meta ?? {}) as Record<string, unknown>;
  const line = (label: string, value: string) => `<b>${label}:</b> ${value}`;

  const claim = [
    analysis.recordCount !== null ? `${analysis.recordCount.toLocaleString(locale)} ${texts.records}` : null,
    analysis.dataTypes.length > 0 ? dataTypeNames(analysis.dataTypes, language).join(', ') : null,
    analysis.price ? `${analysis.price.amount.toLocaleString(locale)} ${analysis.price.currency}` : null,
  ].filter((part): part is string => part !== null).map((part) => escapeHtml(capText(part, 300))).join(' · ');

  const where = [
    escapeHtml(posting.sourceId),
    typeof meta.chatTitle === 'string' ? `«${escapeHtml(capText(meta.chatTitle, 120))}»` : null,
    typeof meta.forwardOrigin === 'string' ? `${texts.forwardedFrom} ${escapeHtml(capText(meta.forwardOrigin, 120))}` : null,
    toUtcMinute(posting.publishedAt ?? posting.seenAt),
    posting.url ? toLinkHtml(posting.url, texts.open) : null,
  ].filter((part): part is string => part !== null).join(' · ');

  const match = analysis.matches.find((candidate) => candidate.org === organization.id);
  const matched = match
    ? `«${escapeHtml(capText(match.quote, 120))}» (${escapeHtml(match.how)}${match.weak && match.corroboration.length > 0 ? `, ${texts.corroborated} ${escapeHtml(capText(match.corroboration.join(', '), 200))}` : ''})`
    : null;

  const orgDetails = [sectorName(organization.sector, language), organization.country].filter(Boolean).join(', ');
  const excerpt = escapeHtml(toExcerpt(posting.text, TELEGRAM_EXCERPT_MAX_CHARS));
  const allAdvice = selectAdvice(organization, analysis.dataTypes, language);
  const advice = [
    ...allAdvice.filter((item) => item.group !== 'data').slice(0, TELEGRAM_JURISDICTION_ITEMS),
    ...allAdvice.filter((item) => item.group === 'data').slice(0, TELEGRAM_DATA_ITEMS),
  ];
  const status = `${DEFAULT_TLP} · ${CLAIM_STATUS_NAMES[extras.claimStatus ?? 'unverified'][language]}${(extras.sightings ?? 1) > 1 ? ` · ${texts.sightings}: ${extras.sightings!.toLocaleString(locale)}` : ''}`;
  const lines = [
    `🚨 <b>${escapeHtml(alert.number)}</b> · ${SEVERITY_ICONS[alert.severity] ?? ''} <b>${escapeHtml(severityName(alert.severity, language))}</b> · ${escapeHtml(kindName(analysis.kind, language))}`,
    `🏷 ${escapeHtml(status)}`,
    `🏢 <b>${escapeHtml(capText(organization.name, 200))}</b> (${escapeHtml(organization.id)}${orgDetails ? ` · ${escapeHtml(orgDetails)}` : ''})`,
    claim ? line(texts.claim, claim) : null,
    analysis.sellerHandles.length > 0 ? line(texts.seller, escapeHtml(capText(analysis.sellerHandles.join(', '), 200))) : null,
    line(texts.seen, where),
    hit.foundBy === 'retro-hunt' ? `🗄 ${texts.archive} ${toUtcMinute(posting.seenAt)}` : null,
    matched ? line(texts.matched, matched) : null,
    `<b>${texts.excerpt}:</b>`,
    `<blockquote>${excerpt}</blockquote>`,
    advice.length > 0 ? `<b>${texts.advice}:</b>` : null,
    ...advice.map((item) => `• ${escapeHtml(item.text)}`),
    ...triage.slice(-5).map((mark) => `${texts.states[mark.state]} ${texts.by} ${escapeHtml(capText(mark.userName, 64))} · ${toUtcMinute(mark.at)}`),
  ];
  return { html: lines.filter((entry): entry is string => entry !== null).join('\n'), keyboard: triageKeyboard(alert.id, language) };
}
