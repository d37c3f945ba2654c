// Registrations per second through the HTTP API (validation, duplicate check, ID number,
// audit, one transaction each), at 1 and 8 concurrent clients, next to the raw rate of
// single-row insert transactions into the same database in the same run (on PGlite both
// include the WAL fsync that makes a commit durable, see src/db/wal-sync.ts).
//
//   npm run bench:registration                       # embedded PGlite (file-backed, temp dir)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:registration
//   … -- --count 2000                                # requests per measurement
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Db } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/app.ts';
import { ensureFirstAdministrator } from '../src/modules/access/users.service.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } });
const COUNT = Number(values.count);
const PASSWORD = 'bench-admin-password';

const GIVEN = [
  'Ahmad',
  'Fatima',
  'Mohammad',
  'Zahra',
  'Ali',
  'Maryam',
  'Hassan',
  'Leila',
  'Reza',
  'Sara',
  'Omar',
  'Amina',
  'Yusuf',
  'Nadia',
  'Karim',
  'Huda',
  'Jamal',
  'Soraya',
  'Bilal',
  'Rana',
];
const SYLLABLES = [
  'ba',
  'da',
  'fa',
  'ga',
  'ha',
  'ja',
  'ka',
  'la',
  'ma',
  'na',
  'pa',
  'ra',
  'sa',
  'ta',
  'va',
  'za',
  'bo',
  'ki',
  'mu',
  're',
  'si',
  'tu',
];
const NATIONALITIES = ['AFG', 'IRQ', 'IRN', 'SYR', 'SOM', 'PAK'];

function randomPerson(i: number) {
  const s = (k: number) => SYLLABLES[Math.floor(Math.random() * SYLLABLES.length + k) % SYLLABLES.length]!;
  const family = s(0) + s(1) + s(2) + s(3);
  return {
    givenName: GIVEN[i % GIVEN.length],
    familyName: family[0]!.toUpperCase() + family.slice(1),
    sex: i % 2 ? 'male' : 'female',
    dateOfBirth: `${1950 + Math.floor(Math.random() * 70)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`,
    nationality: NATIONALITIES[i % NATIONALITIES.length],
    provinceCode: '34',
    entryType: 'irregular',
    specificNeeds: i % 10 === 0 ? ['LFIP67-PREGNANT'] : [],
  };
}

interface Measurement {
  perSecond: number;
  p50: number;
  p95: number;
  failures: number;
}

async function measure(
  concurrency: number,
  count: number,
  one: (i: number) => Promise<boolean>,
): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        if (!(await one(i))) failures++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { perSecond: count / seconds, p50: at(0.5), p95: at(0.95), failures };
}

async function setUp(): Promise<{ db: Db; cleanup: () => Promise<void>; label: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `koruma_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: u.toString() });
    return {
      db,
      label: `PostgreSQL server (${new URL(url).host})`,
      cleanup: async () => {
        await db.close();
        await admin.query(`drop database ${name}`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'koruma-bench-'));
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

const { db, cleanup, label } = await setUp();
try {
  await migrate(db);
  await ensureFirstAdministrator(db, PASSWORD);
  await sql`create table bench_insert (id uuid primary key default gen_random_uuid(), payload text not null, at timestamptz not null default now())`.execute(
    db.kysely,
  );
  const { app } = await buildApp({ db, logLevel: 'silent', signIn: { requiredRoles: [] } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };

  const rawInsert = async (i: number) => {
    // An explicit transaction, as each registration is one (on PGlite this includes the WAL fsync).
    await db.kysely
      .transaction()
      .execute((trx) => sql`insert into bench_insert (payload) values (${`row ${i}`})`.execute(trx));
    return true;
  };
  const register = async (i: number) => {
    const res = await fetch(`${base}/api/v1/persons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(randomPerson(i)),
    });
    await res.arrayBuffer();
    return res.status === 201;
  };

  // Warm up both paths (JIT, caches, first pages) before measuring.
  await measure(4, 100, rawInsert);
  await measure(4, 100, register);

  console.log(
    `Koruma registration benchmark — ${label}, ${COUNT} operations per row, ${new Date().toISOString()}`,
  );
  console.log('clients | raw inserts/s | registrations/s | ratio | registration p50 ms | p95 ms | failures');
  for (const concurrency of [1, 8]) {
    const raw = await measure(concurrency, COUNT, rawInsert);
    const api = await measure(concurrency, COUNT, register);
    console.log(
      [
        String(concurrency).padStart(7),
        raw.perSecond.toFixed(0).padStart(13),
        api.perSecond.toFixed(0).padStart(15),
        (api.perSecond / raw.perSecond).toFixed(2).padStart(5),
        api.p50.toFixed(1).padStart(19),
        api.p95.toFixed(1).padStart(6),
        String(api.failures).padStart(8),
      ].join(' | '),
    );
  }
  await app.close();
} finally {
  await cleanup();
}
