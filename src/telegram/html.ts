/**
 * Telegram's HTML parse mode knows four entities: &lt; &gt; &amp; &quot;. Everything that came
 * from a posting, a user or the watchlist goes through this before it is put in a message,
 * so `<b>` in a seller's post is shown as written instead of turning text bold.
 */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link only for http(s) URLs; anything else (javascript:, tg:) is shown as text. */
export function toLinkHtml(url: string, label: string): string {
  return /^https?:\/\/[^\s]+$/i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(url);
}

/** Cut a field to `max` characters without splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
