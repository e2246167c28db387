import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, openStore, readMigrations, schemaVersion } from '../../src/store/index.js';
import { StoreError } from '../../src/config/errors.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'leakwatch-db-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates the file and its directory, applies every migration once and records it', () => {
    const path = join(dir, 'nested', 'leakwatch.db');
    const db = openDatabase(path);
    const migrations = readMigrations();
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
    for (const table of ['organizations', 'organization_terms', 'sources', 'postings', 'hits', 'alerts', 'alert_deliveries', 'scan_runs', 'audit_log', 'schema_migrations']) {
      expect(tables).toContain(table);
    }
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();

    const again = openDatabase(path);
    const recorded = again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number };
    expect(recorded.n).toBe(migrations.length);
    again.close();
  });

  it('applies a new migration to an existing database and keeps its rows', () => {
    const migrationsDir = join(dir, 'migrations');
    mkdirSync(migrationsDir);
    const shipped = readMigrations();
    for (const file of readdirSync(new URL('../../db/migrations/', import.meta.url))) {
      copyFileSync(new URL(`../../db/migrations/${file}`, import.meta.url), join(migrationsDir, file));
    }
    const path = join(dir, 'leakwatch.db');
    const db = openDatabase(path, { migrationsDir });
    db.prepare("INSERT INTO organizations (id, name, created_at, updated_at) VALUES ('acme', 'Acme', 'x', 'x')").run();
    db.close();

    const next = String(shipped.at(-1)!.version + 1).padStart(3, '0');
    writeFileSync(join(migrationsDir, `${next}_add_note.sql`), 'ALTER TABLE organizations ADD COLUMN note TEXT;');
    const upgraded = openDatabase(path, { migrationsDir });
    expect(schemaVersion(upgraded)).toBe(Number(next));
    expect(upgraded.prepare('SELECT id, note FROM organizations').all()).toEqual([{ id: 'acme', note: null }]);
    upgraded.close();
  });

  // Migration 014 stops indexing on insert: what the old trigger indexed stays searchable, and
  // postings stored after the upgrade are indexed at the next search.
  it('keeps the postings indexed before migration 014 searchable, and indexes the ones after', () => {
    const migrationsDir = join(dir, 'migrations');
    mkdirSync(migrationsDir);
    for (const file of readdirSync(new URL('../../db/migrations/', import.meta.url)).filter((name) => name < '014')) {
      copyFileSync(new URL(`../../db/migrations/${file}`, import.meta.url), join(migrationsDir, file));
    }
    const path = join(dir, 'leakwatch.db');
    const before = openDatabase(path, { migrationsDir });
    const insert = before.prepare(`INSERT INTO postings (source_id, external_id, text, seen_at, last_seen_at, content_hash, meta)
      VALUES ('forum', ?, ?, 'x', 'x', ?, '{}')`);
    insert.run('1', 'base clients Médiprix', 'h1');
    before.close();

    const store = openStore(path);
    store.postings.insert({ sourceId: 'forum', externalId: '2', text: 'Médiprix again, fresh sample' }, 'h2', null);
    expect(store.console.search('mediprix', 10, 0).total).toBe(2);
    expect(store.console.search('clients', 10, 0).total).toBe(1);
    store.db.prepare("INSERT INTO postings_fts (postings_fts, rank) VALUES ('integrity-check', 1)").run();
    store.close();
  });

  it('rolls back a failing migration and leaves the database at the previous version', () => {
    const migrationsDir = join(dir, 'migrations');
    mkdirSync(migrationsDir);
    writeFileSync(join(migrationsDir, '001_first.sql'), 'CREATE TABLE a (x INTEGER);');
    const path = join(dir, 'leakwatch.db');
    openDatabase(path, { migrationsDir }).close();
    writeFileSync(join(migrationsDir, '002_broken.sql'), 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);');
    expect(() => openDatabase(path, { migrationsDir })).toThrow(StoreError);
    const raw = new Database(path);
    expect(raw.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 });
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    raw.close();
  });

  it('refuses a database written by a newer version, naming both versions', () => {
    const path = join(dir, 'leakwatch.db');
    const db = openDatabase(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    db.close();
    expect(() => openDatabase(path)).toThrow(/newer leakwatch \(schema version 999/);
  });

  it('gives a clear error for a file that is not a database', () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is a text file, not SQLite '.repeat(200));
    expect(() => openDatabase(path)).toThrow(/not a leakwatch database or is corrupt/);
  });

  it('gives a clear error when another process holds the write lock', () => {
    const path = join(dir, 'leakwatch.db');
    openDatabase(path).close();
    const holder = new Database(path);
    holder.pragma('busy_timeout = 0');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const migrationsDir = join(dir, 'migrations');
      mkdirSync(migrationsDir);
      for (const migration of readMigrations()) writeFileSync(join(migrationsDir, `${String(migration.version).padStart(3, '0')}_${migration.name}.sql`), migration.sql);
      writeFileSync(join(migrationsDir, '900_pending.sql'), 'CREATE TABLE pending (x INTEGER);');
      expect(() => openDatabase(path, { migrationsDir })).toThrow(/locked by another process/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20_000);
});
