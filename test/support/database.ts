// A fresh, migrated database for one test file, on the engine the run was started with.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { databaseNameIn } from './global-setup.ts';

export async function openTestDatabase(): Promise<{ db: Db; dispose: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `koruma_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    const db = await openDatabase({ databaseUrl: databaseNameIn(url, name) });
    return {
      db,
      dispose: async () => {
        await db.close();
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      },
    };
  }
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const db = await openDatabase({ dataDir: 'memory://', loadDataDir: template });
  return { db, dispose: () => db.close() };
}
