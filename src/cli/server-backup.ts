// `koruma backup` / `koruma restore` on a PostgreSQL server: pg_dump's custom format, taken in
// one snapshot that this process exports, so the audit head printed with the backup is exactly
// the one inside it; restored with pg_restore into an empty database in one transaction, then
// the audit chain is verified end to end. This is administration of the engine (as migrate.ts
// is), so it speaks SQL to the catalog directly rather than through a module.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export class BackupError extends Error {}

/** The URL without its password, which goes to the tools through PGPASSWORD instead of argv. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
  return Math.floor(Number(rows[0]!.v) / 10_000);
}

/**
 * Finds `tool` (pg_dump or pg_restore) of a version that can work with this server: in
 * KORUMA_PG_BIN when set, else in Debian's /usr/lib/postgresql/<major>/bin, else on PATH.
 */
export async function findTool(
  tool: 'pg_dump' | 'pg_restore',
  major: number,
  pgBin: string | undefined,
): Promise<string> {
  const candidates = pgBin
    ? [join(pgBin, tool)]
    : [join('/usr/lib/postgresql', String(major), 'bin', tool), tool];
  for (const path of candidates) {
    if (path.includes('/') && !existsSync(path)) continue;
    const version = await run(path, ['--version']).then(
      ({ stdout }) => stdout,
      () => null,
    );
    if (version === null) continue;
    const found = Number(/\)\s*(\d+)/.exec(version)?.[1] ?? /(\d+)\.\d+/.exec(version)?.[1]);
    if (found >= major) return path;
    throw new BackupError(
      `${path} is PostgreSQL ${found}'s ${tool}, older than the server (PostgreSQL ${major}), ` +
        `and cannot read it. Install the client tools of PostgreSQL ${major} or newer ` +
        `(Debian: apt-get install postgresql-client-${major}) and point KORUMA_PG_BIN at their bin directory.`,
    );
  }
  throw new BackupError(
    `${tool} not found (looked in ${candidates.join(', ')}). Install the client tools of PostgreSQL ` +
      `${major} (Debian: apt-get install postgresql-client-${major}) or set KORUMA_PG_BIN to their bin directory.`,
  );
}

export interface ServerBackup {
  bytes: number;
  auditHead: { seq: number; hash: string } | null;
}

/** Writes `file` (custom format) from one exported snapshot, and the audit head in that snapshot. */
export async function backupServer(url: string, file: string, pgBin?: string): Promise<ServerBackup> {
  return withClient(url, async (client) => {
    const pgDump = await findTool('pg_dump', await serverMajor(client), pgBin);
    await client.query('begin isolation level repeatable read read only');
    try {
      const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
      const head = await client.query<{ seq: string; hash: string }>(
        'select seq::text, hash from audit_head limit 1',
      );
      const { dbname, env } = connection(url);
      await run(
        pgDump,
        ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, `--file=${file}`, `--dbname=${dbname}`],
        { env, maxBuffer: 16 * 1024 * 1024 },
      ).catch((error: Error & { stderr?: string }) => {
        throw new BackupError(`pg_dump failed: ${error.stderr?.trim() || error.message}`);
      });
      const h = head.rows[0];
      return { bytes: statSync(file).size, auditHead: h ? { seq: Number(h.seq), hash: h.hash } : null };
    } finally {
      await client.query('rollback');
    }
  });
}

/** Restores `file` into the (empty) database of `url` in one transaction. */
export async function restoreServer(url: string, file: string, pgBin?: string): Promise<true> {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  return withClient(url, async (client) => {
    const tables = await client.query<{ n: string }>(
      `select count(*)::text as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    if (Number(tables.rows[0]!.n) > 0)
      throw new BackupError(
        `the database of DATABASE_URL already holds ${tables.rows[0]!.n} table(s); restore into a new, ` +
          `empty database (createdb <name>) and point DATABASE_URL at it`,
      );
    const pgRestore = await findTool('pg_restore', await serverMajor(client), pgBin);
    const { dbname, env } = connection(url);
    await run(
      pgRestore,
      [
        '--single-transaction',
        '--exit-on-error',
        '--no-owner',
        '--no-privileges',
        `--dbname=${dbname}`,
        file,
      ],
      { env, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: Error & { stderr?: string }) => {
      throw new BackupError(`pg_restore failed, nothing restored: ${error.stderr?.trim() || error.message}`);
    });
    return true as const;
  });
}
