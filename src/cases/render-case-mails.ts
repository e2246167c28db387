import type { AlertRecord } from '../alerts/alert-record.js';
import { CLAIM_STATUS_NAMES, kindName, severityName, SEVERITY_SCALE, type Language } from '../alerts/alert-words.js';
import { adviceFor, claimLine } from '../alerts/render-alert-report.js';

/** A drafted e-mail: leakwatch drafts, a person reads, edits and sends it. */
export interface MailDraft {
  to: string | null;
  subject: string;
  body: string;
}

const greeting = (record: AlertRecord, language: Language): string => {
  const contact = record.organization.contact;
  if (language === 'fr') return contact?.name ? `Bonjour ${contact.name},` : 'Madame, Monsieur,';
  return contact?.name ? `Dear ${contact.name},` : 'Dear Sir or Madam,';
};

const SOURCE_PLACES: Record<string, Record<Language, string>> = {
  telegram: { en: 'a Telegram channel', fr: 'un canal Telegram' },
  forum: { en: 'a forum', fr: 'un forum' },
  dls: { en: "a ransomware group's leak site", fr: "le site de fuite d'un groupe de rançongiciel" },
  market: { en: 'a data market', fr: 'une place de marché de données' },
  paste: { en: 'a paste site', fr: 'un site de partage de texte' },
};

/**
 * Mail 1 of the ZATAZ protocol: discreet. Only who writes and the alert number; it asks for a
 * qualified contact (management, DPO or security) and says nothing of the finding, because the
 * first address found may not be the right reader.
 */
export function renderMail1(record: AlertRecord, language: Language, sender: string): MailDraft {
  const to = record.organization.contact?.email ?? null;
  if (language === 'fr') {
    return {
      to,
      subject: `[${record.number}] Alerte de sécurité concernant ${record.organization.name} — demande de contact`,
      body: [
        greeting(record, language),
        '',
        `Je vous écris au nom de ${sender}, qui surveille les lieux où des données volées sont proposées. Nous avons ouvert l'alerte ${record.number} qui concerne ${record.organization.name}.`,
        '',
        "Pour la transmettre en toute discrétion, pourriez-vous nous indiquer une personne qualifiée pour la recevoir : direction, délégué à la protection des données (DPO) ou responsable de la sécurité ? Nous lui enverrons alors le détail et nos conseils.",
        '',
        'Cordialement,',
        sender,
      ].join('\n'),
    };
  }
  return {
    to,
    subject: `[${record.number}] Security alert concerning ${record.organization.name} — contact request`,
    body: [
      greeting(record, language),
      '',
      `I am writing on behalf of ${sender}, which monitors the places where stolen data is offered. We have opened alert ${record.number}, which concerns ${record.organization.name}.`,
      '',
      'So that we can pass it on discreetly, could you tell us who is qualified to receive it: management, the data protection officer (DPO) or the head of security? We will then send them the details and our advice.',
      '',
      'Kind regards,',
      sender,
    ].join('\n'),
  };
}

/**
 * Mail 2: the details, once a qualified contact answered: the date, the severity, what was found
 * and how it was checked, the public evidence and the advice. The source is described, not named
 * (the protocol names it only with permission).
 */
export function renderMail2(record: AlertRecord, language: Language, sender: string, sourceKind: string | null): MailDraft {
  const to = record.organization.contact?.email ?? null;
  const place = (sourceKind && SOURCE_PLACES[sourceKind]?.[language]) ?? (language === 'fr' ? 'un lieu de vente de données' : 'a place where data is sold');
  const date = new Date(record.firstSeen).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const severity = record.severity === 'none' ? severityName(record.severity, language) : `${severityName(record.severity, language)} — ${SEVERITY_SCALE[record.severity][language]}`;
  const claim = claimLine(record, language);
  const advice = adviceFor(record, language);
  const quoted = record.evidence.excerpt.split('\n').map((line) => `> ${line}`);
  const sources = [...new Map(advice.flatMap((item) => item.sources).map((source) => [source.id, source])).values()];
  if (language === 'fr') {
    return {
      to,
      subject: `[${record.number}] Détails de l'alerte concernant ${record.organization.name} (${record.tlp})`,
      body: [
        greeting(record, language), '',
        `Merci de votre réponse. Voici le détail de l'alerte ${record.number} (${record.tlp} : à ne partager qu'avec les personnes qui doivent en connaître).`, '',
        `- Date : ${date}`,
        `- Gravité : ${severity}`,
        `- Ce que nous avons vu : une ${kindName(record.kind, language)} publiée sur ${place}${claim ? ` — ${claim}` : ''}`,
        `- Vérification : ${CLAIM_STATUS_NAMES[record.claimStatus][language]} ; nous n'avons ni acheté ni téléchargé les données et n'avons pas contacté le vendeur.`,
        `- Empreinte SHA-256 du texte publié : ${record.evidence.sha256 ?? '—'}`, '',
        'Extrait de la publication (données personnelles masquées) :', '', ...quoted, '',
        'Nos conseils :', ...advice.map((item) => `- ${item.text}`), '',
        'Références :', ...sources.map((source) => `- ${source.title} — ${source.url}`), '',
        "Nous restons à votre disposition. Nous ne publierons aucun détail technique.", '',
        'Cordialement,', sender,
      ].join('\n'),
    };
  }
  return {
    to,
    subject: `[${record.number}] Details of the alert concerning ${record.organization.name} (${record.tlp})`,
    body: [
      greeting(record, language), '',
      `Thank you for your answer. Here are the details of alert ${record.number} (${record.tlp}: share only with those who need to know).`, '',
      `- Date: ${date}`,
      `- Severity: ${severity}`,
      `- What we saw: a ${kindName(record.kind, language)} posted on ${place}${claim ? ` — ${claim}` : ''}`,
      `- Verification: ${CLAIM_STATUS_NAMES[record.claimStatus][language]}; we neither bought nor downloaded the data and did not contact the seller.`,
      `- SHA-256 of the posted text: ${record.evidence.sha256 ?? '—'}`, '',
      'Excerpt of the posting (personal data masked):', '', ...quoted, '',
      'Our advice:', ...advice.map((item) => `- ${item.text}`), '',
      'References:', ...sources.map((source) => `- ${source.title} — ${source.url}`), '',
      'We remain at your disposal. We will not publish any technical detail.', '',
      'Kind regards,', sender,
    ].join('\n'),
  };
}

export const formatMail = (draft: MailDraft): string =>
  [`To: ${draft.to ?? '(no contact in the watchlist: add "contact" to the organization)'}`, `Subject: ${draft.subject}`, '', draft.body].join('\n');
