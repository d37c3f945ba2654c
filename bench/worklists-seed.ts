// Seeds a scratch database for bench/worklists.ts with N applications in a few set-based
// statements: staging tables built from generate_series (worklists-cases.sql.ts), then one
// INSERT … SELECT per table of the schema (worklists-tables.sql.ts). Indexes that back no
// constraint are dropped first and rebuilt from their own definitions afterwards (the schema
// ends up exactly as migrated), and foreign-key triggers are skipped for the session
// (session_replication_role = replica): the staging rows are consistent by construction.
import type pg from 'pg';
import { TIME_LIMIT_RULES } from '../src/domain/procedure/time-limits.ts';
import { nameKeys, searchableText } from '../src/domain/names.ts';
import { PROVINCES } from '../src/domain/reference/provinces.ts';
import type { Lang } from '../src/domain/reference/labels.ts';
import type { Decision } from '../src/domain/procedure/states.ts';
import { renderLetter } from '../src/modules/letters/letters.service.ts';
import { bulkCasesSql } from './worklists-cases.sql.ts';
import { tableSteps } from './worklists-tables.sql.ts';

// Where applicants are registered: the metropolitan and border provinces and the satellite
// cities carry most of the load; every other province has a little (weight 4).
const PROVINCE_WEIGHT: Readonly<Record<string, number>> = Object.fromEntries(
  (
    '34:170 06:70 27:60 35:55 42:45 38:40 31:35 63:35 01:30 33:30 16:30 65:25 26:20 07:15 41:15 46:15 55:15 ' +
    '03:15 21:12 44:12 10:10 20:10 32:8 40:8 50:8 51:8 66:8 58:8 19:8 05:6 60:6'
  )
    .split(' ')
    .map((pair) => [pair.slice(0, 2), Number(pair.slice(3))]),
);

/** Province codes, each repeated by its weight: a uniform pick from it is a weighted pick. */
export const PROVINCE_POOL: readonly string[] = PROVINCES.flatMap((p) =>
  Array<string>(PROVINCE_WEIGHT[p.code] ?? 4).fill(p.code),
);

const MALE = (
  'Ahmad Mohammad Ali Hassan Hussein Reza Omar Yusuf Karim Jamal Bilal Abdullah Mustafa Hamid Farid Javad ' +
  'Mahmoud Said Nasir Zakaria Abdirahman Ibrahim Sardar Rahim'
).split(' ');
const FEMALE = (
  'Fatima Zahra Maryam Leila Sara Amina Nadia Huda Soraya Rana Zainab Masoumeh Parisa Halima Khadija Farah ' +
  'Shirin Noor Hawa Marwa Nargis Roya Samira Ayesha'
).split(' ');
const SYLLABLES =
  'ba da fa ga ha ja ka la ma na ra sa ta za bo ki mu re si tu sha kh gh del zad nur ahm ri'.split(' ');

/** A small deterministic generator (mulberry32), so every run has the same family names. */
function generator(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nameRows(): { kind: string; idx: number; name: string; keys: string; folded: string }[] {
  const random = generator(2026);
  const families = new Set<string>();
  while (families.size < 4000) {
    const n = 2 + Math.floor(random() * 3);
    const s = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!).join('');
    families.add(s[0]!.toUpperCase() + s.slice(1) + (random() < 0.2 ? 'i' : ''));
  }
  const rows = (kind: string, names: readonly string[]) =>
    names.map((name, idx) => ({
      kind,
      idx,
      name,
      keys: nameKeys(name).join(' '),
      folded: searchableText([name]),
    }));
  return [...rows('m', MALE), ...rows('f', FEMALE), ...rows('family', [...families])];
}

const DECISIONS: readonly Decision[] = [
  'rejected',
  'inadmissible',
  'conditional_refugee',
  'subsidiary_protection',
  'refugee',
];
const LANGS: readonly Lang[] = ['tr', 'en', 'ar', 'fa'];

const REASONS = 'The statements were examined against country-of-origin information (LFIP Art. 78). ';

/** Each letter the app would write, with placeholders the SQL fills in per case. */
function letterRows(): { language: string; decision: string; html: string }[] {
  return LANGS.flatMap((language) =>
    DECISIONS.map((decision) => {
      const negative = decision === 'rejected' || decision === 'inadmissible';
      const html = renderLetter(language, {
        reference: '@@REF@@',
        servedOn: '2026-11-02',
        decision,
        reasons: REASONS.repeat(4),
        applicant: { name: '@@NAME@@', idNumber: '@@ID@@' },
        members: [],
        remedies: negative
          ? [
              { code: 'T9-appeal', ruleId: 'T9a-2014', lastDay: '2026-11-12', flags: [] },
              { code: 'T10', ruleId: 'T10-2014', lastDay: '2026-12-02', flags: [] },
            ]
          : [],
      });
      return { language, decision, html };
    }),
  );
}

const SEEDED_TABLES = (
  'person person_specific_need protection_case case_member case_event case_clock interview reporting_check ' +
  'decision_letter identity_document'
).split(' ');

export interface SeedReport {
  seconds: number;
  steps: { label: string; seconds: number }[];
}

export async function seed(client: pg.Client, count: number, today: string, log: (s: string) => void) {
  const steps: SeedReport['steps'] = [];
  const started = performance.now();
  const step = async (label: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    const seconds = (performance.now() - t0) / 1000;
    steps.push({ label, seconds });
    log(`  seed ${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s`);
  };
  const exec = (text: string, values?: unknown[]) => client.query(text, values);

  await exec(`set jit = off; set synchronous_commit = off; set work_mem = '256MB'; set maintenance_work_mem = '1GB';
    set session_replication_role = replica; select setseed(0.2026)`);
  await step('reference tables', async () => {
    const names = nameRows();
    await exec(
      `create unlogged table bench_name as
      select kind, idx, name, string_to_array(k, ' ') as keys, folded
      from unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[]) as n(kind, idx, name, k, folded)`,
      [
        names.map((n) => n.kind),
        names.map((n) => n.idx),
        names.map((n) => n.name),
        names.map((n) => n.keys),
        names.map((n) => n.folded),
      ],
    );
    const rules = TIME_LIMIT_RULES.filter((r) => r.effectiveTo === null);
    await exec(
      `create unlogged table bench_rule as
      select * from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[]) as r(code, rule_id, amount, unit, protective)`,
      [
        rules.map((r) => r.code),
        rules.map((r) => r.id),
        rules.map((r) => r.amount),
        rules.map((r) => r.unit),
        rules.map((r) => r.protectiveAmount ?? r.amount),
      ],
    );
    const letters = letterRows();
    await exec(
      `create unlogged table bench_letter as
      select * from unnest($1::text[], $2::text[], $3::text[]) as l(language, decision, html)`,
      [letters.map((l) => l.language), letters.map((l) => l.decision), letters.map((l) => l.html)],
    );
  });
  const { rows: indexes } = await exec(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i join pg_class t on t.oid = i.indrelid
     where t.relname = any($1) and t.relnamespace = 'public'::regnamespace
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [SEEDED_TABLES],
  );
  await step(`drop ${indexes.length} indexes`, () =>
    exec(indexes.map((i) => `drop index ${i.name};`).join('\n')),
  );
  await step('cases (staging)', () => exec(bulkCasesSql(count, today, PROVINCE_POOL)));
  for (const s of tableSteps(today)) await step(s.label, () => exec(s.sql));
  await step(`rebuild ${indexes.length} indexes`, async () => {
    for (const i of indexes) await exec(i.def);
  });
  await exec(`select setval(pg_get_serial_sequence('case_event', 'id'), ${count * 8});
    select setval('case_serial', ${count});
    drop table bench_case, bench_member, bench_name, bench_rule, bench_letter;
    reset session_replication_role`);
  // The ANALYZE, with the visibility map a settled database has (index-only scans need it).
  await step('vacuum analyze', () => exec('vacuum (analyze)'));
  return { seconds: (performance.now() - started) / 1000, steps } satisfies SeedReport;
}
