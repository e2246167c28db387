import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADVICE_RULES_FILE, loadAdviceRules, parseAdviceRules, selectAdvice } from '../../src/cases/advice-rules.js';
import { ConfigError } from '../../src/config/errors.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, country: string | undefined, sector: Organization['sector'] = 'pharmacy'): Organization =>
  ({ id, name: id, aliases: [], domains: [], keywords: [], sector, ...(country ? { country } : {}) });

const ids = (items: { ruleId: string }[]) => items.map((item) => item.ruleId);

describe('advice rules', () => {
  it('loads the bundled file, every rule citing sources that exist, with French and English texts', () => {
    const rules = loadAdviceRules();
    expect(rules.rules.length).toBeGreaterThan(5);
    for (const rule of rules.rules) {
      expect(rule.text.fr.length).toBeGreaterThan(20);
      expect(rule.text.en.length).toBeGreaterThan(20);
      for (const source of rule.sources) expect(rules.sources[source]?.url).toMatch(/^https:\/\//);
    }
  });

  it('tells a French victim to notify the CNIL within 72 hours, inform people, report to ANSSI and file a complaint', () => {
    const advice = selectAdvice(org('mediprix', 'FR'), ['name', 'email'], 'fr');
    expect(ids(advice)).toEqual(['fr-cnil-72h', 'fr-inform-people', 'fr-anssi', 'fr-complaint']);
    expect(advice[0]!.text).toContain('CNIL');
    expect(advice[0]!.text).toContain('72 heures');
    expect(advice[0]!.sources.map((source) => source.id)).toEqual(['gdpr-33', 'cnil-notify']);
    expect(selectAdvice(org('mediprix', 'FR'), [], 'en')[0]!.text).toContain('within 72 hours');
  });

  it('gives another EU country the national authority and the 72 hours, not the CNIL', () => {
    const advice = selectAdvice(org('multipharma', 'BE'), [], 'en');
    expect(ids(advice)).toEqual(['eu-dpa-72h']);
    expect(advice[0]!.text).toContain('national data protection authority');
  });

  it('gives a Canadian company PIPEDA (OPC, real risk of significant harm) and the breach record', () => {
    const advice = selectAdvice(org('canada_post', 'CA', 'logistics'), ['tracking'], 'en');
    expect(ids(advice)).toEqual(['ca-pipeda-opc', 'ca-breach-record', 'ca-cccs']);
    expect(advice[0]!.text).toContain('real risk of significant harm');
  });

  it('sends the OCS, an Ontario public body, to the IPC instead of the OPC', () => {
    const advice = selectAdvice(org('ocs', 'CA', 'cannabis'), ['sales_data'], 'fr');
    expect(ids(advice)).toEqual(['ca-on-ipc', 'ca-cccs']);
    expect(advice[0]!.text).toContain('CIPVP');
  });

  it('falls back to the generic line for other countries and for a victim without a country', () => {
    expect(ids(selectAdvice(org('curaleaf', 'US', 'cannabis'), [], 'en'))).toEqual(['generic']);
    expect(ids(selectAdvice(org('nowhere', undefined), [], 'en'))).toEqual(['generic']);
  });

  it('adds data-type advice: mutuelle and carte Vitale phishing for health data, card reissue, national ids', () => {
    const health = selectAdvice(org('mediprix', 'FR'), ['health_insurance'], 'fr');
    expect(health.at(-1)!.text).toMatch(/mutuelle.*carte Vitale/);
    const cards = selectAdvice(org('curaleaf', 'US'), ['payment_card', 'national_id'], 'en');
    expect(ids(cards)).toEqual(['generic', 'data-national-id', 'data-payment-card']);
    expect(cards.at(-1)!.text).toContain('reissued');
  });

  it('refuses a rules file whose rule cites an unknown source or lacks a language, naming the field', () => {
    const document = JSON.parse(readFileSync(ADVICE_RULES_FILE, 'utf8'));
    document.rules[0].sources.push('nowhere');
    delete document.rules[1].text.en;
    let error: unknown;
    try { parseAdviceRules(document, 'rules.json'); } catch (caught) { error = caught; }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('rules.json');
    expect((error as Error).message).toContain('rules.0.sources: rule "fr-cnil-72h" cites "nowhere"');
    expect((error as Error).message).toContain('rules.1.text.en');
  });
});
