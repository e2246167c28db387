import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toCsvCell } from '../../src/cli/commands/export-command.js';
import { runCli } from '../support/run-cli.js';

const POSTINGS = [
  { id: 'p1', source: 'telegram', text: '[SELLING] Médiprix customer database — 150,000 customers — name, email, phone — $1,500, escrow accepted — contact @seller_x' },
  { id: 'p2', source: 'forum', text: '[LEAK] Ontario Cannabis Store (ocs.ca) — store-level sales reports 2022 — 410k rows — free download' },
];

// The MISP core format (https://www.misp-project.org/datamodels/): the fields MISP requires on
// /events/add, and the categories each attribute type may be filed under (from MISP's describeTypes).
const ALLOWED_CATEGORIES: Record<string, string[]> = {
  'target-org': ['Targeting data'],
  url: ['Payload delivery', 'External analysis', 'Network activity', 'Other'],
  'threat-actor': ['Attribution'],
  text: ['Other', 'Internal reference', 'Targeting data', 'Antivirus detection', 'Payload type', 'Attribution', 'External analysis', 'Social network', 'Support Tool'],
  sha256: ['Payload delivery', 'Artifacts dropped', 'Payload installation', 'External analysis'],
};
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const mispEvent = z.object({
  Event: z.object({
    uuid, info: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), timestamp: z.string().regex(/^\d+$/),
    threat_level_id: z.enum(['1', '2', '3', '4']), analysis: z.enum(['0', '1', '2']), distribution: z.enum(['0', '1', '2', '3', '4']),
    published: z.boolean(),
    Tag: z.array(z.object({ name: z.string().min(1) })),
    Attribute: z.array(z.object({
      uuid, type: z.string(), category: z.string(), value: z.string().min(1), to_ids: z.boolean(), distribution: z.enum(['0', '1', '2', '3', '4', '5']), comment: z.string(),
    }).refine((attribute) => ALLOWED_CATEGORIES[attribute.type]?.includes(attribute.category), { message: 'type not allowed in this category' })).min(1),
  }),
});

let dir: string;
let env: Record<string, string>;
let number: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakwatch-export-'));
  env = { DATABASE_PATH: join(dir, 'leakwatch.db') };
  const file = join(dir, 'postings.jsonl');
  writeFileSync(file, `${POSTINGS.map((posting) => JSON.stringify(posting)).join('\n')}\n`);
  const ingested = await runCli(['ingest', file], env);
  expect(ingested.code).toBe(0);
  number = /LW-\d{4}-0001/.exec(ingested.stdout)![0];
  expect((await runCli(['alert', 'mark', number, 'confirmed'], env)).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leakwatch export', () => {
  it('writes hits and cases as versioned JSON', async () => {
    const result = await runCli(['export', '--format', 'json', '--since', '7d'], env);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.version).toBe(1);
    expect(document.hits.map((hit: { org_id: string }) => hit.org_id).sort()).toEqual(['mediprix', 'ocs']);
    const mediprix = document.cases.find((entry: { alert: string }) => entry.alert === number);
    expect(mediprix).toMatchObject({ state: 'confirmed', record: { tlp: 'TLP:AMBER', claimStatus: 'confirmed', organization: { id: 'mediprix' } } });
    expect(mediprix.events.map((event: { state: string }) => event.state)).toEqual(['new', 'confirmed']);
  });

  it('writes one CSV row per hit, with the case state', async () => {
    const out = join(dir, 'hits.csv');
    expect((await runCli(['export', '--format', 'csv', '-o', out], env)).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('hit_id,created_at,alert,case,case_state,org_id,org_name,kind,severity,record_count,data_types,seller_handles,source,url');
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.includes(',mediprix,'))).toMatch(new RegExp(`,${number},${number},confirmed,mediprix,Médiprix,sale,`));
  });

  it('writes valid MISP events: victim, source, seller, text; TLP and kind tags', async () => {
    const result = await runCli(['export', '--format', 'misp'], env);
    const events = JSON.parse(result.stdout).response as unknown[];
    expect(events).toHaveLength(2);
    for (const event of events) expect(() => mispEvent.parse(event)).not.toThrow();
    const mediprix = mispEvent.parse(events.find((event) => JSON.stringify(event).includes('Médiprix')));
    expect(mediprix.Event.Tag.map((tag) => tag.name)).toEqual(expect.arrayContaining(['tlp:amber', 'leakwatch:kind="sale"']));
    expect(mediprix.Event.Attribute.map((attribute) => [attribute.type, attribute.value.slice(0, 20)])).toEqual(expect.arrayContaining([
      ['target-org', 'Médiprix'], ['threat-actor', '@seller_x'], ['text', '[SELLING] Médiprix c'],
    ]));
    expect(mediprix.Event.analysis).toBe('1');
    const again = JSON.parse((await runCli(['export', '--format', 'misp'], env)).stdout).response;
    expect(again.map((event: { Event: { uuid: string } }) => event.Event.uuid)).toEqual(events.map((event) => (event as { Event: { uuid: string } }).Event.uuid));
  });

  it('refuses an unknown format, and neutralizes spreadsheet formulas in CSV cells', async () => {
    const bad = await runCli(['export', '--format', 'xml'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid --format "xml": use one of json, csv, misp.');
    expect(toCsvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(toCsvCell(['a', 'b'])).toBe('a;b');
  });
});
