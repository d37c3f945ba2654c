// Allocations (admissions to a bed) per second through the HTTP API under 8 concurrent clients,
// next to the raw rate of single-row insert transactions into the same database in the same
// run. An admission is one transaction: the unit row locked FOR UPDATE, the person locked,
// scope, open-placement and unit-rule checks, the bed taken under the capacity check, the
// placement written, the waiting list closed, the audit entry chained. Two allocation rows:
// the 8 clients spread over 4 units (2 per unit), and all 8 into the same unit (every admission
// queues on that one unit lock). On PGlite every transaction includes the WAL fsync.
//
//   npm run bench:centres                            # embedded PGlite (file-backed, temp dir)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:centres
//   … -- --count 4000 --clients 8                    # admissions per row (default 1000), clients
//
// The persons admitted are written straight into the person table (registration is measured by
// bench/registration.ts, not here): adults, with foreigner ID numbers from the app's sequence.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { turkishToday } from '../src/core/use-case.ts';
import { type Db } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import type { NewPerson } from '../src/db/schema.ts';
import { foreignerIdFromSerial } from '../src/domain/foreigner-id.ts';
import { nameKeys, searchableText } from '../src/domain/names.ts';
import { buildApp } from '../src/app.ts';
import { ensureFirstAdministrator } from '../src/modules/access/users.service.ts';
import { scratchDatabase } from './scratch-database.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    clients: { type: 'string', default: '8' },
  },
});
const COUNT = Number(values.count);
const CLIENTS = Number(values.clients);
const PASSWORD = 'bench-admin-password';
const UNIT_CAPACITY = 5000; // the most a unit may hold (centres.schema.ts)
const WARMUP = 100;
const SPREAD_UNITS = ['Hall A', 'Hall B', 'Hall C', 'Hall D'];
const CONTENDED_UNIT = 'Hall E';
const WARMUP_UNIT = 'Warm-up';
if (!Number.isInteger(CLIENTS) || CLIENTS < 1) throw new Error('--clients must be a whole number');
// The contended row puts every admission into one unit, which holds at most UNIT_CAPACITY.
if (!Number.isInteger(COUNT) || COUNT < 1 || COUNT > UNIT_CAPACITY)
  throw new Error(`--count must be a whole number from 1 to ${UNIT_CAPACITY} (one unit's capacity)`);

const GIVEN = ['Ahmad', 'Fatima', 'Mohammad', 'Zahra', 'Ali', 'Maryam', 'Hassan', 'Leila', 'Reza', 'Sara'];
const SYLLABLES = ['ba', 'da', 'fa', 'ka', 'la', 'ma', 'na', 'ra', 'sa', 'ta', 'za', 'bo', 'ki', 'mu', 're'];
const NATIONALITIES = ['AFG', 'IRQ', 'IRN', 'SYR', 'SOM', 'PAK'];

/** A family name per index, distinct for every index below 15^4. */
function familyName(i: number): string {
  let s = '';
  for (let k = 0, n = i; k < 4; k++, n = Math.floor(n / SYLLABLES.length))
    s += SYLLABLES[n % SYLLABLES.length]!;
  return s[0]!.toUpperCase() + s.slice(1);
}

interface Measurement {
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  failures: Map<string, number>;
}

/** `count` operations shared by `concurrency` workers, each running its operations one after another. */
async function measure(
  concurrency: number,
  count: number,
  one: (i: number, client: number) => Promise<string | null>,
): Promise<Measurement> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        const failure = await one(i, client);
        latencies.push(performance.now() - t0);
        if (failure) failures.set(failure, (failures.get(failure) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { seconds, perSecond: count / seconds, p50: at(0.5), p95: at(0.95), failures };
}

const setUp = () => scratchDatabase('koruma_bench_centres');

/** Adults registered in province 34, inserted directly; returns their ids in insertion order. */
async function insertPersons(db: Db, count: number, adminId: string): Promise<string[]> {
  const ids: string[] = [];
  const { rows } = await sql<{ n: number }>`
    select nextval('foreigner_id_serial')::int as n from generate_series(1, ${count})`.execute(db.kysely);
  for (let from = 0; from < count; from += 500) {
    const batch = rows.slice(from, from + 500).map(({ n }, k): NewPerson => {
      const i = from + k;
      const given = GIVEN[i % GIVEN.length]!;
      const family = familyName(i);
      return {
        foreigner_id_number: foreignerIdFromSerial(n),
        given_name: given,
        family_name: family,
        sex: i % 2 ? 'male' : 'female',
        date_of_birth: `${1960 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        date_of_birth_precision: 'day',
        nationality: NATIONALITIES[i % NATIONALITIES.length]!,
        province_code: '34',
        registration_province_code: '34',
        entry_type: 'irregular',
        languages: ['fa'],
        fictional: true,
        name_keys: [...new Set([...nameKeys(given), ...nameKeys(family)])],
        search_text: searchableText([given, family]),
        registered_by: adminId,
      };
    });
    const inserted = await db.kysely.insertInto('person').values(batch).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

const { db, cleanup, label } = await setUp();
let closeApp = async () => {};
try {
  await migrate(db);
  await ensureFirstAdministrator(db, PASSWORD);
  await sql`create table bench_insert (id uuid primary key default gen_random_uuid(), payload text not null, at timestamptz not null default now())`.execute(
    db.kysely,
  );
  const { app } = await buildApp({ db, logLevel: 'silent', signIn: { requiredRoles: [] } });
  closeApp = () => app.close();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  const created = await fetch(`${base}/api/v1/centres`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      code: 'BENCH-IST',
      name: 'Bench reception centre',
      kind: 'reception',
      provinceCode: '34',
      operator: 'authority',
      units: [...SPREAD_UNITS, CONTENDED_UNIT, WARMUP_UNIT].map((name) => ({
        name,
        unitType: 'wing',
        capacity: UNIT_CAPACITY,
      })),
    }),
  });
  if (created.status !== 201) throw new Error(`create centre: ${created.status} ${await created.text()}`);
  const centre = (await created.json()) as { id: string; units: { id: string; name: string }[] };
  const unitId = (name: string) => centre.units.find((u) => u.name === name)!.id;

  const { id: adminId } = await db.kysely
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const t0 = performance.now();
  const persons = await insertPersons(db, WARMUP + 2 * COUNT, adminId);
  const seeding = (performance.now() - t0) / 1000;

  const today = turkishToday();
  const rawInsert = async (i: number) => {
    // An explicit transaction, as each admission is one (on PGlite this includes the WAL fsync).
    await db.kysely
      .transaction()
      .execute((trx) => sql`insert into bench_insert (payload) values (${`row ${i}`})`.execute(trx));
    return null;
  };
  /** Admits persons[offset + i] alone into the unit `unitOf` picks; returns null or what went wrong. */
  const admissions =
    (offset: number, unitOf: (client: number) => string) =>
    async (i: number, client: number): Promise<string | null> => {
      const res = await fetch(`${base}/api/v1/admissions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          unitId: unitOf(client),
          personIds: [persons[offset + i]!],
          admittedOn: today,
        }),
      });
      if (res.status === 201) {
        await res.arrayBuffer();
        return null;
      }
      const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
      return `${res.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim();
    };

  // Warm up both paths (JIT, caches, first pages) before measuring.
  await measure(4, WARMUP, rawInsert);
  const warm = await measure(
    4,
    WARMUP,
    admissions(0, () => unitId(WARMUP_UNIT)),
  );
  if (warm.failures.size)
    throw new Error(`warm-up admissions failed: ${[...warm.failures.keys()].join('; ')}`);

  const spreadIds = SPREAD_UNITS.map(unitId);
  const rows: [string, Measurement][] = [
    ['raw single-row insert transactions', await measure(CLIENTS, COUNT, rawInsert)],
    [
      `admissions, ${SPREAD_UNITS.length} units (client k → unit k mod ${SPREAD_UNITS.length})`,
      await measure(
        CLIENTS,
        COUNT,
        admissions(WARMUP, (client) => spreadIds[client % spreadIds.length]!),
      ),
    ],
    [
      'admissions, 1 unit (all clients)',
      await measure(
        CLIENTS,
        COUNT,
        admissions(WARMUP + COUNT, () => unitId(CONTENDED_UNIT)),
      ),
    ],
  ];

  // Not a timed assertion: a check that the counters the lock protects agree with the placements.
  const { rows: check } = await sql<{ name: string; occupied: number; open: number }>`
    select u.name, u.occupied, (select count(*)::int from placement p
      where p.unit_id = u.id and p.ended_on is null) as open
    from centre_unit u where u.centre_id = ${centre.id} order by u.name`.execute(db.kysely);

  console.log(
    `Koruma centres benchmark — ${label}, ${new Date().toISOString()}\n` +
      `${CLIENTS} concurrent clients, ${COUNT} operations per row, after ${WARMUP} of each to warm up; ` +
      `${persons.length} adults inserted directly in ${seeding.toFixed(1)} s; admittedOn ${today}.`,
  );
  const raw = rows[0]![1];
  const w = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `${'measurement'.padEnd(w)} | operations | seconds | ops/s | ÷ raw | p50 ms | p95 ms | failures`,
  );
  for (const [name, m] of rows) {
    const failed = [...m.failures.values()].reduce((a, b) => a + b, 0);
    console.log(
      [
        name.padEnd(w),
        String(COUNT).padStart(10),
        m.seconds.toFixed(2).padStart(7),
        m.perSecond.toFixed(0).padStart(5),
        (m.perSecond / raw.perSecond).toFixed(2).padStart(5),
        m.p50.toFixed(1).padStart(6),
        m.p95.toFixed(1).padStart(6),
        String(failed).padStart(8),
      ].join(' | '),
    );
  }
  for (const [name, m] of rows)
    for (const [failure, n] of m.failures) console.log(`  ${name}: ${n} × ${failure}`);
  console.log(
    `Units: ${check.map((u) => `${u.name} ${u.occupied}${u.occupied === u.open ? '' : ` (but ${u.open} open placements!)`}`).join(', ')}.`,
  );
} finally {
  await closeApp();
  await cleanup();
}
