import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError } from '../../config/errors.js';
import { scraperMetaSchema, type ScraperDeclaration } from './define-scraper.js';

export const SCRAPERS_DIR = fileURLToPath(new URL('../../../scrapers/', import.meta.url));

/** The scraper files: every `*.ts` in scrapers/ except declarations and `_`-prefixed helpers. */
export function listScraperFiles(dir = SCRAPERS_DIR): string[] {
  return readdirSync(dir).filter((file) => /^[a-z0-9][a-z0-9-]*\.ts$/.test(file) && !file.endsWith('.d.ts')).sort().map((file) => join(dir, file));
}

/**
 * Discover and check every scraper, as RSSHub's registry scans its routes folder. A scraper whose
 * metadata is wrong stops the load with a message naming the file and the field: a broken
 * declaration is a packaging bug, not a source to skip quietly.
 */
export async function loadScrapers(dir = SCRAPERS_DIR): Promise<ScraperDeclaration[]> {
  const scrapers: ScraperDeclaration[] = [];
  for (const file of listScraperFiles(dir)) {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    scrapers.push(checkScraper(module.default, file));
  }
  return scrapers;
}

export function checkScraper(candidate: unknown, file: string): ScraperDeclaration {
  const name = basename(file);
  if (candidate === undefined) throw new InputError(`scrapers/${name} has no default export: end it with \`export default defineScraper({ … })\`.`);
  const parsed = scraperMetaSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`scrapers/${name}: ${issue.path.join('.') || 'declaration'}: expected ${issue.message}. See docs/sources.md (Adding a source) or an existing scraper.`);
  }
  const declaration = candidate as ScraperDeclaration;
  if (declaration.id !== name.replace(/\.ts$/, '')) {
    throw new InputError(`scrapers/${name}: id "${declaration.id}" must equal the file name "${name.replace(/\.ts$/, '')}".`);
  }
  return declaration;
}
