import type { ScanSummary } from './scan-source.js';

/** One line for a chat or a log: "3 sources: 120 items, 4 new, 1 hit, 1 error (rl-recent: …)". */
export function summarizeScans(summaries: ScanSummary[]): string {
  const total = (key: 'itemsSeen' | 'newPostings' | 'hits') => summaries.reduce((sum, summary) => sum + summary[key], 0);
  const failed = summaries.filter((summary) => summary.error !== null);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const errors = failed.length === 0 ? 'no errors' : `${plural(failed.length, 'error')} (${failed.slice(0, 3).map((summary) => `${summary.sourceId}: ${summary.error!.slice(0, 120)}`).join('; ')}${failed.length > 3 ? '; …' : ''})`;
  return `${plural(summaries.length, 'source')}: ${plural(total('itemsSeen'), 'item')}, ${total('newPostings')} new, ${plural(total('hits'), 'hit')}, ${errors}`;
}
