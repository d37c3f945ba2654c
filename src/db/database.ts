// Opens the one database Koruma uses: embedded PGlite in a data directory by default,
// a PostgreSQL server when DATABASE_URL is set. Both speak the same SQL; both return
// dates as 'YYYY-MM-DD' strings and bigints as numbers so the code above never branches.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PgliteClient } from './pglite-client.ts';
import { PgliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';
import { WalSync } from './wal-sync.ts';

export type Engine = 'pglite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: Engine;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball (backups, test templates). */
  dumpPglite?: () => Promise<Blob>;
}

// The same type parsing on both engines (PGlite's is set in pglite-worker.js).
const PG_OID = { int8: 20, date: 1082 } as const;
const identity = (value: string) => value;

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` for a throwaway database. */
  dataDir?: string;
  /** PGlite only: start from a dumped data directory (tests copy a migrated template). */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? './data', options.loadDataDir);
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('connect', (client) => {
    client.setTypeParser(PG_OID.int8, Number);
    client.setTypeParser(PG_OID.date, identity);
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, engine: 'postgres', close: () => kysely.destroy() };
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Db> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PgliteClient.start(dataDir, loadDataDir);
  const walSync = dataDir.startsWith('memory://') ? undefined : WalSync.forDataDir(dataDir);
  const kysely = new Kysely<Database>({
    dialect: new PgliteDialect(pglite, walSync && (() => walSync.sync())),
  });
  return {
    kysely,
    engine: 'pglite',
    close: () => kysely.destroy(),
    // Dumped while holding the connection, so no transaction is half-way through.
    dumpPglite: () => kysely.connection().execute(() => pglite.dump('gzip')),
  };
}
