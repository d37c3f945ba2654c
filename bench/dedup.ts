// Duplicate search at national scale: seeds a synthetic registry (bench/population.ts), then
// sends re-registrations of seeded people, spelled or dated otherwise in six ways, to
// POST /api/v1/persons/matches, and registers genuinely new people through POST /api/v1/persons.
// Prints recall@1 and @10, the false-duplicate rate and latencies, next to a primary-key GET of a
// person measured in the same run.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:dedup -- --persons 1000000
//       (creates and keeps the database koruma_bench_1m; --reuse measures it again without seeding)
//   npm run bench:dedup -- --persons 100000          # embedded PGlite in a temporary directory
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { openDatabase, type Db } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { foreignerIdFromSerial } from '../src/domain/foreigner-id.ts';
import { ensureFirstAdministrator } from '../src/modules/access/users.service.ts';
import { SEED_SERIAL, seedPopulation } from './dedup-seed.ts';
import { households, prng, registrationOf, type SyntheticPerson } from './population.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '100000' },
    probes: { type: 'string', default: '60' }, // per kind
    fresh: { type: 'string', default: '300' },
    database: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const PERSONS = Number(values.persons);
const PER_KIND = Number(values.probes);
const FRESH = Number(values.fresh);
const SEED = 20261204;
const PASSWORD = 'bench-admin-password';
const KINDS = [
  'transliteration',
  'typo',
  'swapped_names',
  'date_swap_or_year',
  'latin_father_other',
  'year_shifted',
] as const;
type Kind = (typeof KINDS)[number];

async function open(): Promise<{ db: Db; label: string; cleanup: () => Promise<void>; seeded: boolean }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name =
      values.database ??
      `koruma_bench_${PERSONS >= 1_000_000 ? `${PERSONS / 1_000_000}m` : `${PERSONS / 1000}k`}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
    if (exists && !values.reuse) throw new Error(`database ${name} exists: drop it, or pass --reuse`);
    if (!exists) await admin.query(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: u.toString() });
    return {
      db,
      seeded: exists,
      label: `PostgreSQL server, database ${name}`,
      cleanup: async () => {
        await db.close();
        if (!values.keep && !values.reuse) await admin.query(`drop database ${name}`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'koruma-dedup-'));
  const db = await openDatabase({ dataDir: dir });
  return {
    db,
    seeded: false,
    label: `embedded PGlite (${dir})`,
    cleanup: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function typo(word: string, r: () => number): string {
  const i = 1 + Math.floor(r() * Math.max(1, word.length - 2));
  const letters = 'abdefghiklmnorstuyz';
  const letter = letters[Math.floor(r() * letters.length)]!;
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + letter + word.slice(i + 1); // substitution
    case 1:
      return word.slice(0, i) + word.slice(i + 1); // deletion
    case 2:
      return word.slice(0, i) + letter + word.slice(i); // insertion
    default:
      return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1); // neighbours swapped
  }
}

const otherSpelling = (latin: readonly string[], used: number, r: () => number) =>
  latin.length < 2 ? latin[used]! : latin[(used + 1 + Math.floor(r() * (latin.length - 1))) % latin.length]!;

/** A re-registration of a seeded person as another office might write it, or null if it cannot be made. */
function reRegistration(p: SyntheticPerson, kind: Kind, r: () => number) {
  const base = registrationOf(p);
  const latinOnly = { ...base, givenNameOriginal: undefined, familyNameOriginal: undefined };
  switch (kind) {
    case 'transliteration':
      return {
        ...base,
        givenName: otherSpelling(p.given.latin, p.givenSpelling, r),
        familyName: otherSpelling(p.family.latin, p.familySpelling, r),
        fatherName: otherSpelling(p.father.latin, p.fatherSpelling, r),
      };
    case 'typo':
      return r() < 0.5
        ? { ...latinOnly, givenName: typo(base.givenName, r) }
        : { ...latinOnly, familyName: typo(base.familyName, r) };
    case 'swapped_names':
      return {
        ...base,
        givenName: base.familyName,
        familyName: base.givenName,
        givenNameOriginal: base.familyNameOriginal,
        familyNameOriginal: base.givenNameOriginal,
      };
    case 'date_swap_or_year': {
      if (!base.dateOfBirth) return null;
      const [y, m, d] = base.dateOfBirth.split('-').map(Number) as [number, number, number];
      if (base.dateOfBirthPrecision === 'day' && d <= 12 && d !== m)
        return { ...base, dateOfBirth: `${y}-${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}` };
      return { ...base, dateOfBirth: `${y + (r() < 0.5 ? -1 : 1)}${base.dateOfBirth.slice(4)}` };
    }
    case 'latin_father_other':
      return {
        ...latinOnly,
        givenName: otherSpelling(p.given.latin, p.givenSpelling, r),
        familyName: otherSpelling(p.family.latin, p.familySpelling, r),
        fatherName: otherSpelling(p.father.latin, p.fatherSpelling, r),
      };
    case 'year_shifted': {
      if (!base.dateOfBirth) return null;
      const year = Number(base.dateOfBirth.slice(0, 4)) + (r() < 0.5 ? -1 : 1);
      return { ...base, dateOfBirth: `${year}-01-01`, dateOfBirthPrecision: 'year' as const };
    }
  }
}

/** The fields of a registration that the duplicate search takes. */
function matchIdentity(b: ReturnType<typeof registrationOf>) {
  return {
    givenName: b.givenName,
    familyName: b.familyName,
    fatherName: b.fatherName,
    givenNameOriginal: b.givenNameOriginal,
    familyNameOriginal: b.familyNameOriginal,
    sex: b.sex,
    dateOfBirth: b.dateOfBirth,
    dateOfBirthPrecision: b.dateOfBirthPrecision,
    nationality: b.nationality,
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => x.toFixed(1);

const { db, label, cleanup, seeded } = await open();
try {
  await migrate(db);
  await ensureFirstAdministrator(db, PASSWORD);
  // Which seeded persons come back, chosen before seeding so that only they are kept in memory.
  const pick = prng(SEED + 1);
  const wanted = new Set<number>();
  while (wanted.size < Math.min(PERSONS, PER_KIND * KINDS.length * 2))
    wanted.add(Math.floor(pick() * PERSONS));
  const kept = new Map<number, SyntheticPerson>();
  const keep = (i: number, p: SyntheticPerson) => {
    if (wanted.has(i)) kept.set(i, p);
  };
  const { rows: present } = await sql<{ n: number }>`select count(*)::int as n from person`.execute(
    db.kysely,
  );
  if (seeded && present[0]!.n >= PERSONS) {
    let i = 0;
    for (const p of households(SEED, PERSONS)) keep(i++, p);
    console.log(`reusing ${present[0]!.n} persons`);
  } else {
    console.log(`seeding ${PERSONS} persons…`);
    await seedPopulation(db, PERSONS, SEED, keep);
  }

  const { app } = await buildApp({ db, logLevel: 'silent', signIn: { requiredRoles: [] } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const post = async (path: string, body: unknown) => {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    return { status: res.status, json, ms: performance.now() - t0 };
  };

  // Probes: PER_KIND of each kind, each from another seeded person.
  const r = prng(SEED + 2);
  const pool = [...kept.entries()];
  const probes: Array<{ kind: Kind; index: number; body: ReturnType<typeof registrationOf> }> = [];
  let next = 0;
  for (const kind of KINDS) {
    for (let made = 0; made < PER_KIND && next < pool.length; next++) {
      const [index, person] = pool[next]!;
      const body = reRegistration(person, kind, r);
      if (!body) continue;
      probes.push({ kind, index, body });
      made++;
    }
  }
  const { rows: idRows } = await sql<{
    id: string;
  }>`select id from person order by random() limit 200`.execute(db.kysely);

  // Warm-up: caches and the first plans.
  for (const p of probes.slice(0, 30))
    await post('/api/v1/persons/matches', {
      ...p.body,
      specificNeeds: undefined,
      provinceCode: undefined,
      entryType: undefined,
      limit: 10,
    });

  const matchMs: number[] = [];
  const getMs: number[] = [];
  const perKind = new Map<Kind, { n: number; at1: number; at10: number }>(
    KINDS.map((k) => [k, { n: 0, at1: 0, at10: 0 }]),
  );
  const misses: string[] = [];
  for (const [i, p] of probes.entries()) {
    const identity = matchIdentity(p.body);
    const res = await post('/api/v1/persons/matches', { ...identity, limit: 10 });
    if (res.status !== 200) throw new Error(`matches answered ${res.status}: ${JSON.stringify(res.json)}`);
    matchMs.push(res.ms);
    const expected = foreignerIdFromSerial(SEED_SERIAL + p.index);
    const rank = (res.json.candidates as any[]).findIndex((c) => c.summary.foreignerIdNumber === expected);
    const k = perKind.get(p.kind)!;
    k.n++;
    if (rank === 0) k.at1++;
    if (rank >= 0 && rank < 10) k.at10++;
    else if (misses.length < 12) misses.push(`${p.kind}: ${JSON.stringify(identity)}`);
    // A primary-key read of a person, interleaved, measured the same way.
    const t0 = performance.now();
    const got = await fetch(`${base}/api/v1/persons/${idRows[i % idRows.length]!.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await got.arrayBuffer();
    getMs.push(performance.now() - t0);
  }

  // Genuinely new people (another seed): registered for real; a 409 is a false duplicate.
  let refused = 0;
  let refusedSameNameAndDate = 0;
  const refusedExamples: string[] = [];
  const registerMs: number[] = [];
  // Seeded by the registry's size, so that a rerun on a kept database meets people it has not registered yet.
  const { rows: sizeNow } = await sql<{ n: number }>`select count(*)::int as n from person`.execute(
    db.kysely,
  );
  for (const person of households(SEED + 3 + sizeNow[0]!.n, FRESH)) {
    const body = registrationOf(person);
    const res = await post('/api/v1/persons', body);
    registerMs.push(res.ms);
    if (res.status === 409) {
      refused++;
      if (refusedExamples.length < 8)
        refusedExamples.push(
          `${JSON.stringify(matchIdentity(body))} ~ ${JSON.stringify(res.json.candidates?.[0])}`,
        );
      const top = res.json.candidates?.[0]?.summary;
      if (
        top &&
        top.givenName === body.givenName &&
        top.familyName === body.familyName &&
        top.dateOfBirth === body.dateOfBirth
      )
        refusedSameNameAndDate++;
    } else if (res.status !== 201)
      throw new Error(`registration answered ${res.status}: ${JSON.stringify(res.json)}`);
  }

  await app.close();
  matchMs.sort((a, b) => a - b);
  getMs.sort((a, b) => a - b);
  registerMs.sort((a, b) => a - b);
  const total = [...perKind.values()].reduce(
    (s, k) => ({ n: s.n + k.n, at1: s.at1 + k.at1, at10: s.at10 + k.at10 }),
    { n: 0, at1: 0, at10: 0 },
  );
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(
    `\nKoruma duplicate-search benchmark — ${label}, ${PERSONS} persons, ${new Date().toISOString()}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log('kind                 | probes | recall@1 | recall@10');
  for (const [kind, k] of perKind)
    console.log(
      `${kind.padEnd(20)} | ${String(k.n).padStart(6)} | ${pct(k.at1, k.n).padStart(8)} | ${pct(k.at10, k.n).padStart(9)}`,
    );
  console.log(
    `${'all'.padEnd(20)} | ${String(total.n).padStart(6)} | ${pct(total.at1, total.n).padStart(8)} | ${pct(total.at10, total.n).padStart(9)}`,
  );
  console.log(
    `POST /persons/matches ms: p50 ${ms(quantile(matchMs, 0.5))} p95 ${ms(quantile(matchMs, 0.95))} p99 ${ms(quantile(matchMs, 0.99))}`,
  );
  console.log(
    `GET /persons/:id (primary key) ms, same run: p50 ${ms(quantile(getMs, 0.5))} p95 ${ms(quantile(getMs, 0.95))} p99 ${ms(quantile(getMs, 0.99))}`,
  );
  console.log(
    `new people registered: ${FRESH}, refused as POSSIBLE_DUPLICATE: ${refused} (${pct(refused, FRESH)}), of which same names and date of birth as the top candidate: ${refusedSameNameAndDate}`,
  );
  console.log(
    `POST /persons (new people) ms: p50 ${ms(quantile(registerMs, 0.5))} p95 ${ms(quantile(registerMs, 0.95))} p99 ${ms(quantile(registerMs, 0.99))}`,
  );
  if (misses.length) console.log(`some misses:\n  ${misses.join('\n  ')}`);
  if (refusedExamples.length) console.log(`some new people refused:\n  ${refusedExamples.join('\n  ')}`);
} finally {
  await cleanup();
}
