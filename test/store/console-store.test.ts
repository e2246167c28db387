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

  // Ingest stores postings without indexing them (migration 014); the search indexes them first.
  it('keeps the index in step with edits of postings indexed already', () => {
    expect(temp.store.console.search('VPS', 10, 0).total).toBe(1);
    const id = temp.store.postings.findBySourceId('forum', '2')!.id;
    temp.store.postings.replaceText(id, { sourceId: 'forum', externalId: '2', text: 'now about Canada Post tracking' }, 'h3');
    expect(temp.store.console.search('VPS', 10, 0).total).toBe(0);
    expect(temp.store.console.search('tracking', 10, 0).rows.map((row) => row.postingId)).toEqual([id]);
    expect(() => checkIndex()).not.toThrow();
  });

  it('indexes postings stored since the last search, once each', () => {
    expect(temp.store.console.search('vitale', 10, 0).total).toBe(1);
    temp.store.postings.insert({ sourceId: 'forum', externalId: '3', text: 'Médiprix carte vitale, second sample' }, 'h4', null);
    expect(temp.store.searchIndex.catchUp()).toBe(1);
    expect(temp.store.searchIndex.catchUp()).toBe(0);
    expect(temp.store.console.search('vitale', 10, 0).total).toBe(2);
    expect(() => checkIndex()).not.toThrow();
  });

  // SQLite gives the next posting max(id) + 1: after the newest indexed posting is deleted, its
  // id comes back for a posting the index has not seen.
  it('indexes a posting that takes the id of a deleted one', () => {
    expect(temp.store.console.search('VPS', 10, 0).total).toBe(1);
    const id = temp.store.postings.findBySourceId('forum', '2')!.id;
    temp.store.db.prepare('DELETE FROM posting_hashes WHERE posting_id = ?').run(id);
    temp.store.db.prepare('DELETE FROM postings WHERE id = ?').run(id);
    const reused = temp.store.postings.insert({ sourceId: 'forum', externalId: '4', text: 'fresh VPS panel access' }, 'h5', null);
    expect(reused).toBe(id);
    expect(temp.store.console.search('panel', 10, 0).rows.map((row) => row.postingId)).toEqual([id]);
    expect(temp.store.console.search('border', 10, 0).total).toBe(0);
    expect(() => checkIndex()).not.toThrow();
  });
});

/** FTS5's own check that the index matches the postings it was built from. */
function checkIndex(): void {
  temp.store.db.prepare("INSERT INTO postings_fts (postings_fts, rank) VALUES ('integrity-check', 1)").run();
}
