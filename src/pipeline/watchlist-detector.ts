import type { Detector } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import type { WatchlistStore } from '../store/index.js';

export type CompileDetector = (organizations: Organization[]) => Detector;

/**
 * The detector for the watchlist as stored now. Compiling is the expensive step, so it is done
 * once per watchlist revision; checking the revision is one indexed read.
 */
export function createWatchlistDetector(watchlist: WatchlistStore, compile: CompileDetector) {
  let compiledRevision = -1;
  let detector: Detector | undefined;
  let organizations: Organization[] = [];
  const refresh = () => {
    const revision = watchlist.revision();
    if (detector === undefined || revision !== compiledRevision) {
      organizations = watchlist.list();
      detector = compile(organizations);
      compiledRevision = revision;
    }
  };
  return {
    current(): Detector {
      refresh();
      return detector!;
    },
    organizations(): Organization[] {
      refresh();
      return organizations;
    },
    /** The watchlist and its revision, for a worker thread that compiles its own detector. */
    snapshot(): { revision: number; organizations: Organization[] } {
      refresh();
      return { revision: compiledRevision, organizations };
    },
  };
}

export type WatchlistDetector = ReturnType<typeof createWatchlistDetector>;
