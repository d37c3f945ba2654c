// 1,000 signed-in staff at once against `koruma serve --workers N` on a PostgreSQL server, on
// loopback: registration officers (desk searches, person pages, registrations, lodging and
// registering a case), caseworkers (worklists, case pages, interview steps on their own case)
// and centre staff (the centre board), each also reading public help pages, with think time
// (1 s + exponential, mean 1.5 s, at most 5 s). Prints requests per second and p50/p95/p99 per
// kind of request and the errors, next to `GET /api/v1/auth/me` (authentication and nothing
// else) measured by the same users in the same run, with the load average and where the CPU went.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:load -- --workers 2
//   … -- --users 1000 --ramp 20 --duration 60 --persons 500
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { ensureFirstAdministrator } from '../src/modules/access/users.service.ts';
import { hashPassword } from '../src/modules/access/passwords.ts';
import { hashToken } from '../src/modules/access/auth.service.ts';
import { seedDemo } from '../src/cli/seed.ts';
import { wireModules } from '../src/wiring.ts';
import { Recorder } from './load-report.ts';
import { person, Staff, turkishToday, type Role } from './load-staff.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1' },
    users: { type: 'string', default: '1000' },
    ramp: { type: 'string', default: '20' },
    duration: { type: 'string', default: '60' },
    persons: { type: 'string', default: '500' },
    port: { type: 'string', default: '31900' },
  },
});
const WORKERS = Number(values.workers);
const USERS = Math.min(5000, Number(values.users));
const RAMP_MS = Number(values.ramp) * 1000;
const DURATION_MS = Math.min(600, Number(values.duration)) * 1000;
const PERSONS = Math.min(20_000, Number(values.persons));
const PORT = Number(values.port);
const PASSWORD = 'load-admin-password';
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('bench:load runs against a PostgreSQL server: set DATABASE_URL');
  process.exit(1);
}

/** The share of the roles among the simulated staff. */
function roleOf(i: number): Role {
  const r = i % 20;
  return r < 9 ? 'registration_officer' : r < 16 ? 'protection_caseworker' : 'centre_staff';
}

let server: ReturnType<typeof spawn> | undefined;

async function run(dbName: string, dbUrl: string) {
  // The seeded database: the demo families, cases and centres, the portal's pages, and one user
  // with a live session per simulated member of staff (created in SQL: signing in 1,000 people
  // through the throttled, deliberately slow password check is not what is measured here).
  wireModules();
  const db = await openDatabase({ databaseUrl: dbUrl });
  await migrate(db);
  await ensureFirstAdministrator(db, PASSWORD);
  await seedDemo(db, () => undefined);
  const centre = await db.kysely
    .selectFrom('centre')
    .select('id')
    .where('code', '=', 'DEMO-YOZGAT-KBM')
    .executeTakeFirstOrThrow();
  const hash = await hashPassword(PASSWORD);
  const staff: Staff[] = [];
  const rows = Array.from({ length: USERS }, (_, i) => ({
    username: `load.${i}`,
    display_name: `Load ${i}`,
    role: roleOf(i),
    province_code: roleOf(i) === 'centre_staff' ? null : '34',
    centre_id: roleOf(i) === 'centre_staff' ? centre.id : null,
    password_hash: hash,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    const users = await db.kysely
      .insertInto('app_user')
      .values(rows.slice(i, i + 500))
      .returning(['id', 'role'])
      .execute();
    const tokens = users.map(() => randomBytes(32).toString('base64url'));
    await db.kysely
      .insertInto('auth_session')
      .values(
        users.map((u, k) => ({
          token_hash: hashToken(tokens[k]!),
          user_id: u.id,
          kind: 'bearer' as const,
          expires_at: new Date(Date.now() + 12 * 3600_000),
        })),
      )
      .execute();
    users.forEach((u, k) => staff.push(new Staff(u.role as Role, tokens[k]!, PORT, centre.id)));
  }
  await db.close();

  server = spawn('node', ['bin/koruma.js', 'serve', '--workers', String(WORKERS)], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      KORUMA_LOG_LEVEL: 'warn',
      KORUMA_ADMIN_PASSWORD: PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 120 s')), 120_000);
    server!.stdout!.on('data', (chunk: Buffer) => {
      if (/Koruma is running/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
  });

  // Each registration officer's desk holds people to find; each caseworker, a registered case.
  const registrars = staff.filter((s) => s.role === 'registration_officer');
  const caseworkers = staff.filter((s) => s.role === 'protection_caseworker');
  const people: { id: string; familyName: string }[] = [];
  await inParallel(16, PERSONS, async (i) => {
    const body = person();
    const res = await registrars[i % registrars.length]!.request('POST', '/api/v1/persons', body);
    if (res.status === 201) people.push({ id: (res.json as { id: string }).id, familyName: body.familyName });
  });
  await inParallel(16, caseworkers.length, async (i) => {
    const registrar = registrars[i % registrars.length]!;
    const p = await registrar.request('POST', '/api/v1/persons', person());
    const principalPersonId = (p.json as { id: string }).id;
    const lodged = await registrar.request('POST', '/api/v1/cases', {
      track: 'international_protection',
      lodgedOn: turkishToday(),
      lodgedVia: 'directorate',
      principalPersonId,
    });
    const c = lodged.json as { id: string; version: number };
    const registered = await registrar.request('POST', `/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      command: { action: 'register' },
    });
    caseworkers[i]!.ownCase = {
      id: c.id,
      version: (registered.json as { version: number }).version,
      state: 'registered',
    };
  });
  for (const s of staff) s.people = people;
  console.log(
    `seeded: ${USERS} staff with sessions, ${people.length} people at the desk, ` +
      `${caseworkers.filter((c) => c.ownCase).length} registered cases; ${WORKERS} worker(s)`,
  );

  const recorder = new Recorder();
  const t0 = performance.now();
  const measureFrom = t0 + RAMP_MS;
  const measureTo = measureFrom + DURATION_MS;
  const activity = sampleActivity(dbName, measureFrom, measureTo);
  const cpuBefore = { server: serverCpu(server.pid!), generator: process.cpuUsage() };
  let loadAtStart: number[] = [];
  setTimeout(() => (loadAtStart = loadavg()), RAMP_MS).unref();
  await Promise.all(
    staff.map(async (s, i) => {
      await sleep((i / staff.length) * RAMP_MS);
      // Bounded in time (the measured window) and in count.
      for (let n = 0; n < 10_000 && performance.now() < measureTo; n++) {
        const outcomes = await s.act();
        for (const o of outcomes)
          if (o.start >= measureFrom && o.start < measureTo) recorder.add(o.kind, o.ms, o.status);
        await sleep(thinkTime());
      }
    }),
  );
  const elapsed = DURATION_MS / 1000;
  const loadAtEnd = loadavg();
  recorder.print(elapsed);
  const serverSeconds = (serverCpu(server.pid!) - cpuBefore.server) / 100;
  const gen = process.cpuUsage(cpuBefore.generator);
  console.log(
    `\nload average (1 min) at start ${loadAtStart[0]?.toFixed(2)}, at end ${loadAtEnd[0]?.toFixed(2)} ` +
      `(5 min ${loadAtEnd[1]?.toFixed(2)}) on 2 CPUs shared with other work`,
  );
  console.log(
    `CPU over the whole run: koruma workers ${serverSeconds.toFixed(1)} s, ` +
      `this load generator ${((gen.user + gen.system) / 1e6).toFixed(1)} s, in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  const a = await activity;
  console.log(
    `PostgreSQL connections of this database, mean of ${a.samples} samples in the window: ` +
      Object.entries(a.mean)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', '),
  );
  console.log('lock waiters, mean per sample, by the last statement of the session they wait behind:');
  for (const [q, n] of Object.entries(a.behind)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5))
    console.log(`  ${n.toFixed(1)}  ${q}`);
}

function thinkTime(): number {
  return Math.min(5000, 1000 - 1500 * Math.log(1 - Math.random()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function inParallel(width: number, count: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** CPU time (clock ticks) of the supervisor's worker processes. */
function serverCpu(supervisorPid: number): number {
  let ticks = 0;
  const children = readFileSync(`/proc/${supervisorPid}/task/${supervisorPid}/children`, 'utf8')
    .split(' ')
    .filter(Boolean);
  for (const pid of [String(supervisorPid), ...children]) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      /* gone */
    }
  }
  return ticks;
}

/** Every 2 s in the window: this database's connections by state and what they wait for. */
async function sampleActivity(name: string, from: number, to: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sums: Record<string, number> = {};
  const blockedBehind: Record<string, number> = {};
  let samples = 0;
  try {
    await sleep(Math.max(0, from - performance.now()));
    for (let i = 0; i < 600 && performance.now() < to; i++) {
      const { rows } = await client.query<{ k: string; n: string }>(
        `select coalesce(state, '?') || coalesce(' waiting ' || wait_event_type || ':' || wait_event, '') as k,
                count(*) as n
           from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() group by 1`,
        [name],
      );
      for (const r of rows) sums[r.k] = (sums[r.k] ?? 0) + Number(r.n);
      // What the lock waiters wait behind: the last statement of the session blocking them.
      const blockers = await client.query<{ q: string; n: string }>(
        `select left(regexp_replace(b.query, '\\s+', ' ', 'g'), 60) as q, count(*) as n
           from pg_stat_activity w, unnest(pg_blocking_pids(w.pid)) as bp(pid)
           join pg_stat_activity b on b.pid = bp.pid
          where w.datname = $1 group by 1`,
        [name],
      );
      for (const r of blockers.rows) blockedBehind[r.q] = (blockedBehind[r.q] ?? 0) + Number(r.n);
      samples += 1;
      await sleep(2000);
    }
  } finally {
    await client.end();
  }
  const mean = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / Math.max(1, samples)]));
  const behind = Object.fromEntries(
    Object.entries(blockedBehind).map(([k, v]) => [k, v / Math.max(1, samples)]),
  );
  return { samples, mean, behind };
}

const dbName = `koruma_load_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(url), { pathname: `/${dbName}` }).toString();
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create database ${dbName}`);
try {
  await run(dbName, dbUrl);
} finally {
  server?.kill('SIGTERM');
  if (server) await new Promise((resolve) => server!.once('exit', resolve));
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}
