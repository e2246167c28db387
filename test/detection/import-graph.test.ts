import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Detection is a pipeline of steps that read the compiled watchlist as plain data; a circle of
 * imports (compile-watchlist → namesakes → find-term-occurrences → compile-watchlist) means a
 * later step depends on the compiler. Every relative import counts, type imports included.
 */
const ROOT = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gmu)].map((match) => resolve(dirname(file), match[1]!.replace(/\.js$/u, '.ts')));
}

function findCycle(files: string[]): string[] | null {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle.map((path) => relative(ROOT, path));
  }
  return null;
}

describe('detection import graph', () => {
  it('has no circle of imports', () => {
    expect(findCycle(sourceFiles(join(ROOT, 'detection')))).toBeNull();
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const files = sourceFiles(join(ROOT, 'detection'));
    expect(files.length).toBeGreaterThan(10);
    expect(importsOf(join(ROOT, 'detection/index.ts')).some((path) => path.endsWith('compile-watchlist.ts'))).toBe(true);
  });
});
