// Worklist and case-page latency at national scale, on a PostgreSQL server. Seeds a scratch
// database with N applications (bench/worklists-seed.ts), then measures p50/p95/p99 of every
// worklist query (items and count, through the repository the app uses), of the case page's
// queries, and of a primary-key lookup on protection_case as the baseline, all in the same run.
// The aim is a p95 under 20 ms; any query that misses it is EXPLAINed (ANALYZE, BUFFERS).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:worklists
//   … -- --count 100000 --iterations 200 --warmup 20   # defaults: 1,000,000 / 200 / 20
//   … -- --keep            # leave koruma_bench_worklists behind; --reuse measures it again unseeded
import { COUNT_CAP } from '../src/modules/worklists/worklists.service.ts';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import {
  CompiledQuery,
  createQueryId,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type RootOperationNode,
} from 'kysely';
import pg from 'pg';
import { turkishToday } from '../src/core/use-case.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Database } from '../src/db/schema.ts';
import { WORKLISTS } from '../src/domain/procedure/worklists.ts';
import * as cases from '../src/modules/cases/cases.repository.ts';
import * as clocks from '../src/modules/cases/clocks.repository.ts';
import * as interviews from '../src/modules/cases/interviews.repository.ts';
import * as staff from '../src/modules/access/staff.repository.ts';
import { lettersOfCase } from '../src/modules/letters/letters.repository.ts';
import { worklistCount, worklistItems } from '../src/modules/worklists/worklists.repository.ts';
import { PROVINCE_POOL, seed } from './worklists-seed.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const COUNT = Number(values.count);
const ITERATIONS = Number(values.iterations);
const WARMUP = Number(values.warmup);
const AIM_MS = 20;
const PAGE = 50; // the first page of a worklist, as the staff app asks for it
const SCRATCH = 'koruma_bench_worklists';
for (const [name, n] of [
  ['count', COUNT],
  ['iterations', ITERATIONS],
  ['warmup', WARMUP],
] as const)
  if (!Number.isInteger(n) || n < (name === 'warmup' ? 0 : 1))
    throw new Error(`--${name} must be a whole number`);
// Persons get foreigner ID serials from 1,000,001 up to 9,999,999, about 1.9 per application.
if (COUNT > 4_000_000) throw new Error('--count above 4,000,000 runs out of foreigner ID numbers');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'bench:worklists measures a PostgreSQL server and will not run on the embedded PGlite engine\n' +
      '(a million applications in PGlite measure its worker thread, not the queries).\n' +
      'Set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:worklists',
  );
  process.exit(2);
}
const scratchUrl = new URL(url);
scratchUrl.pathname = `/${SCRATCH}`;
const today = turkishToday();
const admin = new pg.Client({ connectionString: url });
await admin.connect();

type Q = Kysely<Database>;
interface Pick {
  province: string;
  caseId: string;
  members: string[];
}
interface Probe {
  name: string;
  /** Several queries: timed as a whole, not EXPLAINed. */
  composite?: boolean;
  run: (db: Q, p: Pick) => Promise<unknown>;
}

/** The case page as cases.view.ts reads it: findCase, then the rest in parallel, then the removal guard. */
async function casePage(db: Q, id: string) {
  await db.transaction().execute(async (trx) => {
    const c = await cases.findCase(trx, id);
    const [members] = await Promise.all([
      cases.membersOfCase(trx, id),
      cases.eventsOfCase(trx, id),
      clocks.clocksOfCase(trx, id),
      interviews.interviewsOfCase(trx, id),
      lettersOfCase(trx, id),
      interviews.reportingChecks(trx, id),
      staff.userName(trx, c?.assigned_caseworker_id ?? null),
    ]);
    const all = await cases.casesOfPersons(
      trx,
      members.map((m) => m.person_id),
    );
    await Promise.all(all.map((other) => clocks.clocksOfCase(trx, other.id)));
  });
}

const PROBES: Probe[] = [
  {
    name: 'baseline: protection_case by id',
    run: (db, p) =>
      db.selectFrom('protection_case').selectAll().where('id', '=', p.caseId).executeTakeFirst(),
  },
  ...WORKLISTS.flatMap((list): Probe[] => [
    { name: `items ${list}`, run: (db, p) => worklistItems(db, list, p.province, today, PAGE, 0) },
    {
      name: `count ${list}`,
      run: (db, p) => worklistCount(db, list, p.province, today, COUNT_CAP),
    },
  ]),
  { name: 'case page (1 transaction)', composite: true, run: (db, p) => casePage(db, p.caseId) },
  { name: '  findCase', run: (db, p) => cases.findCase(db, p.caseId) },
  { name: '  membersOfCase', run: (db, p) => cases.membersOfCase(db, p.caseId) },
  { name: '  eventsOfCase', run: (db, p) => cases.eventsOfCase(db, p.caseId) },
  { name: '  clocksOfCase', run: (db, p) => clocks.clocksOfCase(db, p.caseId) },
  { name: '  interviewsOfCase', run: (db, p) => interviews.interviewsOfCase(db, p.caseId) },
  { name: '  lettersOfCase', run: (db, p) => lettersOfCase(db, p.caseId) },
  { name: '  reportingChecks', run: (db, p) => interviews.reportingChecks(db, p.caseId) },
  { name: '  casesOfPersons', run: (db, p) => cases.casesOfPersons(db, p.members) },
];
const SUMMARY = 'summary: the 13 counts (sum)';

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const percentile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;

/** Records the last query a Kysely instance ran, so it can be EXPLAINed exactly as it was sent. */
class LastQuery implements KyselyPlugin {
  node: RootOperationNode | undefined;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.node = args.node;
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs) {
    return Promise.resolve(args.result);
  }
}

async function explain(db: Q, probe: Probe, pick: Pick): Promise<string> {
  const last = new LastQuery();
  await probe.run(db.withPlugin(last), pick);
  const compiled = db.getExecutor().compileQuery(last.node!, createQueryId());
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': string }>(
    CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]),
  );
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** Drops the scratch database once our own pooled connections have gone (pool.end() does not wait for them). */
async function dropScratch() {
  for (let tries = 0; tries < 50; tries++) {
    const { rows } = await admin.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [SCRATCH],
    );
    if (rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await admin.query(`drop database if exists ${SCRATCH} with (force)`);
}

async function prepare() {
  if (values.reuse) {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [SCRATCH]);
    if (rowCount) return null;
  }
  await dropScratch();
  await admin.query(`create database ${SCRATCH}`);
  const db = await openDatabase({ databaseUrl: scratchUrl.toString() });
  await migrate(db);
  await db.close();
  const client = new pg.Client({ connectionString: scratchUrl.toString() });
  await client.connect();
  try {
    console.log(`Seeding ${COUNT.toLocaleString('en')} applications into ${SCRATCH} …`);
    return await seed(client, COUNT, today, (line) => console.log(line));
  } finally {
    await client.end();
  }
}

try {
  const seeded = await prepare();
  const db = await openDatabase({ databaseUrl: scratchUrl.toString() });
  try {
    const k = db.kysely;
    const { rows: server } = await admin.query<{ version: string; settings: string }>(
      `select split_part(version(), ' on ', 1) as version, string_agg(name || '=' || current_setting(name), ', ')
         as settings from pg_settings, version()
       where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit',
         'max_parallel_workers_per_gather') group by 1`,
    );
    const { rows: sizes } = await admin.query<{ size: string }>(
      'select pg_size_pretty(pg_database_size($1)) as size',
      [SCRATCH],
    );
    const caseCount = await k
      .selectFrom('protection_case')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { rows: tables } = await k.executeQuery<{ relname: string; n: number }>(
      CompiledQuery.raw(`select relname, reltuples::bigint as n from pg_class
        where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples > 1000 order by reltuples desc`),
    );
    const { rows: sample } = await k.executeQuery<{ id: string; members: string[] }>(
      CompiledQuery.raw(`select c.id, array(select m.person_id from case_member m where m.case_id = c.id) as members
        from (select id from protection_case order by random() limit 5000) c`),
    );
    const pick = (): Pick => {
      const c = sample[Math.floor(Math.random() * sample.length)]!;
      const province = PROVINCE_POOL[Math.floor(Math.random() * PROVINCE_POOL.length)]!;
      return { province, caseId: c.id, members: c.members };
    };
    const times = new Map<string, number[]>([
      ...PROBES.map((p) => [p.name, []] as [string, number[]]),
      [SUMMARY, []],
    ]);
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const p = pick();
      let counts = 0;
      for (const probe of shuffle([...PROBES])) {
        const t0 = performance.now();
        await probe.run(k, p);
        const ms = performance.now() - t0;
        if (probe.name.startsWith('count ')) counts += ms;
        if (i >= WARMUP) times.get(probe.name)!.push(ms);
      }
      if (i >= WARMUP) times.get(SUMMARY)!.push(counts);
    }

    console.log(
      `\nKoruma worklist benchmark — PostgreSQL server (${scratchUrl.host}), database ${SCRATCH}, ${new Date().toISOString()}`,
    );
    if (seeded)
      console.log(`Seeded ${COUNT.toLocaleString('en')} applications in ${seeded.seconds.toFixed(1)} s.`);
    console.log(
      `Database size ${sizes[0]!.size} (${Number(caseCount.n).toLocaleString('en')} cases); today ${today}; ` +
        `${ITERATIONS} iterations after ${WARMUP} warm-up, one random province per iteration (weighted like the data), ` +
        `every query once per iteration in random order, one at a time; first page of ${PAGE}, counts capped at ${COUNT_CAP}.`,
    );
    console.log(
      `${server[0]!.version} (${server[0]!.settings}); client and server share ${cpus().length} CPUs.`,
    );
    console.log(`Rows: ${tables.map((t) => `${t.relname} ${t.n.toLocaleString('en')}`).join(', ')}.`);
    console.log(
      'The case page runs as cases.view.ts does it: findCase, then 7 queries under Promise.all in one transaction\n' +
        '(one connection, so they queue one behind another), then casesOfPersons and clocksOfCase per case found;\n' +
        'the indented rows are the same queries timed one by one outside a transaction. Aim: p95 under 20 ms.\n',
    );
    const stats = [...times].map(([name, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      return {
        name,
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
      };
    });
    const base = stats[0]!.p95;
    const w = Math.max(...stats.map((s) => s.name.length));
    console.log(`${'query'.padEnd(w)} | p50 ms | p95 ms | p99 ms | p95/base | p95 < ${AIM_MS} ms`);
    for (const s of stats)
      console.log(
        [
          s.name.padEnd(w),
          s.p50.toFixed(2).padStart(6),
          s.p95.toFixed(2).padStart(6),
          s.p99.toFixed(2).padStart(6),
          (s.p95 / base).toFixed(1).padStart(8),
          s.name === SUMMARY ? '(a page of 13)' : s.p95 < AIM_MS ? 'meets' : 'MISSES',
        ].join(' | '),
      );

    const slow = PROBES.filter((p) => !p.composite && stats.find((s) => s.name === p.name)!.p95 >= AIM_MS);
    for (const probe of slow) {
      const p = { ...pick(), province: '34' }; // İstanbul, the largest directorate
      console.log(
        `\n--- EXPLAIN (ANALYZE, BUFFERS) ${probe.name.trim()} — province ${p.province}, case ${p.caseId}`,
      );
      console.log(await explain(k, probe, p));
    }
  } finally {
    await db.close();
  }
} finally {
  if (values.keep) console.log(`\nKept ${SCRATCH} (${scratchUrl.toString()}); --reuse measures it again.`);
  else await dropScratch();
  await admin.end();
}
