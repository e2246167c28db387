import { z } from 'zod';
import { InputError } from '../config/errors.js';
import { SOURCE_KINDS, type Posting } from '../model/posting.js';

/**
 * Postings longer than this are cut before analysis and storage (the cut is recorded in
 * `meta.truncatedFromChars`). 1,000,000 characters holds any real forum post or channel
 * message many times over; a 5 MB "posting" is a dump or garbage, and must not stall a scan.
 */
export const MAX_POSTING_CHARS = 1_000_000;

/** The JSON-lines input of `leakwatch analyze` and `leakwatch ingest`. */
export const postingLineSchema = z.object({
  id: z.union([z.string().min(1).max(500), z.number().transform(String)]),
  text: z.string(),
  source: z.enum(SOURCE_KINDS).optional(),
  title: z.string().max(2000).optional(),
  /** The victim field of a leak-site post, and the website and country it states. */
  victim: z.string().trim().min(1).max(500).optional(),
  website: z.string().trim().max(500).optional(),
  country: z.string().trim().max(100).optional(),
  url: z.string().max(4000).optional(),
  author: z.string().max(500).optional(),
  published_at: z.string().max(64).optional(),
}).loose();

export type PostingLine = z.infer<typeof postingLineSchema>;

export class PostingRejectedError extends InputError {}

/**
 * Make a text safe to analyse and store: lone surrogates become U+FFFD, over-long text is cut.
 * Empty and binary texts are refused with the reason, so one bad line never crashes a batch.
 */
export function toCleanText(raw: string, label: string): { text: string; truncatedFromChars?: number } {
  if (raw.trim().length === 0) throw new PostingRejectedError(`Posting ${label} has no text: give a non-empty "text".`);
  let text = raw.isWellFormed() ? raw : raw.toWellFormed();
  const sample = text.slice(0, 4096);
  const control = countControlCharacters(sample);
  // A stray control character or two is noise in real text; a tenth of the text is a binary file.
  if (control >= 8 && control > sample.length * 0.1) {
    throw new PostingRejectedError(`Posting ${label} looks binary (${Math.round((control / sample.length) * 100)}% control characters): postings must be text.`);
  }
  if (text.length <= MAX_POSTING_CHARS) return { text };
  const originalLength = text.length;
  text = text.slice(0, MAX_POSTING_CHARS);
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  return { text, truncatedFromChars: originalLength };
}

function countControlCharacters(text: string): number {
  let control = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // Tab, line feed and carriage return are text; other C0 controls and U+FFFD runs are not.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control += 1;
  }
  return control;
}

/** Parse one JSON line into a posting of the given source; errors name the line. */
export function parsePostingLine(line: string, lineNumber: number): PostingLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new PostingRejectedError(`Line ${lineNumber} is not valid JSON (${(error as Error).message}): each line must be an object like {"id": "p1", "text": "…"}.`);
  }
  const parsed = postingLineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PostingRejectedError(`Line ${lineNumber}: field "${issue.path.join('.') || '(line)'}" ${issue.message.toLowerCase()}. Expected {"id": string, "text": string, "source"?: ${SOURCE_KINDS.join('|')}, "title"?, "victim"?, "website"?, "country"?: string}.`);
  }
  return parsed.data;
}

export function toPosting(line: PostingLine, sourceId: string): Posting {
  return {
    sourceId,
    externalId: line.id,
    text: line.text,
    ...(line.source ? { sourceKind: line.source } : {}),
    ...(line.title ? { title: line.title } : {}),
    ...(line.victim ? { victim: { name: line.victim, ...(line.website ? { website: line.website } : {}), ...(line.country ? { country: line.country } : {}) } } : {}),
    ...(line.url ? { url: line.url } : {}),
    ...(line.author ? { author: line.author } : {}),
    ...(line.published_at ? { publishedAt: line.published_at } : {}),
  };
}
