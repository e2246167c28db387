import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/store/console-store.js';
import { createTempStore } from '../support/temp-store.js';

let temp: ReturnType<typeof createTempStore>;
beforeEach(() => {
  temp = createTempStore();
  temp.store.postings.insert({ sourceId: 'forum', externalId: '1', text: 'VENTE base clients Médiprix, carte Vitale, 1500 USDT' }, 'h1', null);
  temp.store.postings.insert({ sourceId: 'forum', externalId: '2', text: 'Anyone know a good VPS provider? NEAR the border' }, 'h2', null);
});
afterEach(() => temp.cleanup());

describe('posting search (FTS5)', () => {
  it('finds postings with every word, accents ignored, newest first', () => {
    expect(temp.store.console.search('mediprix vitale', 10, 0)).toMatchObject({ total: 1, rows: [{ sourceId: 'forum' }] });
    expect(temp.store.console.search('Médiprix VPS', 10, 0).total).toBe(0);
  });

  it('reads search words as words, never as FTS syntax', () => {
    expect(toFtsQuery('a "b" c-d')).toBe('"a" "b" "c" "d"');
    for (const hostile of ['" OR *', 'NEAR(border VPS)', 'text: vps', '-vps', '^vps', 'vps*', '(((', '"', '']) {
      expect(() => temp.store.console.search(hostile, 10, 0), hostile).not.toThrow();
    }
    expect(temp.store.console.search('NEAR(border VPS)', 10, 0).total).toBe(1);
  });

  it('keeps the index in step with edits', () => {
    const id = temp.store.postings.findBySourceId('forum', '2')!.id;
    temp.store.postings.replaceText(id, { sourceId: 'forum', externalId: '2', text: 'now about Canada Post tracking' }, 'h3');
    expect(temp.store.console.search('VPS', 10, 0).total).toBe(0);
    expect(temp.store.console.search('tracking', 10, 0).rows.map((row) => row.postingId)).toEqual([id]);
  });
});
