import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toStaleReason } from '../bin/build-state.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/leakwatch.js');
const TEXT = 'VENTE base clients Médiprix 150 000 clients, carte Vitale, 1500 USDT';
const HELP_TARGET_RATIO = 3;
const CHECK_TARGET_MS = 600;

interface Timed { name: string; args: string[]; env?: Record<string, string>; runs: number; wallMs: number[] }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Whole processes, as a script or a cron job starts them: `node -e 0` (the floor), `leakwatch
 * --help` and `leakwatch check "…"` on the seed watchlist, from the build in dist/, plus `--help`
 * from the TypeScript sources through tsx for comparison. Each round runs every command once, so
 * that load from elsewhere on the machine falls on all of them alike. Targets: --help ≤ 3 ×
 * `node -e 0`, check ≤ 0.6 s.
 */
export async function runStartupBench(options: { runs?: number } = {}): Promise<Record<string, number | string>> {
  const runs = options.runs ?? Number(process.env.BENCH_STARTUP_RUNS ?? 15);
  const stale = toStaleReason();
  if (stale !== null) {
    console.log(`startup: building first (${stale})`);
    const built = spawnSync(process.execPath, [join(ROOT, 'bin/build.js')], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed: run `npm run build` to see why');
  }
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bench-startup-'));
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', LOG_LEVEL: 'warn', DATABASE_PATH: join(dir, 'leakwatch.db') };
  const run = (command: Timed) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, command.args, { cwd: ROOT, env: { ...env, ...command.env }, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${command.name} exited with ${result.status}: ${result.stderr}`);
    return { ms, stderr: result.stderr };
  };
  try {
    const commands: Timed[] = [
      { name: 'node -e 0', args: ['-e', '0'], runs, wallMs: [] },
      { name: 'leakwatch --help', args: [BIN, '--help'], runs, wallMs: [] },
      { name: 'leakwatch check', args: [BIN, 'check', TEXT], runs, wallMs: [] },
      { name: 'leakwatch --help from source (tsx)', args: [BIN, '--help'], env: { LEAKWATCH_FROM_SOURCE: '1' }, runs: Math.min(runs, 5), wallMs: [] },
    ];
    // The first check loads the seed watchlist into the new database; warm the file cache too.
    for (const command of commands) run(command);
    for (let round = 0; round < runs; round += 1) {
      for (const command of commands) if (round < command.runs) command.wallMs.push(run(command).ms);
    }
    // Peak memory of one check, reported by the process itself as it exits (not timed).
    const rss = run({ ...commands[2]!, args: ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`))', ...commands[2]!.args] });
    const checkPeakRssMb = Math.round(Number(/maxrss=(\d+)/.exec(rss.stderr)?.[1] ?? 0) / 1024);

    const [node, help, check, helpFromSource] = commands.map((command) => median(command.wallMs)) as [number, number, number, number];
    for (const command of commands) {
      console.log(`startup: ${command.name.padEnd(36)} median ${median(command.wallMs).toFixed(0).padStart(5)} ms, min ${Math.min(...command.wallMs).toFixed(0).padStart(5)} ms (${command.wallMs.length} runs)`);
    }
    const helpRatio = help / node;
    console.log(`startup: --help = ${helpRatio.toFixed(2)} × node -e 0 (target ≤ ${HELP_TARGET_RATIO}: ${helpRatio <= HELP_TARGET_RATIO ? 'met' : 'NOT met'}); `
      + `check ${check.toFixed(0)} ms (target ≤ ${CHECK_TARGET_MS}: ${check <= CHECK_TARGET_MS ? 'met' : 'NOT met'}), ${(check / node).toFixed(1)} × node -e 0, peak RSS ${checkPeakRssMb} MB; `
      + `--help from source ${(helpFromSource / help).toFixed(1)} × slower than from the build`);
    return {
      startup_runs: runs,
      startup_node_ms: Math.round(node),
      startup_help_ms: Math.round(help),
      startup_help_ratio: Number(helpRatio.toFixed(2)),
      startup_help_target_ratio: HELP_TARGET_RATIO,
      startup_check_ms: Math.round(check),
      startup_check_target_ms: CHECK_TARGET_MS,
      startup_check_peak_rss_mb: checkPeakRssMb,
      startup_help_from_source_ms: Math.round(helpFromSource),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runStartupBench();
