import { describe, expect, it } from 'vitest';
import { normalizedTextOf, normalizeText, normalizeTextAndView, quoteOriginal, type NormalizedText } from '../../src/detection/normalize-text.js';
import { toCompactView } from '../../src/detection/compact-view.js';

const compact = (text: string) => {
  const view = toCompactView(normalizeText(text).text);
  return String.fromCharCode(...view.codes.subarray(0, view.length));
};

describe('normalizeText', () => {
  it('folds case and removes accents', () => {
    expect(normalizeText('MÉDIPRIX Médiprix médiprix Mèdiprix').text).toBe('mediprix mediprix mediprix mediprix');
  });

  it('maps full-width forms through NFKC', () => {
    expect(normalizeText('ＨＣＣ ｃａｎｎａｂｉｓ').text).toBe('hcc cannabis');
  });

  it('drops zero-width, soft hyphen, bidi controls and combining marks', () => {
    expect(normalizeText('Nord\u200bfracht N\u00adord\u2060fracht \u202eNordfracht\u202c').text).toBe('nordfracht nordfracht nordfracht');
    expect(normalizeText(`Harvest${'\u0301'.repeat(50)}`).text).toBe('harvest');
  });

  it('maps Cyrillic and Greek look-alikes inside Latin words, and leaves Russian words alone', () => {
    expect(normalizeText('Hаrvеst').text).toBe('harvest'); // Cyrillic а and е
    expect(normalizeText('Ηarvest').text).toBe('harvest'); // Greek capital eta
    expect(normalizeText('база клиентов').text).toBe('база клиентов');
  });

  // Every character that becomes two (ß, æ) uses up room the arrays keep; past it they grow,
  // which a posting seldom needs: the growth must keep what was written, look-alikes included.
  it('keeps the way back to the original when expansions make the text longer than its room', () => {
    const original = `${'Straße '.repeat(400)}Сurаleaf ${'Æsir '.repeat(300)}&amp; Médiprix`;
    const normalized = normalizeText(original);
    expect(normalized.text).toBe(`${'strasse '.repeat(400)}curaleaf ${'aesir '.repeat(300)}& mediprix`);
    const at = normalized.text.indexOf('curaleaf');
    expect(quoteOriginal(normalized, at, at + 8)).toBe('Сurаleaf');
    const last = normalized.text.indexOf('mediprix');
    expect(quoteOriginal(normalized, last, last + 8)).toBe('Médiprix');
    expect(quoteOriginal(normalized, last - 2, last - 1)).toBe('&amp;');
    expect(normalized.starts.length).toBe(normalized.text.length + 1);
    expect(normalized.ends.length).toBe(normalized.text.length);
  });

  it('records where each word of the compact view starts, dots and hyphens included', () => {
    const view = toCompactView(normalizeText('O.C.S  M3d1pr1x, Médi-prix').text);
    expect(String.fromCharCode(...view.codes.subarray(0, view.length))).toBe('ocsmediprixmediprix');
    expect([...view.tokenStarts.subarray(0, view.tokenCount)]).toEqual([0, 1, 2, 3, 11, 15]);
  });

  it('gives the same text without the offsets, call after call', () => {
    for (const text of ['MÉDIPRIX', 'Straße '.repeat(50), 'Hаrvеst', 'x'.repeat(10_000), '']) expect(normalizedTextOf(text)).toBe(normalizeText(text).text);
  });

  it('decodes HTML entities, named and numeric', () => {
    expect(normalizeText('Farmacias &amp; M&eacute;dicos &#233;t&#xE9;').text).toBe('farmacias & medicos ete');
  });

  it('keeps a map back to the original text so a match is quoted as written', () => {
    const original = 'Sale: Ｎｏｒｄ\u200bfracht &amp; more';
    const normalized = normalizeText(original);
    const from = normalized.text.indexOf('nordfracht');
    expect(quoteOriginal(normalized, from, from + 'nordfracht'.length)).toBe('Ｎｏｒｄ\u200bfracht');
  });

  it('turns lone surrogates into U+FFFD instead of failing', () => {
    expect(normalizeText('a\ud800b').text).toBe('a\ufffdb');
  });
});

describe('the compact view', () => {
  it('joins letters split by dots, hyphens, underscores and spaces', () => {
    expect(compact('H.C.C')).toBe('hcc');
    expect(compact('Nord-fracht')).toBe('nordfracht');
    expect(compact('H a r v e s t')).toBe('harvest');
  });

  it('reads leetspeak digits as letters inside words, and leaves numbers alone', () => {
    expect(compact('N0rdfr4cht')).toBe('nordfracht');
    expect(compact('H4rv3st 150000')).toBe('harvest150000');
  });

  // normalizeTextAndView writes the view while it normalizes: look-alike words rewritten after
  // the view has them, leetspeak read at the end of a word, signs decided once the text is known,
  // expansions past the room kept for them, entities and emoji on the slow path.
  it('is the same when written in the normalization pass as when read from the normalized text', () => {
    const texts = [
      'O.C.S  M3d1pr1x, Médi-prix', 'Fr€€ Mobile, Ca$h, H@rmonie, admin@ocs.ca, $1,500', 'Сurаleaf Сurаl3af база клиентов Hаrvеst',
      `${'Straße '.repeat(400)}Сurаleaf ${'Æsir '.repeat(300)}&amp; Médiprix`, 'M&eacute;di&shy;prix 🔥 ﬁx… ＮＯＲＤ', 'a\ud800b', '', '€', '$$a$b 7-Eleven 2024',
    ];
    for (const text of texts) {
      const { normalized, view } = normalizeTextAndView(text);
      const fused = { text: normalized.text, ...viewArrays(view) };
      expect(asData(normalized)).toEqual(asData(normalizeText(text)));
      expect(fused, text).toEqual({ text: normalized.text, ...viewArrays(toCompactView(normalized.text)) });
    }
  });
});

/** Its fields as plain data (normalizeTextAndView's offsets are getters, filled on first read). */
const asData = ({ original, text, starts, ends }: NormalizedText) => ({ original, text, starts: [...starts], ends: [...ends] });

function viewArrays(view: ReturnType<typeof toCompactView>) {
  return {
    codes: String.fromCharCode(...view.codes.subarray(0, view.length)),
    tokenStarts: [...view.tokenStarts.subarray(0, view.tokenCount)],
    tokenSeps: [...view.tokenSeps.subarray(0, view.tokenCount)],
    tokenPositions: [...view.tokenPositions.subarray(0, view.tokenCount)],
  };
}

describe('normalizeTextAndView offsets', () => {
  // Written on first read (offsets-on-read.ts): the same as normalizeText's, through expansions,
  // entities, dropped characters and look-alikes, and never another posting's.
  it('are those of normalizeText, read before the next posting', () => {
    for (const text of ['Straße Сurаleaf &amp; Médi\u200bprix 🔥 ﬁx… ＮＯＲＤ', 'plain ascii only', '']) {
      const { normalized } = normalizeTextAndView(text);
      const expected = normalizeText(text);
      expect([...normalized.starts]).toEqual([...expected.starts]);
      expect([...normalized.ends]).toEqual([...expected.ends]);
    }
  });

  it('refuse to be read once the next posting is normalized', () => {
    const { normalized } = normalizeTextAndView('Médiprix Straße');
    normalizeTextAndView('another posting');
    expect(() => normalized.starts).toThrow(/read normalized.starts and .ends before/);
  });
});
