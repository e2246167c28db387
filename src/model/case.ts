/** The states of a case (ZATAZ protocol): new → confirmed | false_positive → victim_contacted (mail 1) → details_sent (mail 2) → closed. */
export const CASE_STATES = ['new', 'confirmed', 'false_positive', 'victim_contacted', 'details_sent', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];
