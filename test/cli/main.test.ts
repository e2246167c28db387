import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// A resolve hook that reports every package imported through ESM, by name.
const REPORT_PACKAGES = `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const found = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(result.url);
  if (found) process.stderr.write('package ' + found[1] + '\\n');
  return result;
}`)}`;

/** The packages `leakwatch ARGS` imports, run from the TypeScript sources in a fresh process. */
function packagesImportedBy(args: string[]): string[] {
  const script = `
    import { register } from 'node:module';
    register(${JSON.stringify(REPORT_PACKAGES)});
    const { main } = await import('./src/cli/main.ts');
    process.exitCode = await main(['node', 'leakwatch', ...${JSON.stringify(args)}]);`;
  const child = spawnSync(process.execPath, ['--import', 'tsx/esm', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  expect(child.status, child.stderr).toBe(0);
  return [...new Set([...child.stderr.matchAll(/^package (\S+)$/gm)].map((match) => match[1]!))].filter((name) => name !== 'tsx' && name !== 'esbuild').sort();
}

describe('leakwatch --help', () => {
  // Building the program must stay cheap: every command imports what it needs when it runs, so
  // that --help and a quick `check` do not load Playwright, telegraf, cheerio, undici or GramJS
  // (docs/benchmarks.md, startup).
  it('imports no package but commander', () => {
    expect(packagesImportedBy(['--help'])).toEqual(['commander']);
  });
});
