import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSource } from '../../../src/sources/scan-source.js';
import { startLocalSite, type LocalSite } from '../../support/local-site.js';
import { createScanHarness } from '../scan-harness.js';
import { parseCsv } from '../../support/parse-csv.js';

/**
 * The real ransomware.live export of ../shared/corpora (1,159 data-leak-site posts of March
 * 2024), served as the ransomware.live feed it came from, with 200 of its victims watched the
 * way a user writes them (the name the site gives, the website when it gives one). Every
 * watched victim must get its hit: short names (CHRG, RSHP, LCGB, COSI, Asam) and a victim whose
 * description excludes a sister company ("does not include Delaware Life Insurance Company of
 * New York") included.
 */
const EXPORT = new URL('../../../../shared/corpora/ransomware-live-fork-mkey7/posts.csv', import.meta.url);
const MUST_FIND = ['CHRG', 'RSHP', 'LCGB', 'COSI', 'Asam', 'Delaware Life Insurance Company'];

interface ExportRow { post_title: string; group_name: string; discovered: string; description: string; website: string; country: string; post_url: string }

function stableFraction(key: string): number {
  let hash = 2166136261;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 16777619);
  return (hash >>> 0) / 2 ** 32;
}

// Only a website the site wrote as a host: "https://www.Wis-Pak, Inc" or "www.k???o???.com" is no domain to watch.
const toHost = (website: string) => {
  const host = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=$|[/:?#])/iu.exec(website.trim())?.[1]?.toLowerCase();
  // "https://www.EOS": a site's placeholder, no domain.
  return host && !/^www\.[^.]+$/u.test(host) ? host.replace(/^www\./u, '') : undefined;
};

describe.runIf(existsSync(EXPORT))('the real ransomware.live export served as a feed', () => {
  let site: LocalSite;
  let rows: ExportRow[];
  beforeAll(async () => {
    rows = parseCsv(readFileSync(EXPORT, 'utf8')) as unknown as ExportRow[];
    site = await startLocalSite();
    const feed = rows.map((row) => ({ victim: row.post_title, group: row.group_name, discovered: row.discovered, description: row.description, domain: row.website, country: row.country, url: row.post_url }));
    site.route('/v2/recentvictims', (_request, response) => { response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed)); });
  });
  afterAll(async () => { await site.close(); });

  it('gives every one of 200 watched victims its hit', async () => {
    const names = [...new Set(rows.map((row) => row.post_title.trim()).filter((name) => /\p{L}{2}/u.test(name)))];
    const watched = [...MUST_FIND, ...names.filter((name) => !MUST_FIND.includes(name)).sort((a, b) => stableFraction(a) - stableFraction(b)).slice(0, 200 - MUST_FIND.length)];
    const organizations = watched.map((name, index) => {
      const host = rows.filter((row) => row.post_title.trim() === name).map((row) => toHost(row.website ?? '')).find(Boolean);
      return { id: `v${index + 1}`, name, ...(host ? { domains: [host] } : {}) };
    });
    expect(organizations.filter((organization) => MUST_FIND.includes(organization.name))).toHaveLength(MUST_FIND.length);
    const harness = await createScanHarness({}, { organizations });
    try {
      const result = await scanSource(harness.declare({ id: 'rl-export', type: 'json', format: 'ransomware.live', url: site.url('/v2/recentvictims') }), harness.deps);
      expect(result.error).toBeNull();
      expect(result.newPostings).toBeGreaterThan(1000);
      const hitsOf = (id: string) => harness.store.hits.query({ orgId: id, limit: 50 });
      const missing = organizations.filter((organization) => hitsOf(organization.id).length === 0).map((organization) => organization.name);
      expect(missing).toEqual([]);
      // And not by alerting on everything: a watched victim's hits are on its own posts.
      const strays = organizations.flatMap((organization) => hitsOf(organization.id).filter((hit) => !hit.text.toLowerCase().includes(organization.name.toLowerCase().slice(0, 4))).map((hit) => `${organization.name}: ${hit.text.slice(0, 80)}`));
      expect(strays.length).toBeLessThanOrEqual(2);
    } finally {
      await harness.close();
    }
  }, 120_000);
});
