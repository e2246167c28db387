import { SourceError } from '../source-errors.js';
import type { JsonMapping, JsonSource } from '../source-config.js';
import type { ReadContext, ReadResult } from '../source-reader.js';
import { toIsoDate, toStableId } from '../scraped-item.js';

/**
 * Field mappings of the aggregator feeds that already follow the leak sites.
 * ransomware.live: GET https://api.ransomware.live/v2/recentvictims → [{victim, group, discovered,
 * attackdate, description, domain, country, url, …}]. RansomLook: GET https://www.ransomlook.io/api/recent
 * → [{post_title, group_name, discovered, description, link, …}].
 */
export const JSON_MAPPINGS: Record<'ransomware.live' | 'ransomlook', JsonMapping> = {
  'ransomware.live': { items: '', title: 'victim', victim: 'victim', group: 'group', date: 'discovered', body: 'description', website: 'domain', country: 'country', link: 'url' },
  ransomlook: { items: '', title: 'post_title', victim: 'post_title', group: 'group_name', date: 'discovered', body: 'description', website: 'website', country: 'country', link: 'link' },
};

/** `json` sources: a feed of victims or posts turned into postings through a field mapping. */
export async function readJsonSource(source: JsonSource, context: ReadContext): Promise<ReadResult> {
  const page = await context.http.fetchText(source.url, { signal: context.signal, proxy: source.proxy, accept: 'application/json' });
  const mapping = source.format === 'custom' ? source.mapping! : { ...JSON_MAPPINGS[source.format], ...source.mapping };
  let document: unknown;
  try {
    document = JSON.parse(page.body);
  } catch (error) {
    throw new SourceError('parse', `${page.url} did not return JSON (${(error as Error).message}; content-type ${page.contentType || 'none'}). Check the url.`, { url: page.url });
  }
  const list = mapping.items ? readPath(document, mapping.items) : document;
  if (!Array.isArray(list)) {
    throw new SourceError('parse', `${page.url}: expected an array${mapping.items ? ` at "${mapping.items}"` : ' at the top level'}, found ${list === null ? 'null' : typeof list}. Check "mapping.items".`, { url: page.url });
  }
  return { items: list.map((entry) => toItem(entry, mapping, page.url)), pages: 1 };
}

export function toItem(entry: unknown, mapping: JsonMapping, feedUrl: string): Record<string, unknown> {
  const field = (path: string | undefined) => {
    const value = path ? readPath(entry, path) : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  };
  const title = field(mapping.title);
  const victim = field(mapping.victim);
  const group = field(mapping.group);
  const website = field(mapping.website);
  const country = field(mapping.country);
  const description = field(mapping.body);
  const link = field(mapping.link);
  const rawDate = mapping.date ? readPath(entry, mapping.date) : undefined;
  const publishedAt = toIsoDate(typeof rawDate === 'number' ? rawDate : typeof rawDate === 'string' ? rawDate : undefined);
  // The victim line reads like the leak-site post it summarises, so the classifier sees a claim.
  const claim = group && title ? `Ransomware group ${group} lists ${title}${website ? ` (${website})` : ''}${country ? ` [${country}]` : ''} as a victim.` : undefined;
  const body = [claim, description].filter((part) => part && part.length > 0).join('\n');
  return {
    externalId: field(mapping.id) ?? toStableId(group, title, website),
    ...(title ? { title } : {}),
    ...(victim ? { victim: { name: victim, ...(website ? { website } : {}), ...(country ? { country } : {}) } } : {}),
    ...(body ? { body } : {}),
    ...(link && URL.canParse(link, feedUrl) ? { url: new URL(link, feedUrl).href } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    meta: { ...(group ? { group } : {}), ...(website ? { website } : {}), ...(country ? { country } : {}) },
  };
}

function readPath(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), value);
}
