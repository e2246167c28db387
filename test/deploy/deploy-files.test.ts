import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';

// No Docker engine and no hadolint here (hadolint is in neither Debian bookworm nor the npm
// registry): the Dockerfile is checked by dockerfile-utils' validator (the one behind VS Code's
// Dockerfile support) and by the rules below; the unit files by `systemd-analyze verify`.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

/** Instructions of a Dockerfile, continuation lines joined, comments dropped. */
function toInstructions(text: string): { keyword: string; args: string }[] {
  return text.replace(/\\\n/g, ' ').split('\n')
    .map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => ({ keyword: line.split(/\s+/, 1)[0]!.toUpperCase(), args: line.slice(line.search(/\s/) + 1).replace(/\s+/g, ' ').trim() }));
}

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  const all = toInstructions(text);
  const finalStage = all.slice(all.map((instruction) => instruction.keyword).lastIndexOf('FROM'));
  const args = (keyword: string) => finalStage.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

  it('has no errors for dockerfile-utils', () => {
    expect(validate(text).map((diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toEqual([]);
  });

  it('builds on Debian bookworm with Node 20 and installs Chromium from Debian, cleaning the apt lists', () => {
    expect(all.filter((instruction) => instruction.keyword === 'FROM').map((instruction) => instruction.args.split(' ')[0])).toEqual(['node:20-bookworm-slim', 'node:20-bookworm-slim']);
    const install = args('RUN').find((run) => run.includes('apt-get install'));
    expect(install).toMatch(/apt-get update && apt-get install -y --no-install-recommends .*\bchromium\b/);
    expect(install).toMatch(/rm -rf \/var\/lib\/apt\/lists\/\*$/);
    expect(args('ENV').join(' ')).toContain('CHROMIUM_PATH=/usr/bin/chromium');
  });

  it('copies only folders that exist, and keeps secrets and local data out of the context', () => {
    for (const copy of all.filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.startsWith('--from'))) {
      for (const source of copy.args.split(' ').slice(0, -1)) expect(existsSync(`${ROOT}${source}`), source).toBe(true);
    }
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.env', 'node_modules', 'dist', 'data', '*.db', '.git']) expect(ignored).toContain(entry);
  });

  it('runs the monitor as a non-root user with the database on the volume, and checks its health with the CLI', () => {
    const user = args('USER');
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(args('VOLUME')).toEqual(['["/data"]']);
    expect(args('ENV').join(' ')).toMatch(/DATABASE_PATH=\/data\//);
    const healthcheck = args('HEALTHCHECK');
    expect(healthcheck).toHaveLength(1);
    expect(healthcheck[0]).toMatch(/CMD leakwatch status \|\| exit 1$/);
    expect(args('RUN')).toContain('ln -s /app/bin/leakwatch.js /usr/local/bin/leakwatch');
    expect(args('ENTRYPOINT')).toEqual(['["/usr/bin/tini", "--", "node", "/app/bin/leakwatch.js"]']);
    expect(args('CMD')).toEqual(['["run"]']);
  });
});

describe('systemd units in deploy/', () => {
  const units = ['deploy/leakwatch.service', 'deploy/leakwatch-status.service', 'deploy/leakwatch-status.timer'];
  const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

  // CI installs systemd when it is missing (.ci/run), so the check cannot be skipped there.
  it.skipIf(!hasSystemdAnalyze && !process.env.CI)('pass systemd-analyze verify without a warning', () => {
    const verified = spawnSync('systemd-analyze', ['verify', ...units.map((unit) => `${ROOT}${unit}`)], { encoding: 'utf8' });
    expect({ status: verified.status, output: verified.stdout + verified.stderr }).toEqual({ status: 0, output: '' });
  });

  it('run the monitor as its own user from a working directory, with an environment file, restarted on failure', () => {
    const service = read('deploy/leakwatch.service');
    for (const line of ['User=leakwatch', 'WorkingDirectory=/opt/leakwatch', 'EnvironmentFile=/etc/leakwatch/leakwatch.env',
      'ExecStart=/usr/bin/node /opt/leakwatch/bin/leakwatch.js run', 'Restart=on-failure', 'StateDirectory=leakwatch',
      'Environment=DATABASE_PATH=/var/lib/leakwatch/leakwatch.db', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'CapabilityBoundingSet=']) {
      expect(service.split('\n')).toContain(line);
    }
    expect(read('deploy/leakwatch-status.service')).toContain('ExecStart=/usr/bin/node /opt/leakwatch/bin/leakwatch.js status\n');
  });
});
