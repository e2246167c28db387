import { createHash } from 'node:crypto';

/**
 * The hash that recognises the same posting copied to another source: case, width, spacing and
 * invisible characters do not count, so a repost with an extra line break is still a duplicate.
 */
export function toContentHash(text: string): string {
  const canonical = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(canonical).digest('hex');
}
