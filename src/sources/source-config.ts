import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';
import { SOURCE_KINDS } from '../model/posting.js';

/**
 * The source declaration format (sources.json / sources.yaml). zod here at the boundary; the
 * rest of src/sources works on the plain `SourceDeclaration` objects it yields.
 */

const sourceId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'a slug of lowercase letters, digits, ".", "_" or "-" (at most 64), like "rl-recent"');
const httpUrl = z.string().refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), 'an http(s) URL like https://example.org/feed');
const cron = z.string().refine((value) => isValidCron(value), 'a cron expression like "*/30 * * * *" (minute hour day month weekday, optional seconds first)');

/** `css` picks the element's text; `css@attr` an attribute; `@attr` an attribute of the item itself. */
const selector = z.string().min(1).max(500);

export const selectorsSchema = z.object({
  item: selector,
  title: selector,
  body: selector.optional(),
  link: selector.optional(),
  date: selector.optional(),
  author: selector.optional(),
  id: selector.optional(),
}).strict();

const common = {
  id: sourceId,
  /** Cron (node-cron, local time). Each run starts after a random delay of up to `jitterSeconds`. */
  schedule: cron.default('*/30 * * * *'),
  enabled: z.boolean().default(true),
  /** `tor` routes through TOR_SOCKS_URL; a socks URL names another proxy; `.onion` hosts always use Tor. */
  proxy: z.union([z.literal('tor'), z.literal('none'), z.string().regex(/^socks5h?:\/\/[^/]+:\d+\/?$/, 'tor, none, or socks5h://host:port')]).default('none'),
  /** How far its claims are believed: shown with hits, not used to drop anything. */
  trust: z.enum(['high', 'medium', 'low']).default('medium'),
  /** What kind of place this is (evidence for the classifier); each type has a default. */
  kind: z.enum(SOURCE_KINDS).optional(),
  timeoutSeconds: z.number().int().min(1).max(3600).default(300),
  jitterSeconds: z.number().int().min(0).max(3600).default(30),
  /** Failed runs in a row before the source is marked unhealthy and the admins are told. */
  unhealthyAfter: z.number().int().min(1).max(100).default(3),
  /** A run that finds nothing is an error (a parser that silently broke) unless this is set. */
  allowEmpty: z.boolean().default(false),
};

const htmlFields = {
  url: httpUrl,
  selectors: selectorsSchema,
  pagination: z.object({ next: selector, maxPages: z.number().int().min(1).max(50).default(3) }).strict().optional(),
  /** Fetch each new item's own page (same host only) and take its body from there. */
  detail: z.object({ body: selector, maxItems: z.number().int().min(1).max(100).default(10) }).strict().optional(),
};

const htmlSource = z.object({ ...common, type: z.literal('html'), ...htmlFields }).strict();

const browserSource = z.object({
  ...common,
  type: z.literal('browser'),
  ...htmlFields,
  /** JavaScript stays off unless the site cannot render without it. */
  javascript: z.boolean().default(false),
  /** Wait for this selector after load (useful with javascript on). */
  waitFor: selector.optional(),
  /** `item`: one screenshot per new item; `page`: one of the whole page per run. */
  screenshot: z.enum(['item', 'page']).default('item'),
}).strict();

const telegramSource = z.object({
  ...common,
  type: z.literal('telegram'),
  channel: z.string().regex(/^[A-Za-z0-9_]{4,64}$/, 'a public channel username without @ or URL, like "somechannel"'),
  baseUrl: httpUrl.default('https://t.me'),
  /** Pages read back with `?before=` to reach the last message seen. */
  maxPages: z.number().int().min(1).max(50).default(3),
}).strict();

/** A chat the account reads: a username, a t.me link, an invite link it already joined, or a numeric id. */
export const ACCOUNT_CHAT_REF = /^(@?[A-Za-z][A-Za-z0-9_]{3,31}|https:\/\/t\.me\/(\+|joinchat\/)?[A-Za-z0-9_-]{4,64}\/?|-?\d{1,20})$/;

const telegramAccountSource = z.object({
  ...common,
  type: z.literal('telegram-account'),
  /** Read by the user account logged in with `leakwatch telegram login` (MTProto); see docs/telegram-account.md. */
  chats: z.array(z.string().trim().regex(ACCOUNT_CHAT_REF, 'a username ("somechannel" or "@somechannel"), a t.me link, an invite link (https://t.me/+AbCd…) or a numeric id from `leakwatch telegram chats`')).max(500).default([]),
  /** Every chat the account has joined, instead of (or on top of) `chats`. */
  allChats: z.boolean().default(false),
  /** Messages read back per chat to fill a gap (after a restart or a disconnect); older ones are skipped. */
  backfillDepth: z.number().int().min(1).max(10_000).default(500),
}).strict().refine((source) => source.allChats || source.chats.length > 0, {
  message: 'list the chats to read ("chats": ["somechannel", "-1001234567890"]) or set "allChats": true',
  path: ['chats'],
});

export const JSON_FORMATS = ['ransomware.live', 'ransomlook', 'custom'] as const;

const fieldPath = z.string().regex(/^[A-Za-z0-9_$.-]+$/, 'a dotted field path like "victim" or "data.title"');
export const jsonMappingSchema = z.object({
  /** Where the array is; empty for a top-level array. */
  items: z.string().default(''),
  id: fieldPath.optional(),
  title: fieldPath,
  /** The victim's name when the feed states one (leak-site feeds): it names who the posting is about. */
  victim: fieldPath.optional(),
  body: fieldPath.optional(),
  date: fieldPath.optional(),
  link: fieldPath.optional(),
  group: fieldPath.optional(),
  country: fieldPath.optional(),
  website: fieldPath.optional(),
}).strict();

const jsonSource = z.object({
  ...common,
  type: z.literal('json'),
  url: httpUrl,
  format: z.enum(JSON_FORMATS).default('custom'),
  mapping: jsonMappingSchema.optional(),
}).strict().refine((source) => source.format !== 'custom' || source.mapping !== undefined, {
  message: 'a custom JSON feed needs "mapping" ({"title": "field", …}), or set "format" to ransomware.live or ransomlook',
  path: ['mapping'],
});

const rssSource = z.object({ ...common, type: z.literal('rss'), url: httpUrl }).strict();

const scraperSource = z.object({
  ...common,
  type: z.literal('scraper'),
  /** File name in scrapers/ without .ts; defaults to the source id. */
  scraper: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  url: httpUrl.optional(),
  maxPages: z.number().int().min(1).max(50).default(1),
}).strict();

export const sourceDeclarationSchema = z.discriminatedUnion('type', [htmlSource, browserSource, telegramSource, telegramAccountSource, jsonSource, rssSource, scraperSource]);

export const sourcesFileSchema = z.object({ sources: z.array(z.unknown()) }).strict();

export type SourceDeclaration = z.infer<typeof sourceDeclarationSchema>;
export type SourceType = SourceDeclaration['type'];
export type HtmlSource = z.infer<typeof htmlSource>;
export type BrowserSource = z.infer<typeof browserSource>;
export type TelegramSource = z.infer<typeof telegramSource>;
export type TelegramAccountSource = z.infer<typeof telegramAccountSource>;
export type JsonSource = z.infer<typeof jsonSource>;
export type RssSource = z.infer<typeof rssSource>;
export type ScraperSource = z.infer<typeof scraperSource>;
export type Selectors = z.infer<typeof selectorsSchema>;
export type JsonMapping = z.infer<typeof jsonMappingSchema>;
export const SOURCE_TYPES: SourceType[] = ['html', 'browser', 'telegram', 'telegram-account', 'json', 'rss', 'scraper'];
