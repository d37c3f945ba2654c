// Registrations per second through the HTTP API (validation, duplicate check, ID number,
// audit, one transaction each), at 1 and 8 concurrent clients, next to the raw rate of
// single-row insert transactions into the same database in the same run (on PGlite both
// include the WAL fsync that makes a commit durable, see src/db/wal-sync.ts).
//
//   npm run bench:registration                       # embedded PGlite (file-backed, temp dir)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:registration
//   … -- --count 2000                                # requests per measurement
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:registration -- --database koruma_bench_1m
//                                                    # against a populated registry (seed it with bench:dedup --keep)
// People come from the synthetic population of bench/population.ts (another seed than the
// registry's), so the duplicate check meets realistic name blocks. On the server it also counts
// the SQL statements (round trips, BEGIN and COMMIT included) per registration.
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Db } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/app.ts';
import { ensureFirstAdministrator } from '../src/modules/access/users.service.ts';
import { households, registrationOf } from './population.ts';
import { scratchDatabase } from './scratch-database.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, database: { type: 'string' } },
});
const COUNT = Number(values.count);
const PASSWORD = 'bench-admin-password';

// Enough new people for every measurement, from a seed the populated registry was not made with.
const people = [...households(777, COUNT * 2 + 500)].map(registrationOf);
const randomPerson = (i: number) => people[i % people.length]!;

// Statements sent to the server (pg's Client.query is the one way Kysely's pg driver sends SQL).
let statements = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with each client as this
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

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
  if (url && values.database) {
    const u = new URL(url);
    u.pathname = `/${values.database}`;
    const db = await openDatabase({ databaseUrl: u.toString() });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from person`.execute(db.kysely);
    return {
      db,
      label: `PostgreSQL server (${u.host}), database ${values.database} with ${rows[0]!.n} persons`,
      cleanup: async () => {
        await sql`drop table if exists bench_insert`.execute(db.kysely);
        await db.close();
      },
    };
  }
  return scratchDatabase('koruma_bench_registration');
}

const { db, cleanup, label } = await setUp();
try {
  await migrate(db);
  await ensureFirstAdministrator(db, PASSWORD);
  await sql`drop table if exists bench_insert`.execute(db.kysely);
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
    if (res.status === 409) refused++;
    return res.status === 201;
  };
  let refused = 0;

  // Warm up both paths (JIT, caches, first pages) before measuring.
  await measure(4, 100, rawInsert);
  await measure(4, 100, (i) => register(COUNT * 2 + i));

  console.log(
    `Koruma registration benchmark — ${label}, ${COUNT} operations per row, ${new Date().toISOString()}`,
  );
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (2 CPUs, shared)`,
  );
  console.log(
    'clients | raw inserts/s | registrations/s | ratio | registration p50 ms | p95 ms | failures (of which POSSIBLE_DUPLICATE) | statements per registration',
  );
  let offset = 0;
  for (const concurrency of [1, 8]) {
    const raw = await measure(concurrency, COUNT, rawInsert);
    refused = 0;
    const before = statements;
    const start = offset;
    const api = await measure(concurrency, COUNT, (i) => register(start + i));
    offset += COUNT;
    const perRegistration = (statements - before) / COUNT;
    console.log(
      [
        String(concurrency).padStart(7),
        raw.perSecond.toFixed(0).padStart(13),
        api.perSecond.toFixed(0).padStart(15),
        (api.perSecond / raw.perSecond).toFixed(2).padStart(5),
        api.p50.toFixed(1).padStart(19),
        api.p95.toFixed(1).padStart(6),
        `${api.failures} (${refused})`.padStart(8),
        process.env.DATABASE_URL ? perRegistration.toFixed(1) : 'n/a',
      ].join(' | '),
    );
  }
  await app.close();
} finally {
  await cleanup();
}
