import { describe, expect, it } from 'vitest';
import { MAX_POSTING_CHARS, PostingRejectedError, parsePostingLine, toCleanText } from '../../src/pipeline/validate-posting.js';

describe('toCleanText', () => {
  it('refuses empty and whitespace-only text, naming the posting', () => {
    expect(() => toCleanText('   \n', 'p1')).toThrow(PostingRejectedError);
    expect(() => toCleanText('', 'p1')).toThrow(/Posting p1 has no text/);
  });
  it('refuses binary content', () => {
    const binary = Array.from({ length: 2000 }, (_, index) => String.fromCharCode(index % 32)).join('');
    expect(() => toCleanText(binary, 'p2')).toThrow(/Posting p2 looks binary/);
  });
  it('replaces lone surrogates instead of failing', () => {
    expect(toCleanText('abc\uD800def', 'p3').text).toBe('abc\uFFFDdef');
  });
  it('caps a 5 MB posting at the documented size and records the original length', () => {
    const huge = 'Médiprix base clients '.repeat(250_000);
    const clean = toCleanText(huge, 'p4');
    expect(clean.text.length).toBe(MAX_POSTING_CHARS);
    expect(clean.truncatedFromChars).toBe(huge.length);
  });
  it('does not cut a surrogate pair in half at the cap', () => {
    const text = `${'a'.repeat(MAX_POSTING_CHARS - 1)}😀tail`;
    const clean = toCleanText(text, 'p5');
    expect(clean.text.isWellFormed()).toBe(true);
  });
});

describe('parsePostingLine', () => {
  it('accepts the analyze contract and numeric ids', () => {
    expect(parsePostingLine('{"id": 7, "text": "hello", "source": "forum", "lang": "en"}', 1)).toMatchObject({ id: '7', text: 'hello', source: 'forum' });
  });
  it('names the line and the field on bad input', () => {
    expect(() => parsePostingLine('{"id": "x"', 3)).toThrow(/Line 3 is not valid JSON/);
    expect(() => parsePostingLine('{"id": "x"}', 4)).toThrow(/Line 4: field "text"/);
    expect(() => parsePostingLine('{"id": "x", "text": "t", "source": "irc"}', 5)).toThrow(/Line 5: field "source".*telegram\|forum\|dls/);
  });
});
