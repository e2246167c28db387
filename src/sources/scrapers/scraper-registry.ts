import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError } from '../../config/errors.js';
import { scraperMetaSchema, type ScraperDeclaration } from './define-scraper.js';

// From the build (dist/src/sources/scrapers/, see bin/build.js) scrapers are still listed from the
// project's scrapers/, where a user drops a new .ts file; their compiled twins are in dist/scrapers/.
const FROM_BUILD = import.meta.url.endsWith('.js');
export const SCRAPERS_DIR = fileURLToPath(new URL(FROM_BUILD ? '../../../../scrapers/' : '../../../scrapers/', import.meta.url));
const BUILT_SCRAPERS_DIR = fileURLToPath(new URL('../../../scrapers/', import.meta.url));
const BUILD_STAMP = fileURLToPath(new URL('../../../.build-stamp', import.meta.url));

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
  const files = listScraperFiles(dir);
  const useBuild = FROM_BUILD && dir === SCRAPERS_DIR && isBuildCurrent(files);
  // tsx only when TypeScript must be loaded: a scraper added or edited since the build.
  if (FROM_BUILD && !useBuild && files.length > 0) (await import('tsx/esm/api')).register();
  const scrapers: ScraperDeclaration[] = [];
  for (const file of files) {
    const loaded = useBuild ? join(BUILT_SCRAPERS_DIR, basename(file).replace(/\.ts$/, '.js')) : file;
    const module = (await import(pathToFileURL(loaded).href)) as { default?: unknown };
    scrapers.push(checkScraper(module.default, file));
  }
  return scrapers;
}

/**
 * The compiled scrapers are used only when none of scrapers/ changed after the build: a helper
 * file edited, or a scraper added, removed or edited, and all of them load from TypeScript.
 */
function isBuildCurrent(files: string[]): boolean {
  try {
    const builtMs = statSync(BUILD_STAMP).mtimeMs;
    if (statSync(SCRAPERS_DIR).mtimeMs > builtMs) return false;
    if (readdirSync(SCRAPERS_DIR).some((file) => statSync(join(SCRAPERS_DIR, file)).mtimeMs > builtMs)) return false;
    return files.every((file) => statSync(join(BUILT_SCRAPERS_DIR, basename(file).replace(/\.ts$/, '.js'))).isFile());
  } catch {
    return false;
  }
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
