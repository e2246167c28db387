import type { TelegramSource } from '../source-config.js';
import type { ReadContext, ReadResult } from '../source-reader.js';
import { parseTelegramPreview, type TelegramPreviewMessage } from './parse-telegram-preview.js';

/**
 * `telegram` sources: a public channel through its web preview, no account needed. The first
 * run reads the newest page; later runs page back with `?before=` until they reach the last
 * message seen (the cursor) or `maxPages`.
 */
export async function readTelegramSource(source: TelegramSource, context: ReadContext): Promise<ReadResult> {
  const base = `${source.baseUrl.replace(/(?<!\/)\/+$/, '')}/s/${source.channel}`;
  const lastSeen = context.cursor !== null && /^\d+$/.test(context.cursor) ? Number(context.cursor) : null;
  const messages = new Map<number, TelegramPreviewMessage>();
  let channelTitle: string | undefined;
  let url: string | undefined = base;
  let pages = 0;
  while (url && pages < source.maxPages) {
    const page = await context.http.fetchText(url, { signal: context.signal, proxy: source.proxy });
    pages += 1;
    const parsed = parseTelegramPreview(page.body, source.channel, page.url);
    channelTitle ??= parsed.channelTitle;
    for (const message of parsed.messages) messages.set(message.id, message);
    const oldest = Math.min(...parsed.messages.map((message) => message.id));
    const reachedLastSeen = lastSeen === null || parsed.messages.length === 0 || oldest <= lastSeen + 1;
    url = !reachedLastSeen && parsed.olderBefore ? `${base}?before=${parsed.olderBefore}` : undefined;
  }
  const newest = Math.max(lastSeen ?? 0, ...messages.keys());
  // A photo or sticker without a caption says nothing to analyse; it is skipped, not an error.
  const readable = [...messages.values()].filter((message) => message.text.length > 0 || message.captions.length > 0);
  const items = readable.sort((a, b) => a.id - b.id).map((message) => ({
    externalId: String(message.id),
    body: [message.text, ...message.captions].filter((part) => part.length > 0).join('\n'),
    url: message.url,
    ...(message.author ? { author: message.author } : {}),
    ...(message.publishedAt ? { publishedAt: message.publishedAt } : {}),
    meta: {
      channel: source.channel,
      ...(channelTitle ? { channelTitle } : {}),
      ...(message.views !== undefined ? { views: message.views } : {}),
      ...(message.forwardedFrom ? { forwardedFrom: message.forwardedFrom } : {}),
      ...(message.forwardedFromUrl ? { forwardedFromUrl: message.forwardedFromUrl } : {}),
      ...(message.captions.length > 0 ? { captions: message.captions } : {}),
    },
  }));
  return { items, pages, cursor: newest > 0 ? String(newest) : context.cursor };
}
