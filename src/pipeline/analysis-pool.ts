import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { Logger } from '../config/logger.js';
import type { Posting } from '../model/posting.js';
import type { PostingAnalysis, PostingWorkOutcome } from './analyse-posting.js';
import type { AnalyseTask } from './analysis-worker.js';
import type { WatchlistDetector } from './watchlist-detector.js';

const REDACTION_BUDGET_MS = 10_000;
/** From this length a posting goes to the lane for large postings. */
const LARGE_POSTING_CHARS = 50_000;

export interface AnalysisPoolOptions {
  detector: WatchlistDetector;
  /** Longer than this, a posting's analysis is stopped (its worker is ended) and it is stored as not analysed. */
  budgetSecs: number;
  threads: number;
  logger?: Logger;
}

/**
 * Detection and redaction of postings in worker threads (piscina), for the monitor and `ingest`:
 * the event loop that runs the bot's updates, the outbox and the scheduler never waits on a
 * posting, and a posting over its time budget is stopped without stopping the next ones
 * (issue 13). `leakwatch analyze` stays in-process and in order.
 */
export function createAnalysisPool(options: AnalysisPoolOptions) {
  // From dist/ the worker is plain JavaScript beside this file; from the TypeScript sources (tsx,
  // vitest) a small bootstrap registers tsx in the worker thread first.
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = fileURLToPath(new URL(fromSource ? './analysis-worker-from-source.mjs' : './analysis-worker.js', import.meta.url));
  const threads = Math.max(1, Math.min(options.threads, availableParallelism() * 2));
  // Two lanes: ordinary postings never queue behind a 1 MB one being analysed for a second. One
  // thread for postings under LARGE_POSTING_CHARS, the others (at least one) for larger ones.
  const small = new Piscina({ filename, minThreads: 1, maxThreads: 1, idleTimeout: 60_000 });
  const large = new Piscina({ filename, minThreads: 0, maxThreads: Math.max(1, threads - 1), idleTimeout: 30_000 });
  // A worker that dies outside a task (out of memory) must not take the monitor with it; its task fails instead.
  for (const lane of [small, large]) lane.on('error', (error: unknown) => options.logger?.error({ err: error }, 'analysis worker failed'));
  // Tasks wait here, not in piscina's queue, so that a posting's budget counts from when a thread
  // takes it up: 20 large postings handed over at once must not use up the last one's budget waiting.
  const waiting = new Map([[small, new PQueue({ concurrency: small.options.maxThreads })], [large, new PQueue({ concurrency: large.options.maxThreads })]]);
  const budgetMs = options.budgetSecs * 1000;

  /** Runs one task of `chars` characters within `limitMs`; resolves to its value or to why it was stopped. */
  const runWithin = async <T>(task: unknown, name: 'analyse' | 'redact', chars: number, limitMs: number): Promise<{ value: T } | { stopped: string }> => {
    const lane = chars >= LARGE_POSTING_CHARS ? large : small;
    return waiting.get(lane)!.add(async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), limitMs);
      try {
        return { value: (await lane.run(task, { name, signal: controller.signal })) as T };
      } catch (error) {
        if (controller.signal.aborted) return { stopped: `${name === 'analyse' ? 'analysis' : 'redaction'} stopped after ${limitMs / 1000} s (ANALYSIS_BUDGET_SECS)` };
        return { stopped: `${name === 'analyse' ? 'analysis' : 'redaction'} failed: ${(error as Error).message}` };
      } finally {
        clearTimeout(timer);
      }
    }) as Promise<{ value: T } | { stopped: string }>;
  };

  return {
    /** The analysis of one cleaned posting, or why there is none; the stored text is masked either way. */
    async analyse(posting: Posting): Promise<PostingWorkOutcome> {
      const task: AnalyseTask = { ...options.detector.snapshot(), posting };
      const analysed = await runWithin<PostingAnalysis>(task, 'analyse', posting.text.length, budgetMs);
      if ('value' in analysed) return analysed.value;
      options.logger?.warn({ sourceId: posting.sourceId, externalId: posting.externalId, chars: posting.text.length, reason: analysed.stopped }, 'posting not analysed');
      // Redaction is linear (a 1 MB posting takes well under a second) and gets at least 10 s, so
      // that a tight budget for detection still leaves the text stored, masked; should it ever be
      // stopped too, nothing unmasked is stored.
      const masked = await runWithin<{ text: string; title?: string }>({ text: posting.text, title: posting.title }, 'redact', posting.text.length, Math.max(budgetMs, REDACTION_BUDGET_MS));
      const stored = 'value' in masked ? masked.value : { text: `[text not stored: ${masked.stopped}]` };
      return { notAnalysed: analysed.stopped, stored };
    },
    async close(): Promise<void> {
      await Promise.all([small.destroy(), large.destroy()]);
    },
  };
}

export type AnalysisPool = ReturnType<typeof createAnalysisPool>;
