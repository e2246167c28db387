import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/config/errors.js';
import { BUNDLED_SOURCES_FILE, parseSourceDeclarations, readSourcesFile } from '../../src/sources/parse-sources.js';
import { resolveSources } from '../../src/sources/resolve-sources.js';
import { loadScrapers } from '../../src/sources/scrapers/scraper-registry.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-sources-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errorOf = (run: () => unknown): string => {
  try { run(); } catch (error) { expect(error).toBeInstanceOf(InputError); return (error as Error).message; }
  throw new Error('expected an InputError');
};

describe('source declarations', () => {
  it('accepts the example of the README/issue and fills in the defaults', () => {
    const sources = parseSourceDeclarations({ sources: [
      { id: 'leak-channel', type: 'telegram', channel: 'somechannel', schedule: '*/10 * * * *' },
      { id: 'rl-recent', type: 'json', format: 'ransomware.live', url: 'https://api.ransomware.live/v2/recentvictims', schedule: '0 * * * *' },
      { id: 'some-market', type: 'html', url: 'http://example.onion/', proxy: 'tor', schedule: '*/30 * * * *',
        selectors: { item: '.listing', title: 'h2', body: '.teaser', link: 'a.more@href', date: 'time@datetime' } },
    ] });
    expect(sources[0]).toMatchObject({ id: 'leak-channel', baseUrl: 'https://t.me', maxPages: 3, enabled: true, trust: 'medium', unhealthyAfter: 3, allowEmpty: false });
    expect(sources[2]).toMatchObject({ proxy: 'tor', timeoutSeconds: 300 });
  });

  it('lists every bad entry with its index, id and field, and loads nothing', () => {
    const message = errorOf(() => parseSourceDeclarations({ sources: [
      { id: 'ok', type: 'rss', url: 'https://www.zataz.com/feed/' },
      { id: 'bad-cron', type: 'rss', url: 'https://x.org/feed', schedule: 'every hour' },
      { id: 'no-item', type: 'html', url: 'https://x.org/', selectors: { title: 'h2' } },
      { id: 'Bad Id', type: 'telegram', channel: 'x' },
      { type: 'ftp', url: 'ftp://x' },
      { id: 'custom', type: 'json', url: 'https://x.org/feed.json' },
      { id: 'ok', type: 'rss', url: 'https://www.zataz.com/feed/', colour: 'red' },
    ] }, 'sources.json'));
    expect(message).toMatch(/^sources\.json has \d+ problems; nothing was loaded:/);
    expect(message).toContain('sources[1] "bad-cron" (rss): schedule: expected a cron expression like "*/30 * * * *"');
    expect(message).toContain('sources[2] "no-item" (html): selectors.item: expected string (missing)');
    expect(message).toMatch(/sources\[3\] "Bad Id" \(telegram\): id: expected a slug/);
    expect(message).toMatch(/sources\[3\] "Bad Id" \(telegram\): channel: expected a public channel username/);
    expect(message).toContain('sources[4]: type "ftp" is not one of html, browser, telegram, telegram-account, json, rss, scraper');
    expect(message).toMatch(/sources\[5\] "custom" \(json\): mapping: expected a custom JSON feed needs "mapping"/);
    expect(message).toContain('sources[6] "ok" (rss): (entry): unknown field colour');
  });

  it('reads YAML too, and names a missing file the user chose', () => {
    const yamlFile = join(dir, 'sources.yaml');
    writeFileSync(yamlFile, 'sources:\n  - id: zataz\n    type: rss\n    url: https://www.zataz.com/feed/\n');
    expect(readSourcesFile(yamlFile).sources.map((source) => source.id)).toEqual(['zataz']);
    expect(errorOf(() => readSourcesFile(join(dir, 'nope.json')))).toMatch(/nope\.json does not exist \(setting SOURCES_FILE\)/);
    writeFileSync(join(dir, 'broken.json'), '{"sources": [');
    expect(errorOf(() => readSourcesFile(join(dir, 'broken.json')))).toMatch(/is not valid JSON/);
  });

  it('falls back to the bundled seeds/sources.json, which is valid', () => {
    const { file, sources } = readSourcesFile('./sources.json');
    expect(file).toBe(BUNDLED_SOURCES_FILE);
    expect(sources.map((source) => source.type)).toEqual(expect.arrayContaining(['json', 'rss', 'telegram']));
    expect(sources.filter((source) => source.type === 'json').map((source) => source.type === 'json' && source.format).sort()).toEqual(['ransomlook', 'ransomware.live']);
  });
});

describe('resolving sources with scrapers/', () => {
  it('adds every scraper as a source, listed but not scheduled until Tor is configured', async () => {
    const scrapers = new Map((await loadScrapers()).map((scraper) => [scraper.id, scraper]));
    const declared = parseSourceDeclarations({ sources: [{ id: 'zataz', type: 'rss', url: 'https://www.zataz.com/feed/' }, { id: 'off', type: 'rss', url: 'https://x.org/f', enabled: false }] });
    const withoutTor = resolveSources(declared, scrapers, { torConfigured: false });
    expect(withoutTor.map((entry) => [entry.source.id, entry.origin, entry.disabledReason])).toEqual([
      ['zataz', 'config', null],
      ['off', 'config', 'disabled in the sources file'],
      ['dark-leak-market', 'scraper', 'needs Tor: set TOR_SOCKS_URL'],
      ['lorenz', 'scraper', 'needs Tor: set TOR_SOCKS_URL'],
    ]);
    expect(resolveSources(declared, scrapers, { torConfigured: true }).filter((entry) => entry.disabledReason === null).map((entry) => entry.source.id))
      .toEqual(['zataz', 'dark-leak-market', 'lorenz']);
    const unknown = parseSourceDeclarations({ sources: [{ id: 'x', type: 'scraper', scraper: 'no-such-site' }] });
    expect(errorOf(() => resolveSources(unknown, scrapers, { torConfigured: true }))).toMatch(/"x" names scraper "no-such-site", which is not in scrapers\/ \(have: dark-leak-market, lorenz\)/);
  });
});
