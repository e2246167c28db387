/**
 * The worker thread of the analysis pool (see analysis-pool.ts): detection and redaction of one
 * posting, so a posting that takes seconds never holds up the bot, the outbox or the scheduler.
 * The watchlist comes with each task and is compiled once per revision.
 */
import { compileDetector } from '../detection/index.js';
import type { Detector } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import type { Posting } from '../model/posting.js';
import { analysePosting, toStoredText, type PostingAnalysis } from './analyse-posting.js';

export interface AnalyseTask {
  revision: number;
  organizations: Organization[];
  posting: Posting;
}

let compiled: { revision: number; detector: Detector } | undefined;

export function analyse(task: AnalyseTask): PostingAnalysis {
  if (compiled?.revision !== task.revision) compiled = { revision: task.revision, detector: compileDetector(task.organizations) };
  return analysePosting(compiled.detector, task.posting);
}

/** Redaction alone: what is stored of a posting whose analysis was stopped. */
export function redact(posting: Pick<Posting, 'text' | 'title'>): { text: string; title?: string } {
  return toStoredText(posting);
}
