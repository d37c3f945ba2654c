// `koruma backup` / `koruma restore` on a PostgreSQL server, as an operator runs them: a seeded
// database is dumped, restored into a fresh one, and every table holds the same number of rows,
// with the same audit head, verified end to end. The embedded database's round trip is in
// cli.test.ts.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNameIn } from './support/global-setup.ts';

const run = promisify(execFile);
const url = process.env.DATABASE_URL;
const suffix = randomBytes(4).toString('hex');
const source = `koruma_backup_${suffix}`;
const target = `koruma_restored_${suffix}`;
const dir = mkdtempSync(join(tmpdir(), 'koruma-backup-'));
const file = join(dir, 'koruma.dump');
let admin: pg.Client;

const koruma = (database: string, args: string[], extra: NodeJS.ProcessEnv = {}) =>
  run('node', ['bin/koruma.js', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: databaseNameIn(url!, database),
      KORUMA_LOG_LEVEL: 'silent',
      ...extra,
    },
    timeout: 120_000,
  });

/** Rows in every table of the database, by table name; and its audit head. */
async function snapshot(database: string) {
  const client = new pg.Client({ connectionString: databaseNameIn(url!, database) });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables
        where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows)
      counts[name] = Number(
        (await client.query<{ n: string }>(`select count(*) as n from ${name}`)).rows[0]!.n,
      );
    const head = (await client.query<{ seq: string; hash: string }>('select seq, hash from audit_head')).rows;
    return { counts, head };
  } finally {
    await client.end();
  }
}

describe.skipIf(!url)('backup and restore of a PostgreSQL server (pg_dump custom format)', () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${source}`);
    await admin.query(`create database ${target}`);
    await koruma(source, [
      'users',
      'add',
      'admin',
      '--role',
      'administrator',
      '--password',
      'backup-admin-pw-1',
    ]);
    await koruma(source, ['seed', '--demo']);
  }, 240_000);

  afterAll(async () => {
    await admin.query(`drop database if exists ${source} with (force)`);
    await admin.query(`drop database if exists ${target} with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores into a fresh database with every row and the same audit head, verified', async () => {
    const backup = await koruma(source, ['backup', file]);
    const printed = /audit head #(\d+) ([0-9a-f]{64})/.exec(backup.stdout);
    expect(printed, backup.stdout).not.toBeNull();
    const before = await snapshot(source);
    expect(before.head).toEqual([{ seq: printed![1], hash: printed![2] }]);
    expect(before.counts['public.person']).toBeGreaterThan(0);
    expect(before.counts['public.audit_event']).toBe(Number(printed![1]));

    const restored = await koruma(target, ['restore', file]);
    expect(restored.stdout).toMatch(
      new RegExp(`audit trail intact: ${printed![1]} events, head #${printed![1]} ${printed![2]}`),
    );
    const after = await snapshot(target);
    expect(after.counts).toEqual(before.counts);
    expect(after.head).toEqual(before.head);
  }, 240_000);

  it('refuses to restore over a database that holds tables, and leaves it as it was', async () => {
    const before = await snapshot(target);
    await expect(koruma(target, ['restore', file])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/already holds \d+ table\(s\); restore into a new, empty database/),
    });
    expect(await snapshot(target)).toEqual(before);
  }, 120_000);

  it('says what to install when pg_dump is missing or older than the server', async () => {
    await expect(
      koruma(source, ['backup', join(dir, 'never.dump')], { KORUMA_PG_BIN: join(dir, 'no-such-dir') }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/pg_dump not found .*Install the client tools of PostgreSQL \d+/),
    });
    // A pg_dump that answers as version 9.6, as an old client package would.
    const old = mkdtempSync(join(dir, 'old-'));
    writeFileSync(join(old, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
    chmodSync(join(old, 'pg_dump'), 0o755);
    await expect(
      koruma(source, ['backup', join(dir, 'never.dump')], { KORUMA_PG_BIN: old }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/PostgreSQL 9's pg_dump, older than the server \(PostgreSQL \d+\)/),
    });
  }, 120_000);
});
