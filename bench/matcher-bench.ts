import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AhoCorasick from 'modern-ahocorasick';
import { compileWatchlist, type CompiledWatchlist } from '../src/detection/compile-watchlist.js';
import { findTermOccurrences } from '../src/detection/find-term-occurrences.js';
import { normalizedTextOf, normalizeText, normalizeTextAndView } from '../src/detection/normalize-text.js';
import { parseWatchlist } from '../src/watchlist/parse-watchlist.js';
import { buildBreachIndexSet } from './real-sets/build-breach-index-set.js';
import { buildRansomfeedSet } from './real-sets/build-ransomfeed-set.js';
import { syntheticPostingTexts, syntheticWatchlist, toMentionPool } from './synthetic-matcher-input.js';

/**
 * The watchlist matcher alone (normalizeTextAndView → findTermOccurrences) on 50 MB of
 * synthetic postings in seven languages (BENCH_MATCHER_MB to change), against watchlists of
 * 100, 1,000, 10,000 and 100,000 terms (names, aliases, domains), then on the real postings of
 * ../shared/corpora (bench/real-sets/; BENCH_CORPORA to point elsewhere). Targets (issue 11):
 * ≥ 60 MB/s on one core at 100,000 terms, MB/s(1k) / MB/s(100k) ≤ 1.5, peak RSS ≤ 400 MB,
 * compile ≤ 2 s. MB here are 2^20 bytes of UTF-8, like the RSS figures.
 *
 * Measured in the same process, on the same text, for scale:
 * - the ceiling: a plain charCodeAt pass that only sums the code units;
 * - modern-ahocorasick, a maintained Aho–Corasick package, built from the same terms
 *   (normalized) and counting over the normalized text: it does no normalization, word checks
 *   or typo matching, so this flatters it;
 * - what keyword trackers do, one case-insensitive word-boundary RegExp per term.
 * The last two are timed on the first seconds' worth of the text: at 100,000 terms they would
 * take hours over 50 MB. The typo check's cache is emptied after the warm-up and before each
 * pass over real text, so words seen while warming up are not free.
 *
 * Each size runs in its own child process: peak RSS (maxRSS) is a high-water mark that never
 * comes down, so in one process the 100,000-term automaton would hide the smaller ones, and
 * freed heap is not always given back to the system between sizes. Seconds are wall-clock
 * time; the CPU seconds of the process are given beside them, since on a shared machine the
 * wall clock also counts the time other processes had the core.
 */
const SIZES = [100, 1_000, 10_000, 100_000] as const;
const LABELS: Record<number, string> = { 100: '100', 1_000: '1k', 10_000: '10k', 100_000: '100k' };
const BASELINE_SECONDS = 3;
/** Text matched before the measure (see measureSize); 1 MB until issue 11's fourth session. */
const WARM_UP_MB = 8;
const REAL_PASSES = 3;
const MB = 1024 * 1024;

interface WorkerResult {
  terms: number;
  organizations: number;
  compileMs: number;
  compileCpuMs: number;
  automatonNodes: number;
  bytes: number;
  postings: number;
  seconds: number;
  cpuSeconds: number;
  /** normalize: the text and its compact view, written in one pass; find: the automaton and the checks. */
  stageSeconds: { normalize: number; find: number };
  matches: number;
  rssBeforeCompileMb: number;
  peakRssMb: number;
  ceilingSeconds: number;
  real: { bytes: number; postings: number; seconds: number; matches: number; ceilingSeconds: number } | null;
  packageCompileMs: number;
  packageBytes: number;
  packageSeconds: number;
  packageMatches: number;
  regexCompileMs: number;
  regexBytes: number;
  regexSeconds: number;
  regexMatches: number;
}

export async function runMatcherBench(): Promise<Record<string, number | string>> {
  const totalMb = readTotalMb();
  const figures: Record<string, number | string> = { matcher_text_mb: totalMb, matcher_load_average: Number(loadavg()[0]!.toFixed(2)) };
  const speeds: Record<number, number> = {};
  console.log(`matcher: ${totalMb} MB of synthetic postings (2–20 KB each, 7 languages) per watchlist size, then the real postings of ${corporaDir()}; one child process per size (load average ${figures.matcher_load_average})`);
  for (const size of SIZES) {
    const result = await runWorker(size, totalMb);
    const label = LABELS[size]!;
    const mbPerS = result.bytes / MB / result.seconds;
    const cpuMbPerS = result.bytes / MB / result.cpuSeconds;
    const ceilingMbPerS = result.bytes / MB / result.ceilingSeconds;
    const packageMbPerS = result.packageBytes / MB / result.packageSeconds;
    const regexMbPerS = result.regexBytes / MB / result.regexSeconds;
    speeds[size] = mbPerS;
    const share = (stage: number) => Math.round((100 * stage) / result.seconds);
    Object.assign(figures, {
      [`matcher_${label}_compile_ms`]: Math.round(result.compileMs),
      [`matcher_${label}_compile_cpu_ms`]: Math.round(result.compileCpuMs),
      [`matcher_${label}_automaton_nodes`]: result.automatonNodes,
      [`matcher_${label}_mb_per_s`]: round(mbPerS),
      [`matcher_${label}_cpu_mb_per_s`]: round(cpuMbPerS),
      [`matcher_${label}_matches`]: result.matches,
      [`matcher_${label}_peak_rss_mb`]: result.peakRssMb,
      [`matcher_${label}_charcode_mb_per_s`]: round(ceilingMbPerS),
      [`matcher_${label}_share_of_charcode`]: round(mbPerS / ceilingMbPerS, 3),
      [`matcher_${label}_package_mb_per_s`]: round(packageMbPerS, 3),
      [`matcher_${label}_package_compile_ms`]: Math.round(result.packageCompileMs),
      [`matcher_${label}_speedup_over_package`]: round(mbPerS / packageMbPerS, 1),
      [`matcher_${label}_regex_mb_per_s`]: round(regexMbPerS, 4),
      [`matcher_${label}_regex_slice_mb`]: round(result.regexBytes / MB, 3),
      [`matcher_${label}_speedup_over_regex`]: Math.round(mbPerS / regexMbPerS),
    });
    console.log(
      `  ${label.padStart(4)} terms (${result.organizations} orgs): compile ${Math.round(result.compileMs)} ms (${Math.round(result.compileCpuMs)} ms of CPU; ${result.automatonNodes.toLocaleString('en-US')} nodes), ` +
      `${round(mbPerS)} MB/s (${round(cpuMbPerS)} per CPU second) over ${round(result.bytes / MB)} MB in ${result.postings} postings ` +
      `(normalize and compact view ${share(result.stageSeconds.normalize)} %, find ${share(result.stageSeconds.find)} %), ` +
      `${result.matches} matches, peak RSS ${result.peakRssMb} MB (${result.rssBeforeCompileMb} MB before compile)`,
    );
    console.log(`       charCodeAt pass over the same text: ${round(ceilingMbPerS)} MB/s; the matcher runs at ${round((100 * mbPerS) / ceilingMbPerS, 1)} % of it`);
    console.log(
      `       modern-ahocorasick, same terms, counting over the normalized text: ${round(packageMbPerS, 3)} MB/s over ${round(result.packageBytes / MB, 3)} MB ` +
      `(${result.packageMatches} matches, ${Math.round(result.packageCompileMs)} ms to build); the matcher is ${round(mbPerS / packageMbPerS, 1)}× faster`,
    );
    console.log(
      `       regex loop: ${round(regexMbPerS, 4)} MB/s over ${round(result.regexBytes / MB, 3)} MB (${result.regexMatches} matches, ${Math.round(result.regexCompileMs)} ms to build), matcher ${Math.round(mbPerS / regexMbPerS)}× faster`,
    );
    if (result.real) {
      const realMbPerS = result.real.bytes / MB / result.real.seconds;
      const realCeiling = result.real.bytes / MB / result.real.ceilingSeconds;
      const realPostingsPerS = (result.real.postings * REAL_PASSES) / result.real.seconds;
      Object.assign(figures, { [`matcher_${label}_real_mb_per_s`]: round(realMbPerS), [`matcher_${label}_real_postings_per_s`]: Math.round(realPostingsPerS), [`matcher_${label}_real_matches`]: result.real.matches, [`matcher_${label}_real_charcode_mb_per_s`]: round(realCeiling) });
      console.log(
        `       real postings: ${round(realMbPerS)} MB/s = ${Math.round(realPostingsPerS)} postings/s over ${round(result.real.bytes / MB)} MB (${result.real.postings} postings of ${Math.round(result.real.bytes / REAL_PASSES / result.real.postings)} bytes on average, ${REAL_PASSES} passes, typo cache emptied before each), ` +
        `${result.real.matches} matches; charCodeAt pass ${round(realCeiling)} MB/s`,
      );
    }
  }
  const ratio = speeds[1_000]! / speeds[100_000]!;
  Object.assign(figures, {
    matcher_ratio_1k_to_100k: round(ratio),
    matcher_target_mb_per_s: TARGET_MB_PER_S,
    matcher_target_ratio: 1.5,
    matcher_target_rss_mb: 400,
    matcher_target_compile_ms: 2000,
  });
  const at100k = figures['matcher_100k_mb_per_s'] as number;
  const rss100k = figures['matcher_100k_peak_rss_mb'] as number;
  const compile100k = figures['matcher_100k_compile_ms'] as number;
  const cpu100k = figures['matcher_100k_cpu_mb_per_s'] as number;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`  100k: ${at100k} MB/s (target ≥ ${TARGET_MB_PER_S}) ${verdict(at100k >= TARGET_MB_PER_S)}, ${cpu100k} per CPU second ${verdict(cpu100k >= TARGET_MB_PER_S)}, peak RSS ${rss100k} MB (target ≤ 400) ${verdict(rss100k <= 400)}, compile ${compile100k} ms (target ≤ 2000) ${verdict(compile100k <= 2000)}, ${figures['matcher_100k_compile_cpu_ms']} ms of CPU`);
  console.log(`  cost ratio MB/s(1k) / MB/s(100k) = ${round(ratio)} (target ≤ 1.5) ${verdict(ratio <= 1.5)}`);
  console.log(`  at 100k: ${figures['matcher_100k_share_of_charcode']} of a charCodeAt pass, ${figures['matcher_100k_speedup_over_package']}× modern-ahocorasick`);
  return figures;
}

const TARGET_MB_PER_S = 60;

function corporaDir(): string {
  return resolve(process.env.BENCH_CORPORA ?? fileURLToPath(new URL('../../shared/corpora', import.meta.url)));
}

function readTotalMb(): number {
  const raw = process.env.BENCH_MATCHER_MB ?? '50';
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`Invalid BENCH_MATCHER_MB="${raw}": expected a positive number of megabytes of text, e.g. BENCH_MATCHER_MB=5 for a quick run.`);
  }
  return value;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** One size in a fresh process: `node bin/run-ts.js bench/matcher-bench.ts` with BENCH_MATCHER_WORKER set. */
function runWorker(size: number, totalMb: number): Promise<WorkerResult> {
  const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const child = spawn(process.execPath, [runTs, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_MATCHER_WORKER: String(size), BENCH_MATCHER_MB: String(totalMb) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (data: string) => { output += data; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.split('\n').find((text) => text.startsWith('{'));
      if (code !== 0 || line === undefined) {
        reject(new Error(`matcher benchmark for ${size} terms failed (exit code ${code}); run it alone to see why: BENCH_MATCHER_WORKER=${size} node bin/run-ts.js bench/matcher-bench.ts`));
        return;
      }
      resolve(JSON.parse(line) as WorkerResult);
    });
  });
}

/** Inside the child: compile one watchlist size, run the text through it, then the baselines. */
function measureSize(size: number, totalMb: number): WorkerResult {
  const seeds = parseWatchlist(JSON.parse(readFileSync(new URL('../seeds/watchlist.json', import.meta.url), 'utf8')));
  // The text is the same for every size: it names terms from the whole 100,000-term list.
  const pool = toMentionPool(syntheticWatchlist(seeds, SIZES[SIZES.length - 1]!), seeds.length);
  const organizations = syntheticWatchlist(seeds, size);
  // Loads the common-word lexicon once, so compile time is the watchlist's own.
  compileWatchlist(seeds.slice(0, 1));
  const rssBeforeCompileMb = Math.round(process.memoryUsage().rss / MB);

  let started = performance.now();
  const compileCpu = process.cpuUsage();
  const compiled = compileWatchlist(organizations);
  const compileMs = performance.now() - started;
  const compileCpuUsed = process.cpuUsage(compileCpu);
  const compileCpuMs = (compileCpuUsed.user + compileCpuUsed.system) / 1000;

  // JIT warm-up on other text, so the first megabytes measured are not the interpreter's; then
  // the typo cache is emptied, so words met while warming up are not free later. WARM_UP_MB of
  // it: the readings of a posting's first letters and findTermOccurrences itself run once per
  // posting, and after 1 MB (95 postings) V8 was still compiling and deoptimizing them over the
  // first megabytes measured (the same code read 20–25 % faster after 8 MB of warm-up).
  for (const { text } of syntheticPostingTexts(pool, WARM_UP_MB * MB, 99)) matchOne(compiled, text);
  compiled.typoCache.clear();

  const stageSeconds = { normalize: 0, find: 0 };
  let bytes = 0;
  let postings = 0;
  let matches = 0;
  let cpuSeconds = 0;
  for (const posting of syntheticPostingTexts(pool, totalMb * MB)) {
    const cpuBefore = process.cpuUsage();
    const t0 = performance.now();
    const { normalized, view } = normalizeTextAndView(posting.text);
    const t1 = performance.now();
    matches += findTermOccurrences(compiled, normalized, view).length;
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpuBefore);
    cpuSeconds += (cpu.user + cpu.system) / 1e6;
    stageSeconds.normalize += (t1 - t0) / 1000;
    stageSeconds.find += (t2 - t1) / 1000;
    bytes += posting.bytes;
    postings += 1;
  }
  const seconds = stageSeconds.normalize + stageSeconds.find;
  // Read before the baselines, which have their own (large) memory cost.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

  const ceilingSeconds = timeCharCodePass(syntheticPostingTexts(pool, totalMb * MB));
  const real = measureRealText(compiled);

  // modern-ahocorasick on the same terms, normalized the same way, over the normalized text.
  started = performance.now();
  const terms = organizations.flatMap((org) => [org.name, ...org.aliases, ...org.domains]);
  const packageMatcher = new AhoCorasick([...new Set(terms.map(normalizedTextOf))]);
  packageMatcher.count('groupe médiprix');
  const packageCompileMs = performance.now() - started;
  let packageBytes = 0;
  let packageMatches = 0;
  let packageSeconds = 0;
  for (const posting of syntheticPostingTexts(pool, totalMb * MB)) {
    const text = normalizeText(posting.text).text;
    const t0 = performance.now();
    packageMatches += packageMatcher.count(text);
    packageSeconds += (performance.now() - t0) / 1000;
    packageBytes += posting.bytes;
    if (packageSeconds >= BASELINE_SECONDS) break;
  }

  started = performance.now();
  const regexes = terms.map((term) => new RegExp(`\\b${escapeRegExp(term)}\\b`, 'gi'));
  // V8 compiles a RegExp on its first runs (bytecode, then native code); pay that before timing.
  for (let round = 0; round < 2; round += 1) for (const regex of regexes) { regex.lastIndex = 0; regex.test('Groupe Médiprix, 150 000 clients'); }
  const regexCompileMs = performance.now() - started;
  let regexBytes = 0;
  let regexMatches = 0;
  let regexSeconds = 0;
  for (const posting of syntheticPostingTexts(pool, totalMb * MB)) {
    const t0 = performance.now();
    for (const regex of regexes) {
      regex.lastIndex = 0;
      while (regex.exec(posting.text) !== null) regexMatches += 1;
    }
    regexSeconds += (performance.now() - t0) / 1000;
    regexBytes += posting.bytes;
    if (regexSeconds >= BASELINE_SECONDS) break;
  }
  return {
    terms: size, organizations: organizations.length, compileMs, compileCpuMs, automatonNodes: compiled.automaton.nodeCount,
    bytes, postings, seconds, cpuSeconds, stageSeconds, matches, rssBeforeCompileMb, peakRssMb, ceilingSeconds, real,
    packageCompileMs, packageBytes, packageSeconds, packageMatches,
    regexCompileMs, regexBytes, regexSeconds, regexMatches,
  };
}

function matchOne(compiled: CompiledWatchlist, text: string): number {
  const { normalized, view } = normalizeTextAndView(text);
  return findTermOccurrences(compiled, normalized, view).length;
}

/** Where the charCodeAt pass leaves its sum, so that the compiler cannot drop the loop. */
let charCodeSink = 0;

/** The ceiling in JavaScript: one charCodeAt per code unit, summed so the loop cannot be dropped. */
function timeCharCodePass(postings: Iterable<{ text: string }>): number {
  let seconds = 0;
  let sum = 0;
  for (const { text } of postings) {
    const t0 = performance.now();
    for (let i = 0; i < text.length; i += 1) sum = (sum + text.charCodeAt(i)) | 0;
    seconds += (performance.now() - t0) / 1000;
  }
  charCodeSink ^= sum;
  return seconds;
}

/** The real postings of the corpora (both real sets), REAL_PASSES times; null when the corpora are not there. */
function measureRealText(compiled: CompiledWatchlist): WorkerResult['real'] {
  const dir = corporaDir();
  if (!existsSync(dir)) return null;
  const texts = [...buildRansomfeedSet(dir).postings, ...buildBreachIndexSet(dir).postings].map((posting) => posting.text);
  const bytesOnce = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  let seconds = 0;
  let matches = 0;
  for (let pass = 0; pass < REAL_PASSES; pass += 1) {
    compiled.typoCache.clear();
    const t0 = performance.now();
    for (const text of texts) matches += matchOne(compiled, text);
    seconds += (performance.now() - t0) / 1000;
  }
  let ceilingSeconds = 0;
  for (let pass = 0; pass < REAL_PASSES; pass += 1) ceilingSeconds += timeCharCodePass(texts.map((text) => ({ text })));
  return { bytes: bytesOnce * REAL_PASSES, postings: texts.length, seconds, matches: matches / REAL_PASSES, ceilingSeconds };
}

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

if (import.meta.url === `file://${process.argv[1]}`) {
  const worker = process.env.BENCH_MATCHER_WORKER;
  if (worker === undefined) await runMatcherBench();
  else console.log(JSON.stringify(measureSize(Number(worker), readTotalMb())));
}
