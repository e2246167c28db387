import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { statedVictim } from '../../src/detection/stated-victim.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/** Invented organizations and postings, written for this test and in no eval set. */
const detector = compileDetector([
  org('falaise', 'Falaise Assurances', { sector: 'finance', country: 'FR' }),
  org('canopee', 'Canopée Chanvre', { sector: 'cannabis', country: 'FR' }),
]);
const analyze = (text: string) => detector.analyze({ text, source: 'forum' });

describe('the statement of who the victim is', () => {
  it('is found in each language, up to the end of its sentence, and not when it says who the victim is not', () => {
    const text = 'Planilhas. A vítima é a Fazenda Boa Vista (Goiás). 300 reais';
    const found = statedVictim(text)!;
    expect(text.slice(found.from, found.to)).toBe('A vítima é a Fazenda Boa Vista (Goiás)');
    expect(statedVictim('Жертва — интернет-магазин «СибДом»: 1 200 заказов')).not.toBeNull();
    expect(statedVictim('the victim is not their broker')).toBeNull();
  });
});

describe('the victim the author names', () => {
  it('sets aside a watched organization named outside "the victim is …"', () => {
    expect(analyze('Falaise Assurances é a seguradora que cobre a vítima; a vítima é a Fazenda Boa Vista (Goiás). Planilhas, 300 reais').orgs).toEqual([]);
    expect(analyze('Ordini e-commerce campani, 22mila righe. Canopée Chanvre è solo il fornitore, la vittima è l\'e-commerce CasaSalerno. 400€').orgs).toEqual([]);
  });

  it('keeps one the statement names, and reads nothing into "the victim is not …"', () => {
    expect(analyze('Planilhas de vendas 2025, 300 reais; a vítima é a Falaise Assurances (Rouen)').orgs).toEqual(['falaise']);
    expect(analyze('Falaise Assurances fichier clients 40k, 900€. The victim is not their broker, it is them.').orgs).toEqual(['falaise']);
  });
});
