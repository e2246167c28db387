import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WatchlistError, parseOrganization, parseWatchlist } from '../../src/watchlist/parse-watchlist.js';
import { InputError } from '../../src/config/errors.js';

const valid = { id: 'mediprix', name: 'Médiprix', aliases: ['Mediprix'], domains: ['mediprix.fr'], sector: 'pharmacy', country: 'FR', keywords: ['pharmacie'] };

const problemsOf = (document: unknown) => {
  try {
    parseWatchlist(document, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(WatchlistError);
    return (error as WatchlistError).problems;
  }
  throw new Error('expected the watchlist to be rejected');
};

describe('parseWatchlist', () => {
  it('accepts the seed watchlist and keeps every field in order', () => {
    const seed = JSON.parse(readFileSync(new URL('../../seeds/watchlist.json', import.meta.url), 'utf8'));
    const organizations = parseWatchlist(seed);
    expect(organizations.length).toBe(seed.organizations.length);
    const ids = organizations.map((org) => org.id);
    for (const required of ['mediprix', 'ocs', 'canada_post', 'domain_logistics']) expect(ids).toContain(required);
    expect(organizations[0]).toEqual(seed.organizations[0]);
  });

  it('fills optional lists and normalises country and domain case', () => {
    const [org] = parseWatchlist({ organizations: [{ id: 'acme', name: 'Acme', country: 'ca', domains: ['Acme.CA'] }] });
    expect(org).toEqual({ id: 'acme', name: 'Acme', aliases: [], domains: ['acme.ca'], country: 'CA', keywords: [] });
  });

  it('lists every bad entry with its index, id and field', () => {
    const problems = problemsOf({
      organizations: [
        valid,
        { ...valid, id: 'no-name', name: '  ' },
        { ...valid, id: 'bad-domain', domains: ['https://localhost/path'] },
        { ...valid, id: 'mediprix' },
        { ...valid, id: 'Bad Id!' },
        { ...valid, id: 'bad-sector', sector: 'pharma' },
        { ...valid, id: 'long-alias', aliases: ['x'.repeat(201)] },
      ],
    });
    const summary = problems.map((problem) => `${problem.index}:${problem.field}`);
    expect(summary).toEqual(['1:name', '2:domains.0', '3:id', '4:id', '5:sector', '6:aliases.0']);
    expect(problems[2]!.message).toMatch(/duplicate id, already used by organizations\[0\]/);
  });

  it('reads a web address given as a domain, name or alias as the host it names', () => {
    const [organization] = parseWatchlist({ organizations: [{ ...valid, name: 'https://www.Example.ch/fr/', domains: ['HTTPS://www.mediprix.fr/contact', 'shop.mediprix.fr.'] }] });
    expect(organization!.domains).toEqual(['mediprix.fr', 'shop.mediprix.fr']);
    // The name stays as written; detection compiles it as the domain example.ch (compile-watchlist.ts).
    expect(organization!.name).toBe('https://www.Example.ch/fr/');
  });

  it('flags names and aliases that cannot work as names, and says what to write instead', () => {
    const problems = problemsOf({ organizations: [{ ...valid, name: 'https://' }, { ...valid, id: 'digits', aliases: ['1001', '—'] }, { ...valid, id: 'letter', aliases: ['X'] }] });
    expect(problems.map((problem) => `${problem.index}:${problem.field}`)).toEqual(['0:name', '1:aliases.0', '1:aliases.1', '2:aliases.0']);
    expect(problems[0]!.message).toMatch(/bare scheme .* write the organization's name/);
    expect(problems[1]!.message).toMatch(/no letters.*"Group 1001", not "1001"/);
    expect(problems[3]!.message).toMatch(/single character/);
  });

  it('names the problem in the error message', () => {
    expect(() => parseWatchlist({ organizations: [{ ...valid, domains: ['docs'] }] }, 'my.json'))
      .toThrow(/my\.json has 1 problem; nothing was imported:\n {2}organizations\[0\] \(mediprix\)\.domains\.0: a domain like example\.com/);
  });

  it('rejects a document without an organizations array', () => {
    expect(problemsOf([valid])).toEqual([expect.objectContaining({ index: null, field: 'organizations' })]);
  });

  it('rejects a domain label longer than DNS allows and accepts punycode', () => {
    expect(problemsOf({ organizations: [{ ...valid, domains: [`${'a'.repeat(64)}.com`] }] })).toHaveLength(1);
    expect(parseWatchlist({ organizations: [{ ...valid, domains: ['xn--mdiprix-bya.fr'] }] })[0]!.domains).toEqual(['xn--mdiprix-bya.fr']);
  });
});

describe('parseOrganization', () => {
  it('throws an InputError naming the field', () => {
    expect(() => parseOrganization({ ...valid, country: 'France' })).toThrow(InputError);
    expect(() => parseOrganization({ ...valid, country: 'France' })).toThrow(/Invalid country: an ISO 3166-1 alpha-2 code/);
  });

  it('accepts a security contact and rejects a malformed one', () => {
    expect(parseOrganization({ ...valid, contact: { email: 'dpo@mediprix.fr', role: 'DPO' } }).contact).toEqual({ email: 'dpo@mediprix.fr', role: 'DPO' });
    expect(() => parseOrganization({ ...valid, contact: { email: 'not-an-email' } })).toThrow(/contact\.email/);
  });
});
