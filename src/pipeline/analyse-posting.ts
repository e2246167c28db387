import type { Analysis, Detector } from '../model/analysis.js';
import type { Posting } from '../model/posting.js';
import { redactPersonalData } from './redact-personal-data.js';
import { toDetectionInput } from './to-detection-input.js';

/** What the CPU-heavy half of ingest makes of a posting: the analysis and the text to store. */
export interface PostingAnalysis {
  /** Null when the posting names no watched organization: there is nothing to record but the posting. */
  analysis: Analysis | null;
  /** Text and title with personal data masked. */
  stored: { text: string; title?: string };
}

/** A posting that was stopped before its analysis ended; its text is stored, masked, with the reason. */
export interface PostingNotAnalysed {
  notAnalysed: string;
  stored: { text: string; title?: string };
}

export type PostingWorkOutcome = PostingAnalysis | PostingNotAnalysed;

export const isNotAnalysed = (outcome: PostingWorkOutcome): outcome is PostingNotAnalysed => 'notAnalysed' in outcome;

/** What is stored and shown has personal data masked; detection reads the text as written. */
export function toStoredText(posting: Pick<Posting, 'text' | 'title'>): { text: string; title?: string } {
  return { text: redactPersonalData(posting.text), ...(posting.title ? { title: redactPersonalData(posting.title) } : {}) };
}

/**
 * Detection and redaction of a cleaned posting: pure, so it runs the same in a worker thread.
 * Only what ingest records is read: a posting that names no watched organization makes no hit,
 * so its kind, counts and price are left unread (most postings name none).
 */
export function analysePosting(detector: Detector, posting: Posting): PostingAnalysis {
  return { analysis: detector.analyzeIfNamed(toDetectionInput(posting)), stored: toStoredText(posting) };
}
