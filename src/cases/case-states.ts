import type { ClaimStatus, Language } from '../alerts/alert-words.js';

import type { CaseState } from '../model/case.js';

export { CASE_STATES, type CaseState } from '../model/case.js';

/** A case the team still works on: the 72-hour clock runs and reminders go out. */
export const isOpenState = (state: CaseState): boolean => state !== 'closed' && state !== 'false_positive';

export const CASE_STATE_NAMES: Record<CaseState, Record<Language, string>> = {
  new: { en: 'new', fr: 'nouveau' },
  confirmed: { en: 'confirmed', fr: 'confirmé' },
  false_positive: { en: 'false positive', fr: 'faux positif' },
  victim_contacted: { en: 'victim contacted (mail 1)', fr: 'victime contactée (mail 1)' },
  details_sent: { en: 'details sent (mail 2)', fr: 'détails envoyés (mail 2)' },
  closed: { en: 'closed', fr: 'clos' },
};

export const toClaimStatus = (state: CaseState, confirmedAt: string | null): ClaimStatus =>
  state === 'false_positive' ? 'refuted' : state === 'new' || confirmedAt === null ? 'unverified' : 'confirmed';

/**
 * The states a move to `target` passes through, in order, or an error that says why it is not
 * allowed. Mail 1 on a new case confirms it first (whoever contacted the victim has judged the
 * claim real); mail 2 only follows mail 1; a false positive can be re-opened as confirmed.
 */
export function planTransition(current: CaseState, target: CaseState): { steps: CaseState[] } | { error: string } {
  if (current === target) return { error: `the case is already ${CASE_STATE_NAMES[current].en}` };
  if (current === 'closed') return { error: 'the case is closed' };
  switch (target) {
    case 'closed': return { steps: ['closed'] };
    case 'false_positive': return current === 'new' || current === 'confirmed' ? { steps: ['false_positive'] } : { error: 'the victim was already contacted; close the case instead' };
    case 'confirmed': return current === 'new' || current === 'false_positive' ? { steps: ['confirmed'] } : { error: `the case is already past confirmation (${CASE_STATE_NAMES[current].en})` };
    case 'victim_contacted':
      if (current === 'new') return { steps: ['confirmed', 'victim_contacted'] };
      return current === 'confirmed' ? { steps: ['victim_contacted'] } : { error: `mail 1 follows confirmation; the case is ${CASE_STATE_NAMES[current].en}` };
    case 'details_sent': return current === 'victim_contacted' ? { steps: ['details_sent'] } : { error: `mail 2 follows mail 1 (victim contacted); the case is ${CASE_STATE_NAMES[current].en}` };
    case 'new': return { error: 'a case cannot go back to new' };
  }
}

/** The regulator's deadline (GDPR art. 33: 72 hours) and the reminders before it. */
export const CLOCK_HOURS = 72;
export const REMINDER_HOURS = [24, 60] as const;
