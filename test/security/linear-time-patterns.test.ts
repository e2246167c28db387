import { checkSync } from 'recheck';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, collectLiteralRegexes, listTypeScriptFiles, recordBuiltRegexes, type FoundRegex } from '../support/collect-regexes.js';
import { DETECTION_WATCHLIST } from '../support/detection-watchlist.js';
import { KNOWN_SUPERLINEAR } from './known-superlinear-patterns.js';

/**
 * Every regular expression of src/ and scrapers/ that could meet posting text is checked with
 * recheck, a ReDoS analyzer: one that can take super-linear time on some input fails the test
 * (issue 13: a quadratic e-mail pattern took 16 s on 100,000 letters). The patterns are
 * collected by parsing the code, and those built at run time by running it, never from a list
 * kept by hand; KNOWN_SUPERLINEAR lists the exceptions, each with its reason.
 */
const FOLDERS = ['src', 'scrapers'];

/**
 * recheck proves most patterns with its automaton checker and fuzzes the others (lookbehinds,
 * large repetitions) from a fixed seed; its time limits would make the fuzzing answer depend on
 * the machine's load, so only its step limits apply: the same code gives the same answer.
 */
const DETERMINISTIC = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

const toKey = (regex: { source: string; flags: string }) => `/${regex.source}/${regex.flags}`;

function checkAll(regexes: FoundRegex[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const regex of regexes) {
    const key = toKey(regex);
    if (seen.has(key) || KNOWN_SUPERLINEAR.has(key)) continue;
    seen.add(key);
    const diagnostics = checkSync(regex.source, regex.flags, DETERMINISTIC);
    if (diagnostics.status === 'vulnerable') {
      problems.push(`${regex.at} ${key}: ${diagnostics.complexity.summary}, e.g. ${diagnostics.attack.pattern}`);
    } else if (diagnostics.status === 'unknown') {
      problems.push(`${regex.at} ${key}: could not be analysed (${diagnostics.error.kind})`);
    }
  }
  return problems;
}

describe('patterns run over untrusted text', () => {
  const files = listTypeScriptFiles(FOLDERS);
  const { found, builtAt } = collectLiteralRegexes(files);

  it('finds the patterns of the code', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(found.length).toBeGreaterThan(300);
    expect(builtAt.length).toBeGreaterThan(5);
  });

  it('has only linear-time literal patterns', () => {
    expect(checkAll(found)).toEqual([]);
  }, 600_000);

  // Module-level patterns are built on import; the ones made from watchlist terms while analysing.
  // Recorded once: a module imported a second time builds nothing.
  let built: FoundRegex[] = [];
  beforeAll(async () => {
    const recorded = await recordBuiltRegexes(async () => {
      for (const file of files.filter((path) => builtAt.some((at) => at.startsWith(`${path}:`)))) {
        await import(/* @vite-ignore */ pathToFileURL(join(PROJECT_ROOT, file)).href);
      }
      const { compileDetector } = await import('../../src/detection/index.js');
      const detector = compileDetector(DETECTION_WATCHLIST);
      for (const text of ['[SELLING] Nordfracht Logistik DE parcel DB — 200k Sendungen — $900', 'FDR CA NFL (DE) clients include OSM, LTC PT', 'Leak of Harvest Cannabis Co, Farmacias del Roble ES']) detector.analyze({ text });
    });
    built = recorded.map((regex) => ({
      at: /\/(?:src|scrapers)\/[^):]+:\d+/.exec(regex.stack.split('\n').slice(2).join('\n'))?.[0]?.slice(1) ?? 'built at run time',
      source: regex.source, flags: regex.flags, origin: 'built' as const,
    }));
  });

  it('has only linear-time patterns built from word lists and the watchlist', () => {
    expect(built.length).toBeGreaterThan(builtAt.length);
    expect(checkAll(built)).toEqual([]);
  }, 600_000);

  it('lists as exceptions only patterns that are still in the code', () => {
    const inCode = new Set([...found, ...built].map(toKey));
    expect([...KNOWN_SUPERLINEAR.keys()].filter((key) => !inCode.has(key))).toEqual([]);
  });

  it('catches a quadratic pattern like the old e-mail one', () => {
    const old = { at: 'test', source: String.raw`([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`, flags: 'g', origin: 'literal' as const };
    expect(checkAll([old])).toHaveLength(1);
  });
});
