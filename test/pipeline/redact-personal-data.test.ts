import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/pipeline/redact-personal-data.js';

describe('redactPersonalData', () => {
  it('masks the local part of e-mails but keeps the domain that ties a sample to its victim', () => {
    expect(redactPersonalData('ex. DUPONT Jean — jean.dupont@mediprix.fr')).toBe('ex. DUPONT Jean — j•••@mediprix.fr');
  });
  it('masks every address of a run the way one per @ reads it, and leaves what is not an address', () => {
    expect(redactPersonalData('a.b+c@x.example.com;z_9@y.io a@b@c.org')).toBe('a•••@x.example.com;z•••@y.io a@b•••@c.org');
    expect(redactPersonalData('user@localhost, @handle, x@1.2, name@domain.c')).toBe('user@localhost, @handle, x@1.2, name@domain.c');
    expect(redactPersonalData('mail me: jd@acme.co.uk.')).toBe('mail me: j•••@acme.co.uk.');
  });
  it('masks an address after a long run of letters and keeps the run (no rescanning from each start)', () => {
    const run = 'x'.repeat(200_000);
    expect(redactPersonalData(`${run} ${run}@acme.fr`)).toBe(`${run} x•••@acme.fr`);
  });
  it('masks phone numbers in the common written forms', () => {
    expect(redactPersonalData('tél 06 12 34 56 78')).toBe('tél 06 •• •• •• ••');
    expect(redactPersonalData('call +1 (514) 555-0199')).not.toMatch(/555|0199/);
  });
  it('masks card numbers, IBANs and national ids', () => {
    expect(redactPersonalData('4111 1111 1111 1111')).toBe('41•• •••• •••• ••••');
    expect(redactPersonalData('FR76 3000 6000 0112 3456 7890 189')).toBe('FR76 •••• •••• •••• •••• •••• •••');
    expect(redactPersonalData('SIN 046 454 286')).toBe('SIN 04• ••• •••');
    expect(redactPersonalData('SSN 123-45-6789')).toBe('SSN 12•-••-••••');
  });
  it('leaves the claim readable: counts, prices, sizes, years and dates', () => {
    const claim = '150 000 clients — 1 500 USDT — 96 GB — 2021-2023 — 2024-01-15 — 4,500 orders — $15k';
    expect(redactPersonalData(claim)).toBe(claim);
  });
});
