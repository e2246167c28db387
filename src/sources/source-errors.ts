import { LeakwatchError } from '../config/errors.js';

/**
 * Why one source failed, in words the scheduler acts on (as Crawlee names errors by
 * consequence). Every one of them fails that source's run only: it is recorded in scan_runs
 * and counts towards the source's health; the other sources go on.
 */
export type SourceFailure =
  | 'unreachable'   // network error, DNS, refused, 5xx after retries: try again next run
  | 'timeout'       // connect, headers, body or whole-run deadline passed
  | 'http-status'   // a 4xx (or a 5xx after retries): the address or the site changed
  | 'too-large'     // the body went over the size cap
  | 'needs-tor'     // an .onion source or `proxy: tor` without TOR_SOCKS_URL: not attempted in the clear
  | 'parse'         // the page or feed is not what the parser expects (a missing channel, bad JSON)
  | 'empty'         // the parser found nothing: a silent breakage, never an empty success
  | 'config';       // the declaration cannot work (unknown scraper, bad selector)

export class SourceError extends LeakwatchError {
  readonly failure: SourceFailure;
  readonly url: string | undefined;
  constructor(failure: SourceFailure, message: string, options: { url?: string; cause?: unknown } = {}) {
    super(message, { exitCode: 1, cause: options.cause });
    this.failure = failure;
    this.url = options.url;
  }

  /** Worth retrying within the same run (the HTTP layer's retries use this). */
  get isTransient(): boolean {
    return this.failure === 'unreachable';
  }
}

/**
 * Network failures arrive as SourceErrors from the HTTP layer and the browser reader; anything
 * else thrown while reading is the parser's or the page's fault, so it is reported as `parse`.
 */
export function toSourceError(error: unknown, url?: string): SourceError {
  if (error instanceof SourceError) return error;
  const message = (error as Error)?.message ?? String(error);
  return new SourceError('parse', `${message}${url ? ` (${url})` : ''}`, { ...(url ? { url } : {}), cause: error });
}
