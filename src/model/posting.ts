/** Where a text was found. The `source` field of the eval format and of `leakwatch analyze`. */
export const SOURCE_KINDS = ['telegram', 'forum', 'dls', 'paste', 'market', 'news', 'chat'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The victim field of a data-leak-site post or feed entry, with the website and country it states. */
export interface StatedVictim {
  name: string;
  website?: string;
  /** ISO 3166-1 alpha-2 when the source gives one, or the country as written. */
  country?: string;
}

/** One item read from a source: a forum thread, a channel message, a leak-site victim post. */
export interface Posting {
  /** Id of the configured source it came from (`cli`, `telegram`, `lorenz`, …). */
  sourceId: string;
  /** Id unique within the source (message id, thread id, URL). */
  externalId: string;
  /** What kind of place the source is; evidence for the classifier (a dls post is a ransom claim). */
  sourceKind?: SourceKind;
  /** Title and body joined by a newline, as the detector reads it. Untrusted. */
  text: string;
  /** Thread or listing title, or the first line of a message, as the source states it. Untrusted. */
  title?: string;
  /** The victim as a data-leak site or feed states it in a field of its own (not read from prose). */
  victim?: StatedVictim;
  url?: string;
  author?: string;
  /** ISO 8601 time the posting says it was published, when known. */
  publishedAt?: string;
  /** Path of a screenshot taken as evidence, relative to the evidence directory. */
  screenshotPath?: string;
  /** Source-specific metadata (views, chat title, forward origin, price as shown). */
  meta?: Record<string, unknown>;
}
