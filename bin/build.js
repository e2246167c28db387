#!/usr/bin/env node
// `npm run build`, also run by `npm install` and `npm ci` (the prepare script): every file of
// src/ and scrapers/ to plain JavaScript in dist/, one file for one file, so that `leakwatch`
// starts without transpiling. esbuild strips the types (tsconfig has isolatedModules, so file by
// file is safe); it does not check them: that is `npm run typecheck`. It is used rather than tsc
// because it ships with tsx, a runtime dependency, so a production install (`npm ci --omit=dev`)
// can build too, and because a type error must not make `npm install` fail.
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILD_DIR, BUILD_STAMP, PROJECT_ROOT } from './build-state.js';

const startedMs = Date.now();
const filesUnder = (dir) => readdirSync(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)));
const isTypeScript = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts');

const sources = [...filesUnder('src'), ...filesUnder('scrapers')];
rmSync(BUILD_DIR, { recursive: true, force: true });
await build({
  absWorkingDir: PROJECT_ROOT,
  entryPoints: sources.filter(isTypeScript),
  outdir: BUILD_DIR,
  outbase: '.',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
// Data files beside the code (src/cases/advice-rules.json) are read relative to it.
for (const file of sources.filter((file) => !file.endsWith('.ts'))) cpSync(join(PROJECT_ROOT, file), join(BUILD_DIR, file));
// The code finds db/migrations/ and seeds/ as ../../db and ../../seeds from src/<area>/; one level
// deeper in dist/src/<area>/, links make those paths land on the project's own folders.
for (const dir of ['db', 'seeds']) symlinkSync(join('..', dir), join(BUILD_DIR, dir), 'dir');
// Stamped with the start time: a file saved while the build ran counts as newer than the build.
mkdirSync(BUILD_DIR, { recursive: true });
writeFileSync(BUILD_STAMP, `built from ${sources.length} files of src/ and scrapers/\n`);
utimesSync(BUILD_STAMP, startedMs / 1000, startedMs / 1000);
console.log(`leakwatch: built ${sources.filter(isTypeScript).length} files into ${relative(process.cwd(), BUILD_DIR) || '.'}/ in ${Date.now() - startedMs} ms`);
