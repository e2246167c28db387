import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../support/run-cli.js';

const SALE = '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone, carte Vitale — $1,500, escrow accepted — contact @seller_x';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-alert-'));
  env = { DATABASE_PATH: join(dir, 'leakwatch.db') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function ingestSale(): Promise<string> {
  const file = join(dir, 'postings.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 'p1', source: 'telegram', text: SALE })}\n`);
  const result = await runCli(['ingest', file], env);
  expect(result.code).toBe(0);
  return /LW-\d{4}-\d{4}/.exec(result.stdout)![0];
}

describe('leakwatch check', () => {
  it('shows the alert as it would be sent, in French for a French victim, naming the CNIL and the 72 hours', async () => {
    const result = await runCli(['check', '--watchlist', 'seeds/watchlist.json', SALE], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Alerte LW-PREVIEW — Médiprix');
    expect(result.stdout).toContain('TLP:AMBER');
    expect(result.stdout).toContain('revendication non vérifiée');
    expect(result.stdout).toMatch(/notifier la CNIL dans les 72 heures/);
    const english = await runCli(['check', '--lang', 'en', '--watchlist', 'seeds/watchlist.json', SALE], env);
    expect(english.stdout).toContain('notify the CNIL within 72 hours');
    const bad = await runCli(['check', '--lang', 'de', SALE], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid --lang "de": use fr or en.');
  });
});

describe('leakwatch check on a leak-site post', () => {
  it('shows the subject the feed states, whom it names, and each organization named in another role', async () => {
    const post = 'OCS\nNous avons 300 Go. Clients : Médiprix, Pharmavie. Publication dans 5 jours.';
    const result = await runCli(['check', '--watchlist', 'seeds/watchlist.json', '--source', 'dls', '--victim', 'OCS', '--country', 'CA', post], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Subject: the victim field says "OCS"');
    expect(result.stdout).toMatch(/names Ontario Cannabis Store \(ocs\) — the whole field/);
    expect(result.stdout).toMatch(/Organization: Ontario Cannabis Store \(ocs\) — role: victim/);
    expect(result.stdout).toMatch(/Named but not the victim: Médiprix \(mediprix\) — .*listed under a label of clients/);
    const foreign = await runCli(['check', '--watchlist', 'seeds/watchlist.json', '--source', 'dls', '--victim', 'OCS', '--country', 'GB', post], env);
    expect(foreign.stdout).toMatch(/but the leak site places the victim in GB, the organization is in CA/);
    expect(foreign.stdout).toContain('Alert: no');
    const orphan = await runCli(['check', '--watchlist', 'seeds/watchlist.json', '--website', 'ocs.ca', post], env);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain('give --victim');
  });
});

describe('leakwatch alert', () => {
  it('shows the report, drafts both mails and records each step of the case with who and when', async () => {
    const number = await ingestSale();
    const shown = await runCli(['alert', 'show', number], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`# Alerte ${number} — Médiprix`);
    expect(shown.stdout).toContain('## Dossier');
    expect(shown.stdout).toMatch(/État: nouveau · chrono non démarré/);

    const mail1 = await runCli(['alert', 'mail1', number, '--from', 'SOC Example'], env);
    expect(mail1.code).toBe(0);
    expect(mail1.stdout).toContain(`Subject: [${number}] Alerte de sécurité concernant Médiprix — demande de contact`);
    expect(mail1.stdout).toContain('To: (no contact in the watchlist');
    expect(mail1.stdout).not.toContain('150');

    const confirmed = await runCli(['alert', 'mark', number, 'confirmed', '--by', 'Alice'], env);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain(`${number}: confirmed by cli (Alice)`);
    expect(confirmed.stdout).toMatch(/7[12] h left of 72 h/);
    const early = await runCli(['alert', 'mark', number, 'details-sent'], env);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('mail 2 follows mail 1');
    expect((await runCli(['alert', 'mark', number, 'victim-contacted'], env)).code).toBe(0);

    const mail2 = await runCli(['alert', 'mail2', number, '--lang', 'en'], env);
    expect(mail2.stdout).toContain('Verification: confirmed by the team');
    expect(mail2.stdout).toContain('notify the CNIL within 72 hours');
    expect((await runCli(['alert', 'mark', number, 'details_sent'], env)).code).toBe(0);

    const store = openStore(env.DATABASE_PATH!);
    try {
      const found = store.cases.getByAlertNumber(number)!;
      expect(found.state).toBe('details_sent');
      expect(store.cases.events(found.id).map((event) => [event.state, event.actor])).toEqual([
        ['new', 'pipeline'], ['confirmed', 'cli (Alice)'], ['victim_contacted', 'cli'], ['details_sent', 'cli'],
      ]);
    } finally {
      store.close();
    }
  });

  it('names the problem for an unknown alert or state', async () => {
    await ingestSale();
    const missing = await runCli(['alert', 'show', 'LW-2020-0042'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No alert LW-2020-0042');
    const state = await runCli(['alert', 'mark', 'LW-2020-0042', 'solved'], env);
    expect(state.code).toBe(2);
    expect(state.stderr).toContain('Invalid state "solved"');
  });
});
