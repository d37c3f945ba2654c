// A throwaway database for one benchmark run, on the engine the run was started with: a fresh
// database on the PostgreSQL server of DATABASE_URL (dropped afterwards, once the server has
// seen every connection go), or an embedded PGlite in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db } from '../src/db/database.ts';

export interface Scratch {
  db: Db;
  label: string;
  cleanup: () => Promise<void>;
}

export async function scratchDatabase(prefix: string): Promise<Scratch> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `${prefix}_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: u.toString() });
    return {
      db,
      label: `PostgreSQL server (${u.host}, scratch database ${name})`,
      cleanup: async () => {
        await db.close();
        // pool.end() does not wait for the server to see its connections go.
        for (let tries = 0; tries < 50; tries++) {
          const { rows } = await admin.query<{ n: number }>(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
  const db = await openDatabase({ dataDir: dir });
  return {
    db,
    label: `embedded PGlite (${dir})`,
    cleanup: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
