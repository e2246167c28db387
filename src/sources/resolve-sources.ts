import { isOnionUrl } from './net/http-client.js';
import { sourceDeclarationSchema, type SourceDeclaration } from './source-config.js';
import type { ScraperDeclaration } from './scrapers/define-scraper.js';
import { InputError } from '../config/errors.js';

/** A declared source with where it came from and, if it will not be scheduled, why. */
export interface ResolvedSource {
  source: SourceDeclaration;
  origin: 'config' | 'scraper';
  /** Null when the source is scheduled; otherwise the reason, as shown by `sources list`. */
  disabledReason: string | null;
}

const NEEDS_TOR = 'needs Tor: set TOR_SOCKS_URL';

export function sourceNeedsTor(source: SourceDeclaration, scrapers: ReadonlyMap<string, ScraperDeclaration>): boolean {
  if (source.proxy === 'tor') return true;
  if (source.type === 'scraper') {
    const scraper = scrapers.get(source.scraper ?? source.id);
    return Boolean(scraper?.needs.includes('tor')) || isOnionUrl(source.url ?? scraper?.url ?? 'http://x/');
  }
  if (source.type === 'telegram' || source.type === 'telegram-account') return false;
  return isOnionUrl(source.url);
}

/**
 * The sources of this installation: the declarations from the sources file, plus every scraper in
 * scrapers/ the file does not mention (a new scraper file is a new source). Sources that need Tor
 * are listed but not scheduled until TOR_SOCKS_URL is set.
 */
export function resolveSources(declared: SourceDeclaration[], scrapers: ReadonlyMap<string, ScraperDeclaration>, options: { torConfigured: boolean }): ResolvedSource[] {
  const problems = declared.filter((source) => source.type === 'scraper' && !scrapers.has(source.scraper ?? source.id))
    .map((source) => `"${source.id}" names scraper "${source.type === 'scraper' ? source.scraper ?? source.id : ''}", which is not in scrapers/ (have: ${[...scrapers.keys()].join(', ') || 'none'})`);
  if (problems.length > 0) throw new InputError(`Unknown scraper in the sources file: ${problems.join('; ')}. Fix the "scraper" field or add the file.`);
  const mentioned = new Set(declared.flatMap((source) => (source.type === 'scraper' ? [source.id, source.scraper ?? source.id] : [source.id])));
  const fromScrapers = [...scrapers.values()].filter((scraper) => !mentioned.has(scraper.id)).map((scraper) =>
    sourceDeclarationSchema.parse({ id: scraper.id, type: 'scraper', scraper: scraper.id, schedule: scraper.schedule, enabled: true }));
  return [
    ...declared.map((source) => ({ source, origin: 'config' as const })),
    ...fromScrapers.map((source) => ({ source, origin: 'scraper' as const })),
  ].map(({ source, origin }) => ({
    source,
    origin,
    disabledReason: !source.enabled ? 'disabled in the sources file' : sourceNeedsTor(source, scrapers) && !options.torConfigured ? NEEDS_TOR : null,
  }));
}
