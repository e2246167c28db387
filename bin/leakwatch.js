#!/usr/bin/env node
// The `leakwatch` command. Runs the JavaScript build in dist/ (made by `npm install` through the
// prepare script, or `npm run build`). When there is no build, or a file of src/ is newer than
// it, it runs the TypeScript sources through tsx instead (slower to start, never stale), and
// says so when stderr is a terminal. LEAKWATCH_FROM_SOURCE=1 always runs the sources.
import { pathToFileURL } from 'node:url';
import { BUILT_MAIN, toStaleReason } from './build-state.js';

const staleReason = process.env.LEAKWATCH_FROM_SOURCE === '1' ? 'LEAKWATCH_FROM_SOURCE=1' : toStaleReason();
let main;
if (staleReason === null) {
  ({ main } = await import(pathToFileURL(BUILT_MAIN).href));
} else {
  if (process.stderr.isTTY && process.env.LEAKWATCH_FROM_SOURCE !== '1') {
    process.stderr.write(`leakwatch: running the TypeScript sources (${staleReason}); \`npm run build\` makes it start faster\n`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
