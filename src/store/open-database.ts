import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { StoreError } from '../config/errors.js';

export type Db = Database.Database;

const MIGRATIONS_DIR = fileURLToPath(new URL('../../db/migrations/', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered SQL files `NNN_name.sql`, in order. A duplicate number is a packaging bug. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file.slice(4, -4), sql: readFileSync(join(dir, file), 'utf8') }));
  migrations.forEach((migration, index) => {
    if (index > 0 && migrations[index - 1]!.version === migration.version) {
      throw new StoreError(`Two migration files in ${dir} share the number ${String(migration.version).padStart(3, '0')}: renumber one.`);
    }
  });
  return migrations;
}

export interface OpenDatabaseOptions {
  migrationsDir?: string;
  readonly?: boolean;
}

/**
 * Open (creating if needed) the SQLite file, set the pragmas leakwatch relies on and apply
 * pending migrations, each in a transaction. A database written by a newer leakwatch is
 * refused rather than silently misread.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, timeout: 5000 });
  } catch (error) {
    throw new StoreError(`Cannot open the database at ${path}: ${(error as Error).message}. Check the path and its permissions (setting DATABASE_PATH).`, { cause: error });
  }
  try {
    // Reading the header makes a non-database file fail here, with a message we control.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // A checkpoint (copying the write-ahead log into the file) every 10,000 pages instead of
    // SQLite's 1,000: bulk ingest rewrites the same index pages commit after commit, and copied
    // them once per 4 MB of log; the log now grows to about 40 MB between checkpoints.
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db, readMigrations(options.migrationsDir));
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw toStoreError(error, path);
  }
}

function toStoreError(error: unknown, path: string): StoreError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreError(`The file at ${path} is not a leakwatch database or is corrupt (${code}). Move it aside and start again, or point DATABASE_PATH at the right file.`, { cause: error });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new StoreError(`The database at ${path} is locked by another process (${code}). Stop the other leakwatch process or wait for it to finish.`, { cause: error });
  }
  return new StoreError(`Cannot use the database at ${path}: ${(error as Error).message}`, { cause: error });
}

function migrate(db: Db, migrations: Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version));
  const current = Math.max(0, ...applied);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new StoreError(`The database was written by a newer leakwatch (schema version ${current}; this one knows up to ${latest}). Upgrade leakwatch, or use another DATABASE_PATH.`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations.filter((candidate) => !applied.has(candidate.version))) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}
