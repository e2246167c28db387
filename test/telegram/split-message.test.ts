import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/telegram/html.js';
import { splitHtmlMessage } from '../../src/telegram/split-message.js';
import { parseTelegramHtml } from '../support/fake-bot-api.js';

describe('splitHtmlMessage', () => {
  it('leaves a short message whole', () => {
    expect(splitHtmlMessage('<b>one</b>\ntwo')).toEqual(['<b>one</b>\ntwo']);
  });

  it('cuts at line boundaries, each part under the limit and parseable on its own', () => {
    const lines = Array.from({ length: 400 }, (_, index) => `<b>${index}</b> ${escapeHtml(`line <${index}> & more text to fill the message`)}`);
    const html = `<blockquote>${lines.join('\n')}</blockquote>`;
    const parts = splitHtmlMessage(html);
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(() => parseTelegramHtml(part)).not.toThrow();
    }
    // Every line survives, in order, exactly once.
    const shown = parts.map((part) => parseTelegramHtml(part)).join('\n');
    expect(shown.split('\n')).toEqual(lines.map((line) => parseTelegramHtml(line)));
  });

  it('cuts a single huge line without breaking an entity or a surrogate pair', () => {
    const text = `${'😀&'.repeat(3000)}`;
    const parts = splitHtmlMessage(escapeHtml(text), 1000);
    expect(parts.every((part) => part.length <= 1000)).toBe(true);
    expect(parts.map((part) => parseTelegramHtml(part)).join('')).toBe(text);
  });
});
