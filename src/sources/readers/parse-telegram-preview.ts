import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { SourceError } from '../source-errors.js';

/** One message of a public channel as its web preview (https://t.me/s/<channel>) shows it. */
export interface TelegramPreviewMessage {
  id: number;
  url: string;
  text: string;
  publishedAt?: string;
  views?: number;
  author?: string;
  /** The channel or user a forwarded message came from, as shown. */
  forwardedFrom?: string;
  forwardedFromUrl?: string;
  /** Document names, poll questions and link-preview titles: media have no text of their own. */
  captions: string[];
}

export interface TelegramPreviewPage {
  channelTitle?: string;
  messages: TelegramPreviewMessage[];
  /** The `before` value of the "older messages" link, when there is one. */
  olderBefore?: number;
}

/**
 * Parse a t.me/s page. Pure. A private, renamed or missing channel still answers HTTP 200 (t.me
 * redirects it to its contact page), so a page without the message history block is an error
 * here, never an empty list.
 */
export function parseTelegramPreview(html: string, channel: string, pageUrl: string): TelegramPreviewPage {
  const $ = cheerio.load(html);
  if ($('.tgme_channel_history').length === 0 && $('.tgme_widget_message[data-post]').length === 0) {
    throw new SourceError('parse', `Telegram channel "${channel}" has no public web preview at ${pageUrl}: the page answered but holds no message history (the channel is private, renamed or deleted, or "${channel}" is a user or group). Check the channel name.`, { url: pageUrl });
  }
  const messages = $('.tgme_widget_message[data-post]').toArray().flatMap((node) => {
    const message = $(node);
    const post = message.attr('data-post') ?? '';
    const id = Number(post.split('/').pop());
    if (!Number.isInteger(id) || id <= 0) return [];
    const textNode = message.find('.tgme_widget_message_text.js-message_text').filter((_, element) => $(element).closest('.tgme_widget_message_reply').length === 0).first();
    const captions = message.find('.tgme_widget_message_document_title, .tgme_widget_message_document_extra, .tgme_widget_message_poll_question, .link_preview_title, .link_preview_description')
      .toArray().map((element) => $(element).text().replace(/\s+/g, ' ').trim()).filter((caption) => caption.length > 0);
    const forwarded = message.find('.tgme_widget_message_forwarded_from_name').first();
    const datetime = message.find('.tgme_widget_message_date time').attr('datetime');
    const views = toViewCount(message.find('.tgme_widget_message_views').first().text());
    const author = message.find('.tgme_widget_message_from_author').first().text().trim();
    return [{
      id,
      url: message.find('a.tgme_widget_message_date').attr('href') ?? new URL(`/${post}`, pageUrl).href,
      text: toPlainText($, textNode),
      ...(datetime && !Number.isNaN(Date.parse(datetime)) ? { publishedAt: new Date(datetime).toISOString() } : {}),
      ...(views !== undefined ? { views } : {}),
      ...(author ? { author } : {}),
      ...(forwarded.length > 0 ? { forwardedFrom: forwarded.text().replace(/\s+/g, ' ').trim() } : {}),
      ...(forwarded.attr('href') ? { forwardedFromUrl: forwarded.attr('href')! } : {}),
      captions,
    }];
  });
  const before = Number($('a.tme_messages_more[data-before]').first().attr('data-before'));
  const channelTitle = $('.tgme_channel_info_header_title').first().text().trim();
  return { ...(channelTitle ? { channelTitle } : {}), messages, ...(Number.isInteger(before) && before > 0 ? { olderBefore: before } : {}) };
}

/** "1.2K" → 1200, "3.4M" → 3400000, "987" → 987. */
export function toViewCount(text: string): number | undefined {
  const match = /^([\d.]+)\s*([KM]?)$/i.exec(text.trim());
  if (!match) return undefined;
  const factor = match[2]?.toUpperCase() === 'M' ? 1_000_000 : match[2]?.toUpperCase() === 'K' ? 1000 : 1;
  return Math.round(Number(match[1]) * factor);
}

function toPlainText($: CheerioAPI, node: Cheerio<AnyNode>): string {
  if (node.length === 0) return '';
  const copy = node.clone();
  copy.find('br').replaceWith('\n');
  return copy.text().replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}
