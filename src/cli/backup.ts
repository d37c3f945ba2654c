// `koruma backup <file>` and `koruma restore <file>` on either engine. The embedded database is
// dumped as a tarball of its data directory (server stopped); a PostgreSQL server through
// pg_dump / pg_restore (server-backup.ts). After a restore the schema is brought up to date and
// the audit chain is verified from its first event to the head: a backup that does not hold an
// intact trail is reported as such (exit code 2), not silently put into service.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../config/env.ts';
import { verifyAuditChain } from '../core/audit-trail.ts';
import { openDatabase, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../server.ts';
import { backupServer, BackupError, restoreServer } from './server-backup.ts';

type Log = (line: string) => void;

export async function backupCommand(env: Env, file: string | undefined, log: Log = console.log) {
  if (!file) {
    console.error('backup needs a file name, e.g. koruma backup koruma-2026-11-29.dump');
    return 1;
  }
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    const written = await guarded(() => backupServer(url, file, env.KORUMA_PG_BIN));
    if (!written) return 1;
    const head = written.auditHead ? `#${written.auditHead.seq} ${written.auditHead.hash}` : 'none';
    log(`wrote ${file} (${(written.bytes / 1e6).toFixed(1)} MB, pg_dump custom format); audit head ${head}`);
    return 0;
  }
  const db = await openConfiguredDatabase(env);
  try {
    await migrate(db);
    const blob = await db.dumpPglite!();
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    log(`wrote ${file} (${(blob.size / 1e6).toFixed(1)} MB)`);
    return 0;
  } finally {
    await db.close();
  }
}

export async function restoreCommand(env: Env, file: string | undefined, log: Log = console.log) {
  if (!file) {
    console.error(
      'restore <file> needs a backup: into the empty database of DATABASE_URL, or else into a new KORUMA_DATA_DIR',
    );
    return 1;
  }
  let db: Db;
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    if ((await guarded(() => restoreServer(url, file, env.KORUMA_PG_BIN))) === undefined) return 1;
    db = await openConfiguredDatabase(env);
  } else {
    if (existsSync(join(env.KORUMA_DATA_DIR, 'PG_VERSION'))) {
      console.error(`${env.KORUMA_DATA_DIR} already holds a database; move it away first`);
      return 1;
    }
    db = await openDatabase({ dataDir: env.KORUMA_DATA_DIR, loadDataDir: new Blob([readFileSync(file)]) });
  }
  try {
    await migrate(db);
    const where = env.DATABASE_URL ? 'the database of DATABASE_URL' : env.KORUMA_DATA_DIR;
    log(`restored ${file} into ${where}`);
    const verified = await verifyAuditChain(db.kysely);
    if (!verified.ok) {
      console.error(
        `AUDIT TRAIL BROKEN in the restored database after ${verified.checked} good events: ` +
          JSON.stringify(verified.problem),
      );
      return 2;
    }
    log(`audit trail intact: ${verified.checked} events, head #${verified.headSeq} ${verified.headHash}`);
    return 0;
  } finally {
    await db.close();
  }
}

/** Runs `work`, printing a BackupError's words instead of a stack; undefined when it failed so. */
async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return undefined;
  }
}
