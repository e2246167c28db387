import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the project's code, where it is and how it was found. */
export interface FoundRegex {
  /** `src/pipeline/redact-personal-data.ts:12` */
  at: string;
  source: string;
  flags: string;
  /** `literal`: a /…/ literal or RegExp('…') with literal text; `built`: made at run time from word lists or data. */
  origin: 'literal' | 'built';
}

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Every TypeScript file under the given folders of the project. */
export function listTypeScriptFiles(folders: string[]): string[] {
  return folders.flatMap((folder) => readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name))));
}

/**
 * Reads each file with the TypeScript parser (not a text search, which comments and strings
 * would fool) and returns the regular expressions whose text is in the file: /…/ literals and
 * `new RegExp('…')` / `RegExp(String.raw\`…\`)` with literal text. Calls whose text is built at
 * run time are returned in `builtAt`: their patterns are collected by running the code (see
 * `recordBuiltRegexes`).
 */
export function collectLiteralRegexes(files: string[]): { found: FoundRegex[]; builtAt: string[] } {
  const found: FoundRegex[] = [];
  const builtAt: string[] = [];
  for (const file of files) {
    const sourceFile = ts.createSourceFile(file, readFileSync(join(PROJECT_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        found.push({ at: where(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1), origin: 'literal' });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = pattern && toLiteralText(pattern);
        const flagText = flags === undefined ? '' : toLiteralText(flags);
        if (source !== undefined && flagText !== undefined) found.push({ at: where(node), source, flags: flagText, origin: 'literal' });
        else builtAt.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { found, builtAt };
}

/** The text of a string literal, a template without substitutions, or String.raw`…` without substitutions. */
function toLiteralText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText;
  }
  return undefined;
}

/**
 * Runs `work` with the global RegExp replaced by one that records what is built through
 * `new RegExp(…)`, so patterns made from word lists (at module load) and from the watchlist (while
 * analysing) are checked as they really are.
 */
export async function recordBuiltRegexes(work: () => Promise<void>): Promise<{ source: string; flags: string; stack: string }[]> {
  const recorded: { source: string; flags: string; stack: string }[] = [];
  const original = globalThis.RegExp;
  class RecordingRegExp extends original {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      recorded.push({ source: this.source, flags: this.flags, stack: new Error().stack ?? '' });
    }
  }
  globalThis.RegExp = RecordingRegExp as RegExpConstructor;
  try {
    await work();
  } finally {
    globalThis.RegExp = original;
  }
  return recorded;
}
