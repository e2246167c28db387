import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Posting, SourceKind } from '../model/posting.js';

/**
 * What a reader or scraper found on a page, before it becomes a Posting. Checked with zod as it
 * leaves the parser: scraped text is untrusted and parsers drift as sites change.
 */
export const scrapedItemSchema = z.object({
  externalId: z.string().trim().min(1).max(512),
  title: z.string().max(5000).optional(),
  body: z.string().max(1_000_000).optional(),
  url: z.string().max(4000).optional(),
  /** The victim field of a leak-site post: stated by the site, not read from prose. */
  victim: z.object({ name: z.string().trim().min(1).max(500), website: z.string().trim().max(500).optional(), country: z.string().trim().max(100).optional() }).optional(),
  author: z.string().max(500).optional(),
  /** ISO 8601. */
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  screenshotPath: z.string().max(1000).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
}).refine((item) => (item.title ?? '').trim() !== '' || (item.body ?? '').trim() !== '', { message: 'an item needs a title or a body' });

export type ScrapedItem = z.infer<typeof scrapedItemSchema>;

/** Keep the valid items; say which were dropped and why (a drifting parser shows up here first). */
export function checkScrapedItems(raw: unknown[]): { items: ScrapedItem[]; rejected: string[] } {
  const items: ScrapedItem[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  raw.forEach((candidate, index) => {
    const parsed = scrapedItemSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      rejected.push(`item ${index}: ${issue.path.join('.') || 'item'}: ${issue.message}`);
      return;
    }
    // A page that lists the same item twice (a pinned post, a sidebar) gives one posting.
    if (seen.has(parsed.data.externalId)) return;
    seen.add(parsed.data.externalId);
    items.push(parsed.data);
  });
  return { items, rejected };
}

export function toPosting(sourceId: string, sourceKind: SourceKind, item: ScrapedItem): Posting {
  const title = item.title?.trim();
  const body = item.body?.trim();
  const text = [title, body].filter((part) => part && part.length > 0).join('\n');
  return {
    sourceId,
    externalId: item.externalId,
    sourceKind,
    text,
    ...(title ? { title } : {}),
    ...(item.victim ? { victim: item.victim } : {}),
    ...(item.url ? { url: item.url } : {}),
    ...(item.author ? { author: item.author } : {}),
    ...(item.publishedAt ? { publishedAt: new Date(item.publishedAt).toISOString() } : {}),
    ...(item.screenshotPath ? { screenshotPath: item.screenshotPath } : {}),
    ...(item.meta ? { meta: item.meta } : {}),
  };
}

/** A stable id for items that have none of their own (a victim name on a leak site). */
export function toStableId(...parts: (string | undefined)[]): string {
  return createHash('sha256').update(parts.map((part) => (part ?? '').trim().toLowerCase()).join('\u0000')).digest('hex').slice(0, 24);
}

/** A date as sites write it ("Posted Nov 3, 2021.", "2024-03-06 12:01:02.123", an epoch) → ISO, or undefined. */
export function toIsoDate(text: string | number | undefined | null): string | undefined {
  if (text === undefined || text === null || text === '') return undefined;
  if (typeof text === 'number') {
    const date = new Date(text < 1e12 ? text * 1000 : text);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  const cleaned = text.trim().replace(/^(posted|published|date)\s*:?\s*/i, '').replace(/\.$/, '');
  // "2024-03-06 12:01:02.123456" (ransomware.live) has no zone: it is UTC.
  const isoLike = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(cleaned) ? `${cleaned.replace(' ', 'T').replace(/(\.\d{3})\d+$/, '$1')}Z` : cleaned;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(isoLike) ? `${isoLike}T00:00:00Z` : isoLike;
  // "Dec 01, 2022" has no zone and would be read in local time: read it as UTC, like the ISO forms.
  const hasZone = /(Z|[+-]\d{2}:?\d{2}|GMT|UTC|[ECMP][SD]T)$/i.test(dateOnly);
  const asUtc = hasZone ? Number.NaN : Date.parse(`${dateOnly} UTC`);
  const time = Number.isNaN(asUtc) ? Date.parse(dateOnly) : asUtc;
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(time).toISOString() : undefined;
}
