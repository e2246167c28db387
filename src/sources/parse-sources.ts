import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../config/errors.js';
import { SOURCE_TYPES, sourceDeclarationSchema, type SourceDeclaration } from './source-config.js';

/** The bundled default set, used when SOURCES_FILE is left at its default and does not exist. */
export const BUNDLED_SOURCES_FILE = fileURLToPath(new URL('../../seeds/sources.json', import.meta.url));
export const DEFAULT_SOURCES_FILE = './sources.json';

/**
 * Check a whole sources document. Every bad entry is reported at once, each named by its index,
 * id and field (`sources[2] "some-market": selectors.item: expected string`), and nothing is used
 * until all are fixed.
 */
export function parseSourceDeclarations(document: unknown, origin = 'the sources file'): SourceDeclaration[] {
  const entries = Array.isArray(document) ? document : (document as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(entries)) {
    throw new InputError(`${origin} must hold {"sources": [ … ]}: found ${document === null ? 'null' : typeof document}. See docs/sources.md.`);
  }
  const problems: string[] = [];
  const sources: SourceDeclaration[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : undefined;
    const label = `sources[${index}]${id ? ` "${id}"` : ''}`;
    const type = (entry as { type?: unknown })?.type;
    if (typeof type !== 'string' || !(SOURCE_TYPES as string[]).includes(type)) {
      problems.push(`${label}: type ${JSON.stringify(type)} is not one of ${SOURCE_TYPES.join(', ')}`);
      return;
    }
    const parsed = sourceDeclarationSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label} (${type}): ${describeIssue(issue)}`);
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push(`${label}: the id "${parsed.data.id}" is used twice; ids must be unique`);
      return;
    }
    seen.add(parsed.data.id);
    sources.push(parsed.data);
  });
  if (problems.length > 0) {
    throw new InputError(`${origin} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded:\n  ${problems.join('\n  ')}`);
  }
  return sources;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(entry)';
  if (issue.code === 'unrecognized_keys') return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling against docs/sources.md)`;
  if (issue.code === 'invalid_value' && 'values' in issue) return `${where}: expected one of ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_type') return `${where}: expected ${issue.expected}${/received undefined/.test(issue.message) ? ' (missing)' : ''}`;
  return `${where}: expected ${issue.message}`;
}

/**
 * Read the declarations: `path` (JSON, or YAML for .yaml/.yml). A missing file at the default
 * path falls back to the bundled set in seeds/; a missing file the user named is an error.
 */
export function readSourcesFile(path: string): { file: string; sources: SourceDeclaration[] } {
  let file = path;
  if (!existsSync(path)) {
    if (path !== DEFAULT_SOURCES_FILE) throw new InputError(`The sources file ${path} does not exist (setting SOURCES_FILE). Create it, or unset SOURCES_FILE to use the bundled seeds/sources.json.`);
    file = BUNDLED_SOURCES_FILE;
  }
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read the sources file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path (setting SOURCES_FILE).`);
  }
  let document: unknown;
  try {
    document = /\.ya?ml$/i.test(file) ? parseYaml(raw) : JSON.parse(raw);
  } catch (error) {
    throw new InputError(`The sources file ${file} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}.`);
  }
  return { file, sources: parseSourceDeclarations(document, `The sources file ${file}`) };
}
