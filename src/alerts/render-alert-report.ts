import { selectAdvice, type AdviceItem } from '../cases/advice-rules.js';
import type { AlertRecord } from './alert-record.js';
import {
  CLAIM_STATUS_NAMES, SEVERITY_SCALE, dataTypeNames, formatNumber, kindName, sectorName, severityName, type Language,
} from './alert-words.js';

const REPORT_TEXTS = {
  en: {
    title: 'Alert', severity: 'Severity', tlp: 'Sharing', status: 'Claim status', victim: 'Victim', kind: 'Kind', claim: 'Claim',
    records: 'records', dataTypes: 'Data types', price: 'Price', sellers: 'Seller handles', source: 'Source', link: 'Link',
    firstSeen: 'First seen', lastSeen: 'Last seen', sightings: 'Sightings', match: 'Why it matched', evidence: 'Evidence',
    excerpt: 'Excerpt (personal data masked)', screenshot: 'Screenshot', hash: 'SHA-256 of the posting text (normalized)',
    advice: 'Advice', sources: 'Sources', reasons: 'Severity reasons', none: '—', corroborated: 'corroborated by',
    meaning: 'meaning', archive: 'Found in the archive',
    archiveNote: 'by a retro-hunt after a watchlist change; the posting was stored before',
  },
  fr: {
    title: 'Alerte', severity: 'Gravité', tlp: 'Diffusion', status: 'Statut de la revendication', victim: 'Victime', kind: 'Type', claim: 'Revendication',
    records: 'enregistrements', dataTypes: 'Types de données', price: 'Prix', sellers: 'Pseudonymes du vendeur', source: 'Source', link: 'Lien',
    firstSeen: 'Vu pour la première fois', lastSeen: 'Vu pour la dernière fois', sightings: 'Signalements', match: 'Pourquoi cette correspondance', evidence: 'Preuves',
    excerpt: 'Extrait (données personnelles masquées)', screenshot: "Capture d'écran", hash: 'SHA-256 du texte de la publication (normalisé)',
    advice: 'Conseils', sources: 'Sources', reasons: 'Raisons de la gravité', none: '—', corroborated: 'corroborée par',
    meaning: 'signification', archive: 'Trouvé dans les archives',
    archiveNote: "par une recherche rétroactive après un changement de la liste de surveillance ; la publication était déjà enregistrée",
  },
} as const;

const toUtc = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The advice for a record, in its language: what the report and the mails show. */
export const adviceFor = (record: AlertRecord, language: Language): AdviceItem[] => selectAdvice(record.organization, record.claim.dataTypes, language);

/** The claim in one line: records · data types · price. */
export function claimLine(record: AlertRecord, language: Language): string {
  const texts = REPORT_TEXTS[language];
  return [
    record.claim.recordCount !== null ? `${formatNumber(record.claim.recordCount, language)} ${texts.records}` : null,
    record.claim.dataTypes.length > 0 ? dataTypeNames(record.claim.dataTypes, language).join(', ') : null,
    record.claim.price ? `${formatNumber(record.claim.price.amount, language)} ${record.claim.price.currency}` : null,
  ].filter((part): part is string => part !== null).join(' · ');
}

/**
 * The full report (`leakwatch alert show`): plain text that reads as Markdown. Posting text is
 * quoted line by line, so nothing in it can start a heading or a list of the report itself.
 */
export function renderAlertReport(record: AlertRecord, language: Language): string {
  const texts = REPORT_TEXTS[language];
  const { organization } = record;
  // French typography puts a space before the colon.
  const colon = language === 'fr' ? ' :' : ':';
  const field = (label: string, value: string | null | undefined) => (value ? `- **${label}${colon}** ${value}` : null);
  const severityMeaning = record.severity === 'none' ? '' : ` (${SEVERITY_SCALE[record.severity][language]})`;
  const match = record.match
    ? `«${record.match.quote}» (${record.match.how}${record.match.weak && record.match.corroboration.length > 0 ? `, ${texts.corroborated} ${record.match.corroboration.join(', ')}` : ''})`
    : null;
  const advice = adviceFor(record, language);
  const citedSources = [...new Map(advice.flatMap((item) => item.sources).map((source) => [source.id, source])).values()];
  const lines = [
    `# ${texts.title} ${record.number} — ${organization.name}`,
    '',
    field(texts.severity, `${severityName(record.severity, language)}${severityMeaning}`),
    field(texts.tlp, record.tlp),
    field(texts.status, CLAIM_STATUS_NAMES[record.claimStatus][language]),
    field(texts.victim, `${organization.name} (${[organization.id, sectorName(organization.sector, language), organization.country].filter(Boolean).join(', ')})`),
    field(texts.kind, kindName(record.kind, language)),
    field(texts.claim, claimLine(record, language) || texts.none),
    field(texts.sellers, record.claim.sellerHandles.join(', ')),
    field(texts.source, `${record.source.id}${record.source.chatTitle ? ` «${record.source.chatTitle}»` : ''}`),
    field(texts.link, record.source.url),
    field(texts.firstSeen, toUtc(record.firstSeen)),
    field(texts.lastSeen, toUtc(record.lastSeen)),
    record.foundInArchiveAt ? field(texts.archive, `${toUtc(record.foundInArchiveAt)}, ${texts.archiveNote}`) : null,
    record.sightings > 1 ? field(texts.sightings, formatNumber(record.sightings, language)) : null,
    field(texts.match, match),
    field(texts.reasons, record.severityReasons.join('; ')),
    '',
    `## ${texts.evidence}`,
    '',
    field(texts.hash, record.evidence.sha256 ? `\`${record.evidence.sha256}\`` : null),
    field(texts.screenshot, record.evidence.screenshotPath),
    `- **${texts.excerpt}${colon}**`,
    '',
    ...record.evidence.excerpt.split('\n').map((line) => `> ${line}`),
    '',
    `## ${texts.advice}`,
    '',
    ...advice.map((item) => `- ${item.text} [${item.sources.map((source) => source.id).join(', ')}]`),
    '',
    `### ${texts.sources}`,
    '',
    ...citedSources.map((source) => `- ${source.id}: ${source.title} — ${source.url}`),
  ];
  return lines.filter((line): line is string => line !== null).join('\n');
}
