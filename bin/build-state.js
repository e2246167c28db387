// Where the build lives and whether it is current; shared by bin/leakwatch.js, bin/build.js and
// the startup benchmark. Plain JavaScript with no dependencies: it runs before anything is built.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BUILD_DIR = join(PROJECT_ROOT, 'dist');
export const BUILD_STAMP = join(BUILD_DIR, '.build-stamp');
export const BUILT_MAIN = join(BUILD_DIR, 'src/cli/main.js');

/**
 * Why the build cannot be used ('missing', or the first file of src/ newer than it), or null
 * when it is current. Folders count too: deleting or adding a file changes its folder's time.
 * scrapers/ is not looked at here: the scraper registry checks each scraper against its build.
 */
export function toStaleReason() {
  let builtMs;
  try {
    builtMs = statSync(BUILD_STAMP).mtimeMs;
  } catch {
    return 'there is no build in dist/';
  }
  const src = join(PROJECT_ROOT, 'src');
  if (statSync(src).mtimeMs > builtMs) return 'src/ changed after the build';
  for (const entry of readdirSync(src, { recursive: true })) {
    if (statSync(join(src, entry)).mtimeMs > builtMs) return `src/${entry} is newer than the build`;
  }
  return null;
}
