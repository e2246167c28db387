import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/alerts/alert-words.js';
import { renderAlertReport } from '../../src/alerts/render-alert-report.js';
import { ensureCase, transitionCase } from '../../src/cases/case-workflow.js';
import { loadCaseRecord, caseExtrasOf } from '../../src/cases/load-case-record.js';
import { formatMail, renderMail1, renderMail2 } from '../../src/cases/render-case-mails.js';
import type { Alert } from '../../src/store/index.js';
import { renderTelegramAlert } from '../../src/telegram/render-telegram-alert.js';
import { createManualClock, createTempStore } from '../support/temp-store.js';
import { SEED_CASES, storeSeedCases } from './seed-cases.js';

let temp: ReturnType<typeof createTempStore>;
let alerts: Map<string, Alert>;
beforeEach(() => {
  temp = createTempStore({ clock: createManualClock('2026-11-22T10:00:00.000Z').clock });
  alerts = storeSeedCases(temp.store);
});
afterEach(() => temp.cleanup());

const golden = (name: string) => `./__golden__/${name}`;

describe('alert and mail templates (golden files)', () => {
  for (const seed of SEED_CASES) {
    for (const language of LANGUAGES) {
      it(`${seed.id} in ${language}: Telegram alert, full report, mail 1 and mail 2`, async () => {
        const alert = alerts.get(seed.id)!;
        const loaded = loadCaseRecord(temp.store, alert.id)!;
        const telegram = renderTelegramAlert(loaded.view, language, [], caseExtrasOf(temp.store, alert.id));
        expect(telegram.html.length).toBeLessThanOrEqual(4096);
        await expect(telegram.html).toMatchFileSnapshot(golden(`${seed.id}.telegram.${language}.html`));
        await expect(renderAlertReport(loaded.record, language)).toMatchFileSnapshot(golden(`${seed.id}.report.${language}.md`));
        await expect(formatMail(renderMail1(loaded.record, language, 'Équipe leakwatch'))).toMatchFileSnapshot(golden(`${seed.id}.mail1.${language}.txt`));
        await expect(formatMail(renderMail2(loaded.record, language, 'Équipe leakwatch', seed.posting.sourceKind ?? null))).toMatchFileSnapshot(golden(`${seed.id}.mail2.${language}.txt`));
      });
    }
  }

  it('names the right regulator for each seed case', () => {
    const report = (id: string, language: 'fr' | 'en') => renderAlertReport(loadCaseRecord(temp.store, alerts.get(id)!.id)!.record, language);
    expect(report('mediprix-telegram-sale', 'fr')).toMatch(/CNIL dans les 72 heures/);
    expect(report('mediprix-telegram-sale', 'fr')).toMatch(/« carte Vitale »/);
    expect(report('ocs-sales-leak', 'en')).toContain('Information and Privacy Commissioner of Ontario (IPC)');
    expect(report('ocs-sales-leak', 'en')).not.toContain('PIPEDA');
    expect(report('canada-post-ocs-access', 'en')).toContain('PIPEDA');
    expect(report('canada-post-ocs-access', 'fr')).toContain('4 500 enregistrements'.replace(' ', '\u202f'));
  });

  it('keeps mail 1 discreet: the number and a request for a contact, nothing of the finding', () => {
    const record = loadCaseRecord(temp.store, alerts.get('mediprix-telegram-sale')!.id)!.record;
    const mail = renderMail1(record, 'fr', 'Équipe leakwatch');
    expect(mail.to).toBe('dpo@mediprix.example');
    expect(mail.body).toContain(record.number);
    expect(mail.body).toMatch(/DPO/);
    for (const secret of ['150', 'Telegram', 'darkleaks', 'carte Vitale', 'USDT']) expect(mail.body).not.toContain(secret);
  });

  it('never names the source in mail 2 and shows the claim status from the case', () => {
    const alert = alerts.get('mediprix-telegram-sale')!;
    const found = ensureCase(temp.store, alert.id)!;
    transitionCase(temp.store, found.id, 'victim_contacted', 'cli');
    const record = loadCaseRecord(temp.store, alert.id)!.record;
    expect(record.claimStatus).toBe('confirmed');
    const mail = renderMail2(record, 'en', 'leakwatch', 'telegram');
    expect(mail.body).toContain('a Telegram channel');
    expect(mail.body).toContain('confirmed by the team');
    expect(mail.body).not.toContain('darkleaks');
    expect(mail.body).not.toContain('Dark Leaks');
  });

  it('shows the TLP label and the unverified status in the Telegram alert, with translated names and numbers', () => {
    const loaded = loadCaseRecord(temp.store, alerts.get('mediprix-telegram-sale')!.id)!;
    const fr = renderTelegramAlert(loaded.view, 'fr', [], caseExtrasOf(temp.store, loaded.view.alert.id)).html;
    expect(fr).toContain('TLP:AMBER · revendication non vérifiée');
    expect(fr).toContain('CRITIQUE</b> · vente');
    expect(fr).toContain('150\u202f000 enregistrements · nom, e-mail, téléphone, adresse postale, mutuelle / assurance santé · 1\u202f500 USDT');
    expect(fr).toContain('CNIL');
    const en = renderTelegramAlert(loaded.view, 'en', [], caseExtrasOf(temp.store, loaded.view.alert.id)).html;
    expect(en).toContain('150,000 records · name, email, phone, postal address, health insurance · 1,500 USDT');
  });
});
