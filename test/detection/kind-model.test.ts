import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetector, explainAnalysis } from '../../src/detection/index.js';
import { featureHash, kindFeatureHashes } from '../../src/detection/kind-features.js';
import { KIND_MODEL_FILE, kindFeatures, kindModel, MODEL_KINDS, MODEL_TEXT_CHARS, parseKindModel, predictKind, writeKindModel, type KindModel } from '../../src/detection/kind-model.js';
import { normalizeText } from '../../src/detection/normalize-text.js';
import { reviseKind } from '../../src/detection/revise-kind.js';
import { trainKindModel, type LabelledPosting } from '../../src/detection/train-kind-model.js';
import type { PostingKind } from '../../src/model/analysis.js';
import type { Organization } from '../../src/model/organization.js';

const features = (text: string, source?: string) => kindFeatures(normalizeText(text).text, source);

describe('the features the kind model reads', () => {
  it('reads words in their normalized form, pairs of words, long words by their beginning, and the source', () => {
    const read = features('SLIV Klienty — бесплатно', 'telegram');
    expect([...read]).toEqual(expect.arrayContaining(['src:telegram', 'sliv', 'klienty', '^ sliv', 'sliv klienty', 'бесплатно', 'p5:беспл', '—']));
    // Accents and case do not make another word.
    expect(features('Ländle GRATUIT').has('landle')).toBe(true);
    expect(features('Ländle GRATUIT').has('gratuit')).toBe(true);
  });

  it('reads a number by its length, not its value', () => {
    const read = features('88000 rows, 150 €');
    expect(read.has('<n5>')).toBe(true);
    expect(read.has('<n3>')).toBe(true);
    expect(read.has('88000')).toBe(false);
  });

  it('hashes, in one pass over the text, exactly the features it lists as strings', () => {
    const texts = [
      'SLIV Klienty — бесплатно!!! 👇👇 file_name_2026.csv 41 000 rows, 150 €',
      '🇧🇷 dados_clientes: nome;cpf;email\n0001;TESTE;a@b.c ⏳ 3 dias',
      `${'x'.repeat(1998)}😀 tail`,
      'Ἀθῆναι 𝐁𝐨𝐥𝐝 ⁵ ½ _under_score_ \u{10400}\u{10428}',
    ];
    for (const text of texts) {
      const normalized = normalizeText(text).text;
      for (const source of ['forum', undefined]) {
        const strings = kindFeatures(normalized, source);
        const hashes = [...kindFeatureHashes(normalized, source)].sort((a, b) => a - b);
        expect(hashes, text).toEqual([...new Set([...strings].map(featureHash))].sort((a, b) => a - b));
      }
    }
  });

  it('reads only the opening of a long posting', () => {
    const read = features(`${'word '.repeat(MODEL_TEXT_CHARS / 5)} unseenfarword`);
    expect(read.has('unseenfarword')).toBe(false);
  });
});

/** A small invented training set: each kind said in words of its own. */
function toyPostings(): LabelledPosting[] {
  const make = (text: string, kind: PostingKind, source = 'telegram'): LabelledPosting => ({ normalizedText: normalizeText(text).text, source, kind });
  const postings: LabelledPosting[] = [];
  const shops = ['alfa', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
  for (const shop of shops) {
    postings.push(make(`vendo clienti ${shop}, prezzo in privato`, 'sale'));
    postings.push(make(`${shop} dump gratis, link sotto`, 'leak'));
    postings.push(make(`${shop}: pagate entro 3 giorni o pubblichiamo tutto`, 'ransom'));
    postings.push(make(`accesso vpn ${shop}, admin dominio`, 'access'));
    postings.push(make(`oggi a ${shop} bel tempo, andiamo al mare`, 'other', 'chat'));
  }
  return postings;
}

describe('training', () => {
  it('learns each kind from labelled postings and reads new postings by their words', () => {
    const model = trainKindModel(toyPostings(), { epochs: 150, learningRate: 0.1 });
    const read = (text: string, source = 'telegram') => predictKind(model, normalizeText(text).text, source).kind;
    expect(read('vendo clienti omega, prezzo in privato')).toBe('sale');
    expect(read('omega dump gratis, link sotto')).toBe('leak');
    expect(read('omega: pagate entro 3 giorni o pubblichiamo tutto')).toBe('ransom');
    expect(read('accesso vpn omega, admin dominio')).toBe('access');
    expect(read('oggi a omega bel tempo', 'chat')).toBe('other');
  });

  it('is deterministic: the same postings give the same file', () => {
    const once = writeKindModel(trainKindModel(toyPostings(), { epochs: 20 }));
    const again = writeKindModel(trainKindModel(toyPostings(), { epochs: 20 }));
    expect(again).toBe(once);
  });

  it('rejects a label that is not a kind, naming it', () => {
    expect(() => trainKindModel([{ normalizedText: 'x', source: 'chat', kind: 'spam' as PostingKind }])).toThrow(/unknown kind "spam"/);
  });
});

describe('the model file', () => {
  it('reads back what it writes', () => {
    const model = trainKindModel(toyPostings(), { epochs: 20 });
    const back = parseKindModel(writeKindModel(model));
    expect(back.size).toBe(model.weights.size);
    expect(back.weights.size).toBe(model.weights.size);
    const text = normalizeText('vendo clienti omega').text;
    expect(predictKind(back, text, 'telegram')).toMatchObject({ kind: predictKind(model, text, 'telegram').kind, probability: expect.closeTo(predictKind(model, text, 'telegram').probability, 2) });
  });

  it('says what is wrong with a broken file and how to make a new one', () => {
    expect(() => parseKindModel('word\tsale\n', 'model.tsv')).toThrow(/model\.tsv: the first line .*npm run train-kind/);
    expect(() => parseKindModel(`feature\t${MODEL_KINDS.join('\t')}\nx\t1\t2\n`, 'model.tsv')).toThrow(/model\.tsv:2: expected a feature and 6 numbers/);
    expect(() => parseKindModel(`feature\t${MODEL_KINDS.join('\t')}\nx\t1\t2\t3\t4\t5\t6\n`, 'model.tsv')).toThrow(/no <bias> line/);
  });

  it('is the one shipped with detection, trained on thousands of labelled postings', () => {
    const shipped = parseKindModel(readFileSync(KIND_MODEL_FILE, 'utf8'));
    expect(shipped.size).toBeGreaterThan(10_000);
  });
});

/** A model that says `kind` with probability σ(logit) whatever the text, against one other kind. */
function modelSaying(kind: PostingKind, logit: number): KindModel {
  const bias = new Float64Array(MODEL_KINDS.length).fill(-50);
  bias[MODEL_KINDS.indexOf(kind === 'other' ? 'sale' : 'other')] = 0;
  bias[MODEL_KINDS.indexOf(kind)] = logit;
  return { bias, size: 0, weights: new Map(), names: new Map() };
}

describe('when the model is heard over the rules', () => {
  const ruledOther = { kind: 'other' as const, reasons: ['no offer and no leak'], fellBack: true as const };
  const ruledRequest = { kind: 'other' as const, reasons: ['asks, discusses or sets rules; offers nothing'] };
  const ruledSale = { kind: 'sale' as const, reasons: ['a price is asked'] };

  it('decides where the rules found nothing they know, when its kind is the more likely', () => {
    const revised = reviseKind(ruledOther, 'x', 'telegram', false, modelSaying('sale', 2));
    expect(revised.kind).toBe('sale');
    expect(revised.reasons[0]).toMatch(/the kind model reads sale \(0\.88.*where the rules read other \(no offer and no leak\)/);
    expect(reviseKind(ruledOther, 'x', 'telegram', false, modelSaying('sale', -1)).kind).toBe('other');
  });

  it('must be surer where a cue said the posting offers nothing', () => {
    expect(reviseKind(ruledRequest, 'x', 'forum', false, modelSaying('sale', 0.5)).kind).toBe('other');
    expect(reviseKind(ruledRequest, 'x', 'forum', false, modelSaying('sale', 2)).kind).toBe('sale');
  });

  it('takes back an offer only when sure, and never one that states its size', () => {
    expect(reviseKind(ruledSale, 'x', 'forum', false, modelSaying('other', 3)).kind).toBe('other');
    expect(reviseKind(ruledSale, 'x', 'forum', false, modelSaying('other', 1)).kind).toBe('sale');
    expect(reviseKind(ruledSale, 'x', 'forum', true, modelSaying('other', 5)).kind).toBe('sale');
    expect(reviseKind({ kind: 'access', reasons: ['access vocabulary'] }, 'x', 'chat', false, modelSaying('other', 5)).kind).toBe('access');
    // A price per record or per card is how sellers price what they have; a price per month or per person is not.
    expect(reviseKind(ruledSale, 'newsletter 0,05€ a record, minimo 5000', 'telegram', false, modelSaying('other', 5)).kind).toBe('sale');
    expect(reviseKind(ruledSale, 'bin x, 25€ la carte, stock', 'market', false, modelSaying('other', 5)).kind).toBe('sale');
    expect(reviseKind(ruledSale, 'schnellvpn, keine logs, 5 €/monat', 'telegram', false, modelSaying('other', 5)).kind).toBe('other');
  });

  it('leaves news sources and data-leak sites to the rules', () => {
    expect(reviseKind(ruledOther, 'x', 'news', false, modelSaying('sale', 5)).kind).toBe('other');
    expect(reviseKind({ kind: 'ransom', reasons: ['posted on a ransomware data-leak site'] }, 'x', 'dls', false, modelSaying('other', 5)).kind).toBe('ransom');
  });
});

describe('the shipped model in detection', () => {
  const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });
  // Invented organizations and postings, written for this test and in no eval set.
  const detector = compileDetector([
    org('olmo', 'Farmacia Olmo Antico', { sector: 'pharmacy', country: 'IT' }),
  ]);

  it('reads offers the lexicons have no words for, and explains why', () => {
    kindModel();
    const cases: [string, PostingKind][] = [
      ['farmacia olmo antico — ricette dei clienti, roba fresca, contattare in privato', 'sale'],
      ['farmacia olmo antico: 3 giorni. poi pubblichiamo tutto.', 'ransom'],
    ];
    for (const [text, kind] of cases) {
      const analysis = detector.analyze({ text, source: 'telegram' });
      expect(analysis.kind, text).toBe(kind);
      expect(analysis.alert).toBe(true);
      expect(explainAnalysis(analysis, text, new Map())).toMatch(/the kind model reads/);
    }
  });
});
