import type { TriageState } from '../store/index.js';

export type Language = 'en' | 'fr';

/** The words of an alert and its buttons, per chat language (/lang). */
export const ALERT_TEXTS = {
  en: {
    claim: 'Claim', records: 'records', price: 'Price', seller: 'Seller', seen: 'Seen', where: 'Where', open: 'open',
    archive: 'Found in the archive by a retro-hunt; the posting was first seen',
    matched: 'Matched', corroborated: 'corroborated by', excerpt: 'Excerpt', forwardedFrom: 'forwarded from',
    buttons: { confirm: '✅ Confirm', falsePositive: '❌ False positive', notified: '📨 Victim notified', mute: '🔇 Mute org 24 h' },
    states: {
      confirmed: '✅ Confirmed', false_positive: '❌ False positive', victim_notified: '📨 Victim notified', muted: '🔇 Organization muted 24 h',
    } satisfies Record<TriageState, string>,
    by: 'by',
    advice: 'Advice', sightings: 'sightings',
  },
  fr: {
    claim: 'Revendication', records: 'enregistrements', price: 'Prix', seller: 'Vendeur', seen: 'Vu', where: 'Où', open: 'ouvrir',
    archive: 'Trouvé dans les archives par une recherche rétroactive ; publication vue pour la première fois le',
    matched: 'Correspondance', corroborated: 'corroborée par', excerpt: 'Extrait', forwardedFrom: 'transféré depuis',
    buttons: { confirm: '✅ Confirmer', falsePositive: '❌ Faux positif', notified: '📨 Victime prévenue', mute: '🔇 Muet 24 h' },
    states: {
      confirmed: '✅ Confirmée', false_positive: '❌ Faux positif', victim_notified: '📨 Victime prévenue', muted: '🔇 Organisation en sourdine 24 h',
    } satisfies Record<TriageState, string>,
    by: 'par',
    advice: 'Conseils', sightings: 'signalements',
  },
} as const;

export const SEVERITY_ICONS: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', none: '⬜' };
