/** Posting text shown in an alert is capped: enough to judge, never a whole dump. */
export const EXCERPT_MAX_CHARS = 600;

export function toExcerpt(text: string, maxChars = EXCERPT_MAX_CHARS): string {
  const flat = text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (flat.length <= maxChars) return flat;
  return `${flat.slice(0, maxChars - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
