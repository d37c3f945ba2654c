// Forward-only, plain-SQL migrations. Files are named <timestamp>_<what>.sql and applied in
// order, each in its own transaction, under an advisory lock so two starting processes
// cannot apply the same migration twice.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_LOCK = 72_616_001;

export interface MigrationFile {
  version: string;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((file) => /^\d{14}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: file.slice(0, 14),
      name: file.slice(15, -4),
      sql: readFileSync(new URL(file, `file://${dir}`), 'utf8'),
    }));
}

export async function migrate(db: Db, onApplied?: (m: MigrationFile) => void): Promise<string[]> {
  const applied: string[] = [];
  await db.kysely.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        version text primary key, name text not null, applied_at timestamptz not null default now())`.execute(
        conn,
      );
      const done = new Set(
        (await sql<{ version: string }>`select version from schema_migration`.execute(conn)).rows.map(
          (r) => r.version,
        ),
      );
      for (const migration of listMigrations()) {
        if (done.has(migration.version)) continue;
        await conn.transaction().execute(async (trx) => {
          await sql.raw(migration.sql).execute(trx);
          await sql`insert into schema_migration (version, name) values (${migration.version}, ${migration.name})`.execute(
            trx,
          );
        });
        applied.push(migration.version);
        onApplied?.(migration);
      }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return applied;
}
