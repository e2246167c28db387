import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, openStore, readMigrations } from '../../src/store/index.js';
import { createTempStore } from '../support/temp-store.js';

describe('postings store: content hashes', () => {
  let temp: ReturnType<typeof createTempStore>;
  beforeEach(() => { temp = createTempStore(); });
  afterEach(() => temp.cleanup());

  it('keeps every hash a posting had, so its text before an edit still finds it', () => {
    const id = temp.store.postings.insert({ sourceId: 'forum-a', externalId: 't1', text: 'first text' }, 'hash-1', null);
    temp.store.postings.replaceText(id, { sourceId: 'forum-a', externalId: 't1', text: 'second text' }, 'hash-2');
    temp.store.postings.replaceText(id, { sourceId: 'forum-a', externalId: 't1', text: 'first text' }, 'hash-1');
    expect(temp.store.postings.get(id)?.contentHash).toBe('hash-1');
    expect(temp.store.postings.hashesOf(id)).toEqual(['hash-1', 'hash-2']);
    expect(temp.store.postings.findOriginalByHash('hash-1')).toBe(id);
    expect(temp.store.postings.findOriginalByHash('hash-2')).toBe(id);
    expect(temp.store.postings.findOriginalByHash('hash-3')).toBeUndefined();
  });

  it('points at the original, never at a duplicate that carries the same hash', () => {
    const original = temp.store.postings.insert({ sourceId: 'forum-a', externalId: 't1', text: 'same text' }, 'hash-1', null);
    temp.store.postings.insert({ sourceId: 'channel-b', externalId: '9', text: 'same text' }, 'hash-1', original);
    expect(temp.store.postings.findOriginalByHash('hash-1')).toBe(original);
  });
});

describe('migration 004_posting_hashes', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-hashes-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('backfills the hash of every posting stored before it', () => {
    const migrationsDir = join(dir, 'migrations');
    mkdirSync(migrationsDir);
    const write = (version: number, name: string, sql: string) => writeFileSync(join(migrationsDir, `${String(version).padStart(3, '0')}_${name}.sql`), sql);
    const migrations = readMigrations();
    for (const migration of migrations.filter((candidate) => candidate.version < 4)) write(migration.version, migration.name, migration.sql);
    const path = join(dir, 'leakwatch.db');
    const old = openDatabase(path, { migrationsDir });
    const insert = old.prepare(`INSERT INTO postings (source_id, external_id, text, seen_at, last_seen_at, content_hash, duplicate_of)
      VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?)`);
    const first = Number(insert.run('forum-a', 't1', 'a sale', 'hash-a', null).lastInsertRowid);
    insert.run('channel-b', '9', 'a sale', 'hash-a', first);
    const other = Number(insert.run('forum-a', 't2', 'another sale', 'hash-b', null).lastInsertRowid);
    old.close();

    for (const migration of migrations.filter((candidate) => candidate.version >= 4)) write(migration.version, migration.name, migration.sql);
    const store = openStore(path, { migrationsDir });
    try {
      expect(store.postings.findOriginalByHash('hash-a')).toBe(first);
      expect(store.postings.findOriginalByHash('hash-b')).toBe(other);
      expect(store.postings.hashesOf(other)).toEqual(['hash-b']);
    } finally {
      store.close();
    }
  });
});
