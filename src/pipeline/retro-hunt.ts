import type { Analysis, Detector } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import type { Store } from '../store/index.js';
import type { ArchiveFinding, IngestedHit, Pipeline } from './ingest-posting.js';
import { toDetectionInput } from './to-detection-input.js';
import type { CompileDetector } from './watchlist-detector.js';

/** Postings read per batch; each batch's hits are written in one short transaction. */
export const RETRO_HUNT_BATCH = 1000;

export interface RetroHuntProgress {
  postingsRead: number;
  postingsTotal: number;
  hitsFound: number;
}

export interface RetroHuntOptions {
  store: Store;
  pipeline: Pick<Pipeline, 'recordArchiveHits'>;
  /** Compiles the hunted organizations alone, for the first pass. */
  compile: CompileDetector;
  /** The whole watchlist and its detector: a posting is judged as ingest judges it, with every organization known. */
  organizations: Organization[];
  detector: Detector;
  /** Who is hunted; their terms as compiled now. */
  orgIds: string[];
  actor: string;
  /** The watchlist change (audit_log id) that asked for this hunt, if any. */
  auditId?: number | null;
  /** Only postings first seen at or after this time. */
  sinceIso?: string | null;
  /** Postings first seen longer ago than this get a hit but no alert. */
  alertHorizonDays: number;
  onProgress?: (progress: RetroHuntProgress) => void;
  batchSize?: number;
}

export interface RetroHuntResult extends RetroHuntProgress {
  runId: number;
  alertsQueued: number;
  /** Postings whose text names a hunted organization, analysed with the whole watchlist. */
  candidates: number;
  seconds: number;
  hits: IngestedHit[];
}

const mentionsAny = (analysis: Analysis, orgIds: ReadonlySet<string>): boolean =>
  analysis.orgs.some((org) => orgIds.has(org))
  || analysis.matches.some((match) => orgIds.has(match.org))
  || (analysis.rejectedMentions ?? []).some((mention) => orgIds.has(mention.org))
  || (analysis.subject?.orgs ?? []).some((subject) => orgIds.has(subject.org));

// Between batches the event loop runs: the bot and the scans go on during a hunt in the monitor.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Search stored postings for organizations added or changed after the postings arrived, with the
 * same detection ingest uses. Two passes keep it fast: a detector compiled for the hunted
 * organizations alone finds the postings that mention them at all (most postings mention none);
 * only those are analysed with the whole watchlist, whose verdict decides, so a hit found here is
 * the hit ingest would have made. Postings that already have a hit for an organization are
 * skipped, and hits are unique per posting and organization: a second hunt finds nothing new.
 * The archive is read in pages by id, outside any write transaction; each page's finds are
 * written in one short transaction.
 */
export async function runRetroHunt(options: RetroHuntOptions): Promise<RetroHuntResult> {
  const { store } = options;
  const started = process.hrtime.bigint();
  const hunted = new Set(options.orgIds);
  const targets = options.organizations.filter((org) => hunted.has(org.id));
  const since = options.sinceIso ?? null;
  const runId = store.retroHunts.start([...hunted], options.actor, options.auditId ?? null, since);
  const progress: RetroHuntProgress = { postingsRead: 0, postingsTotal: store.postings.archiveCount(since), hitsFound: 0 };
  const hits: IngestedHit[] = [];
  let candidates = 0;
  try {
    if (targets.length > 0) {
      const prefilter: Detector = options.compile(targets);
      const whole: Detector = targets.length === options.organizations.length ? prefilter : options.detector;
      const alreadyHit = new Map(targets.map((org) => [org.id, store.retroHunts.postingsWithHits(org.id)]));
      const horizonIso = new Date(store.clock().getTime() - options.alertHorizonDays * 86_400_000).toISOString();
      const batchSize = options.batchSize ?? RETRO_HUNT_BATCH;
      for (let afterId = 0; ;) {
        const page = store.postings.archivePage(afterId, batchSize, since);
        if (page.length === 0) break;
        afterId = page.at(-1)!.id;
        const findings: ArchiveFinding[] = [];
        for (const posting of page) {
          const open = targets.filter((org) => !alreadyHit.get(org.id)!.has(posting.id)).map((org) => org.id);
          if (open.length === 0) continue;
          const input = toDetectionInput(posting);
          const first = prefilter.analyze(input);
          if (!mentionsAny(first, new Set(open))) continue;
          candidates += 1;
          const analysis = whole === prefilter ? first : whole.analyze(input);
          const orgIds = analysis.orgs.filter((org) => open.includes(org));
          if (orgIds.length > 0) findings.push({ postingId: posting.id, posting, analysis, orgIds, mayAlert: posting.seenAt >= horizonIso });
        }
        if (findings.length > 0) {
          const recorded = options.pipeline.recordArchiveHits(findings);
          hits.push(...recorded);
          progress.hitsFound += recorded.length;
        }
        progress.postingsRead += page.length;
        options.onProgress?.({ ...progress });
        await nextTurn();
      }
    }
  } catch (error) {
    store.retroHunts.finish(runId, { ...progress, alertsQueued: hits.filter((hit) => hit.alert).length }, (error as Error).message);
    throw error;
  }
  const alertsQueued = hits.filter((hit) => hit.alert !== null).length;
  store.retroHunts.finish(runId, { ...progress, alertsQueued });
  return { ...progress, runId, alertsQueued, candidates, seconds: Number(process.hrtime.bigint() - started) / 1e9, hits };
}
