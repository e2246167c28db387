import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { SourceError } from '../source-errors.js';
import type { Selectors } from '../source-config.js';
import { toIsoDate, toStableId } from '../scraped-item.js';

/**
 * Items from an HTML page by the selectors of an `html` or `browser` source. Pure: the same
 * page gives the same items. `css` reads the element's text, `css@attr` an attribute, `@attr`
 * an attribute of the item element itself.
 */
export function extractWithSelectors(html: string, selectors: Selectors, pageUrl: string): Record<string, unknown>[] {
  const $ = cheerio.load(html);
  let nodes: Cheerio<AnyNode>;
  try {
    nodes = $(selectors.item);
  } catch (error) {
    throw new SourceError('config', `The item selector ${JSON.stringify(selectors.item)} is not valid CSS: ${(error as Error).message}. Fix selectors.item.`);
  }
  return nodes.toArray().map((node, index) => {
    const item = $(node);
    const pick = (selector: string | undefined) => (selector ? readSelector($, item, selector) : undefined);
    const title = clean(pick(selectors.title));
    const body = clean(pick(selectors.body));
    const rawLink = pick(selectors.link);
    const url = rawLink ? toAbsoluteUrl(rawLink, pageUrl) : undefined;
    const dateText = pick(selectors.date);
    const ownId = clean(pick(selectors.id));
    const author = clean(pick(selectors.author));
    return {
      externalId: ownId || url || toStableId(title, body) || `index-${index}`,
      ...(title ? { title } : {}),
      ...(body ? { body } : {}),
      ...(url ? { url } : {}),
      ...(author ? { author } : {}),
      ...(toIsoDate(dateText) ? { publishedAt: toIsoDate(dateText) } : {}),
      ...(dateText && !toIsoDate(dateText) ? { meta: { dateText: dateText.trim() } } : {}),
    };
  });
}

/** The href a `next` selector points at, resolved, or undefined. */
export function readNextUrl(html: string, selector: string, pageUrl: string): string | undefined {
  const $ = cheerio.load(html);
  const value = readSelector($, $.root(), selector.includes('@') ? selector : `${selector}@href`);
  return value ? toAbsoluteUrl(value, pageUrl) : undefined;
}

export function readSelector($: CheerioAPI, scope: Cheerio<AnyNode>, selector: string): string | undefined {
  const at = selector.lastIndexOf('@');
  const css = (at >= 0 ? selector.slice(0, at) : selector).trim();
  const attribute = at >= 0 ? selector.slice(at + 1).trim() : undefined;
  let target: Cheerio<AnyNode>;
  try {
    target = css === '' ? scope : scope.find(css).first();
  } catch (error) {
    throw new SourceError('config', `The selector ${JSON.stringify(selector)} is not valid CSS: ${(error as Error).message}.`);
  }
  if (target.length === 0) return undefined;
  if (attribute) return target.attr(attribute) ?? undefined;
  // Block elements glued together read as one word: space them, on a copy (the page is shared).
  const copy = target.clone();
  copy.find('br, p, div, li').each((_, element) => { $(element).prepend(' '); });
  return copy.text();
}

export function toAbsoluteUrl(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

function clean(text: string | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}
