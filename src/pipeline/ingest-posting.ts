import type { Analysis } from '../model/analysis.js';
import type { Posting } from '../model/posting.js';
import type { Alert, HitOrigin, Store } from '../store/index.js';
import { toContentHash } from './content-hash.js';
import { analysePosting, isNotAnalysed, toStoredText, type PostingAnalysis, type PostingWorkOutcome } from './analyse-posting.js';
import type { AnalysisPool } from './analysis-pool.js';
import { PostingRejectedError, toCleanText } from './validate-posting.js';
import type { WatchlistDetector } from './watchlist-detector.js';

export type IngestStatus = 'new' | 'edited' | 'duplicate' | 'unchanged';

export interface IngestedHit {
  hitId: number;
  orgId: string;
  alert: Alert | null;
  /** Why no alert was queued for an alerting hit (muted organization, known false positive). */
  suppressed: string | null;
}

export interface IngestResult {
  status: IngestStatus;
  postingId: number;
  /** Set for `duplicate`: the posting first stored with the same text. */
  duplicateOf: number | null;
  /** Null when the posting was not analysed here: seen before, a duplicate, or naming no watched organization. */
  analysis: Analysis | null;
  hits: IngestedHit[];
  /** Why a new or edited posting was stored without analysis (stopped over its time budget). */
  notAnalysed?: string;
}

export interface AlertContext {
  orgId: string;
  posting: Posting;
  postingId: number;
  analysis: Analysis;
}

/** What a retro-hunt found in one stored posting (see pipeline/retro-hunt.ts). */
export interface ArchiveFinding {
  postingId: number;
  posting: Posting;
  analysis: Analysis;
  /** The hunted organizations among `analysis.orgs`: only their hits are stored. */
  orgIds: string[];
  /** False past the alert horizon: the hit is stored, no alert is queued. */
  mayAlert: boolean;
}

interface HitRecording {
  foundBy: HitOrigin;
  orgIds: readonly string[];
  mayAlert: boolean;
}

export interface PipelineOptions {
  store: Store;
  detector: WatchlistDetector;
  /** Where a new alert goes ('console', 'telegram:<chat>'); decided by the alert stage. */
  destinationsFor: (context: AlertContext) => string[];
  /** A reason to keep a hit without alerting (muted, marked false positive before), or null. */
  suppressAlert?: (context: AlertContext) => string | null;
  /** Called after an alert is queued, outside the transaction (wake the sender, group cases). */
  onAlertQueued?: (alert: Alert, context: AlertContext) => void;
}

/**
 * posting → detection → hits → one queued alert per new alerting hit. Seen-before postings
 * (same source and id, or same text from another source) make no new hit and no new alert;
 * an edit is analysed again and alerts only for organizations it newly hits. The text a posting
 * had before an edit stays known (the store keeps every hash), so its repost is a duplicate too.
 */
export function createPipeline(options: PipelineOptions) {
  const { store } = options;

  const recordHits = (postingId: number, posting: Posting, analysis: Analysis, recording?: HitRecording): { hits: IngestedHit[]; queued: [Alert, AlertContext][] } => {
    const hits: IngestedHit[] = [];
    const queued: [Alert, AlertContext][] = [];
    for (const orgId of recording?.orgIds ?? analysis.orgs) {
      const hitId = store.hits.insert(postingId, orgId, analysis, recording?.foundBy ?? 'ingest');
      if (hitId === undefined) continue;
      const context: AlertContext = { orgId, posting, postingId, analysis };
      let alert: Alert | null = null;
      let suppressed: string | null = null;
      if (analysis.alert && (recording?.mayAlert ?? true)) {
        suppressed = options.suppressAlert?.(context) ?? null;
        if (suppressed === null) {
          alert = store.alerts.enqueue(hitId, orgId, analysis.severity, options.destinationsFor(context));
          queued.push([alert, context]);
        }
      }
      hits.push({ hitId, orgId, alert, suppressed });
    }
    return { hits, queued };
  };

  /** The posting as detection reads it: text cleaned and capped. Throws PostingRejectedError. */
  const toAnalysed = (posting: Posting): { analysed: Posting; contentHash: string } => {
    const clean = toCleanText(posting.text, `${posting.sourceId}/${posting.externalId}`);
    const meta = clean.truncatedFromChars ? { ...posting.meta, truncatedFromChars: clean.truncatedFromChars } : posting.meta;
    return { analysed: { ...posting, text: clean.text, ...(meta ? { meta } : {}) }, contentHash: toContentHash(clean.text) };
  };

  /** Whether ingest will analyse this posting: not when it is stored already or repeats a known text. */
  const needsAnalysis = (analysed: Posting, contentHash: string): boolean => {
    const existing = store.postings.findBySourceId(analysed.sourceId, analysed.externalId);
    if (existing) return existing.contentHash !== contentHash;
    return store.postings.findOriginalByHash(contentHash) === undefined;
  };

  /**
   * `work` is the analysis made beforehand in a worker thread (ingestAllInPool); without it the
   * posting is analysed here. A posting whose analysis was stopped is stored, masked, with the
   * reason and no hits: it is recorded, not lost.
   */
  const ingestInTransaction = (posting: Posting, work?: PostingWorkOutcome): { result: IngestResult; queued: [Alert, AlertContext][] } => {
    const { analysed, contentHash } = toAnalysed(posting);
    const existing = store.postings.findBySourceId(posting.sourceId, posting.externalId);
    if (existing && existing.contentHash === contentHash) {
      store.postings.markSeenAgain(existing.id);
      return { result: { status: 'unchanged', postingId: existing.id, duplicateOf: existing.duplicateOf, analysis: null, hits: [] }, queued: [] };
    }
    const original = existing ? undefined : store.postings.findOriginalByHash(contentHash);
    const outcome = work ?? (original === undefined ? analysePosting(options.detector.current(), analysed) : undefined);
    const stored: Posting = { ...analysed, ...(outcome?.stored ?? toStoredText(analysed)) };
    const notAnalysed = outcome && isNotAnalysed(outcome) ? outcome.notAnalysed : null;

    if (existing) {
      store.postings.replaceText(existing.id, stored, contentHash, notAnalysed);
      if (notAnalysed !== null) return { result: { status: 'edited', postingId: existing.id, duplicateOf: null, analysis: null, hits: [], notAnalysed }, queued: [] };
      const analysis = (outcome as PostingAnalysis).analysis;
      const { hits, queued } = analysis ? recordHits(existing.id, stored, analysis) : { hits: [], queued: [] };
      return { result: { status: 'edited', postingId: existing.id, duplicateOf: null, analysis, hits }, queued };
    }

    if (original !== undefined) {
      const postingId = store.postings.insert(stored, contentHash, original);
      return { result: { status: 'duplicate', postingId, duplicateOf: original, analysis: null, hits: [] }, queued: [] };
    }

    const postingId = store.postings.insert(stored, contentHash, null, notAnalysed);
    if (notAnalysed !== null) return { result: { status: 'new', postingId, duplicateOf: null, analysis: null, hits: [], notAnalysed }, queued: [] };
    const analysis = (outcome as PostingAnalysis).analysis;
    const { hits, queued } = analysis ? recordHits(postingId, stored, analysis) : { hits: [], queued: [] };
    return { result: { status: 'new', postingId, duplicateOf: null, analysis, hits }, queued };
  };

  const ingestBatch = (postings: readonly Posting[], work: readonly (PostingWorkOutcome | undefined)[] = []): (IngestResult | PostingRejectedError)[] => {
    const allQueued: [Alert, AlertContext][] = [];
    const results = store.db.transaction(() => postings.map((posting, index) => {
      try {
        const { result, queued } = ingestInTransaction(posting, work[index]);
        allQueued.push(...queued);
        return result;
      } catch (error) {
        if (error instanceof PostingRejectedError) return error;
        throw error;
      }
    })).immediate();
    for (const [alert, context] of allQueued) options.onAlertQueued?.(alert, context);
    return results;
  };

  return {
    /** Run one posting through the pipeline. Throws PostingRejectedError for empty or binary text. */
    ingest(posting: Posting): IngestResult {
      const { result, queued } = store.db.transaction(() => ingestInTransaction(posting)).immediate();
      for (const [alert, context] of queued) options.onAlertQueued?.(alert, context);
      return result;
    },
    /**
     * Run a batch in one transaction — what a scan or an import produces: one commit for the
     * batch instead of one per posting is what makes bulk ingest fast. A rejected posting (an
     * Error in its place) is refused before anything of it is written, so the others stand.
     */
    ingestAll(postings: readonly Posting[]): (IngestResult | PostingRejectedError)[] {
      return ingestBatch(postings);
    },
    /**
     * ingestAll with detection and redaction done beforehand in the worker pool, in parallel and
     * off the event loop; only the writes (one transaction) run here. A posting over the pool's
     * time budget is stored as not analysed (`notAnalysed` in its result) and the others go on.
     */
    async ingestAllInPool(postings: readonly Posting[], pool: AnalysisPool): Promise<(IngestResult | PostingRejectedError)[]> {
      const work = await Promise.all(postings.map(async (posting) => {
        let prepared: ReturnType<typeof toAnalysed>;
        try {
          prepared = toAnalysed(posting);
        } catch {
          return undefined; // refused again, with its reason, by ingestBatch
        }
        return needsAnalysis(prepared.analysed, prepared.contentHash) ? pool.analyse(prepared.analysed) : undefined;
      }));
      return ingestBatch(postings, work);
    },
    /**
     * Store what a retro-hunt found, in one short transaction: a hit per hunted organization not
     * already hit by the posting, alerted like a live hit (same destinations, same suppressors)
     * unless the posting is older than the alert horizon.
     */
    recordArchiveHits(findings: readonly ArchiveFinding[]): IngestedHit[] {
      const allQueued: [Alert, AlertContext][] = [];
      const hits = store.db.transaction(() => findings.flatMap((finding) => {
        const recorded = recordHits(finding.postingId, finding.posting, finding.analysis, { foundBy: 'retro-hunt', orgIds: finding.orgIds, mayAlert: finding.mayAlert });
        allQueued.push(...recorded.queued);
        return recorded.hits;
      })).immediate();
      for (const [alert, context] of allQueued) options.onAlertQueued?.(alert, context);
      return hits;
    },
  };
}

export type Pipeline = ReturnType<typeof createPipeline>;
