import type { DetectionInput } from '../model/analysis.js';
import type { Posting } from '../model/posting.js';

/**
 * What detection reads of a posting: its text (already cleaned), the kind of source, and the
 * structure the source stated — title and victim field — which decide who the posting is about.
 * Plain data, so it can be handed to a worker as it is.
 */
export function toDetectionInput(posting: Posting, text: string = posting.text): DetectionInput {
  return {
    text,
    ...(posting.sourceKind ? { source: posting.sourceKind } : {}),
    ...(posting.title ? { title: posting.title } : {}),
    ...(posting.victim ? { victim: posting.victim } : {}),
  };
}
