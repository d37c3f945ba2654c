// One query per worklist, each shaped to be read in its order from one index range
// (migration 20261129100000), measured with bench/worklists.ts on 1,000,000 applications.
// Where an order cannot come from one index (vulnerability lives on the case, not on the
// document; "missed reporting" is two conditions), each part is read in order up to the page's
// end and the parts are merged.
import { sql, type Expression, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar.ts';
import { APPEAL_WINDOWS } from '../../domain/procedure/clocks.ts';
import { PENDING_STATES } from '../../domain/procedure/states.ts';
import type { LimitCode } from '../../domain/procedure/time-limits.ts';
import {
  IMPLICIT_WITHDRAWAL_STATES,
  MISSES_FOR_IMPLICIT_WITHDRAWAL,
  WORKLIST_DEFINITIONS,
  type Worklist,
} from '../../domain/procedure/worklists.ts';

type Q = Kysely<Database> | Transaction<Database>;

export interface WorklistRow {
  case_id: string;
  reference: string;
  state: string;
  procedure: string;
  vulnerable: boolean;
  due_on: string | null;
  code: string | null;
  flags: string[];
  person_id: string;
  given_name: string;
  family_name: string;
  foreigner_id_number: string;
  fictional: boolean;
  sort_id: string;
}

const WINDOW_CODES = Object.keys(APPEAL_WINDOWS) as LimitCode[];
// Literal, not a parameter: the planner must see it to use the partial index it defines.
const MISSES = sql.lit(MISSES_FOR_IMPLICIT_WITHDRAWAL);

function clockDefinition(list: Worklist) {
  const def = WORKLIST_DEFINITIONS[list];
  if (def.kind !== 'clock') throw new Error(`${list} is not a clock worklist`);
  return def;
}

/** The open clocks of a clock worklist, in index order; filters on the case as semi-joins. */
function clockClocks(db: Q, list: Worklist, province: string, today: string) {
  const def = clockDefinition(list);
  let q = db
    .selectFrom('case_clock as k')
    .where('k.province_code', '=', province)
    .where('k.worklist', '=', def.group)
    .where('k.closed_on', 'is', null);
  if (def.codes) q = q.where('k.code', 'in', [...def.codes]);
  if (def.when === 'overdue') q = q.where('k.last_day', '<', today);
  if (def.when === 'open') q = q.where('k.protective_last_day', '>=', today);
  if (def.states || def.delayNoticeOwed) {
    const states = def.states;
    const notice = def.delayNoticeOwed;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('protection_case as f')
          .select('f.id')
          .whereRef('f.id', '=', 'k.case_id')
          .$if(states !== undefined, (s) => s.where('f.state', 'in', [...(states ?? [])]))
          .$if(notice === true, (s) => s.where('f.delay_notice_served_on', 'is', null)),
      ),
    );
  }
  return q;
}

function clockItems(db: Q, list: Worklist, province: string, today: string) {
  return clockClocks(db, list, province, today)
    .innerJoin('protection_case as c', 'c.id', 'k.case_id')
    .innerJoin('person as p', 'p.id', 'c.principal_person_id')
    .select([
      'k.case_id',
      'c.reference',
      'c.state',
      'c.procedure',
      'k.vulnerable',
      'k.last_day as due_on',
      'k.code',
      'k.flags',
    ])
    .select(['p.id as person_id', 'p.given_name', 'p.family_name', 'p.foreigner_id_number', 'p.fictional'])
    .select(sql<string>`k.id::text`.as('sort_id'))
    .orderBy('k.vulnerable', 'desc')
    .orderBy('k.last_day')
    .orderBy('k.id');
}

type CaseList =
  'notifications_to_serve' | 'finalise' | 'implicit_withdrawal' | 'reporting_due' | 'reporting_missed_before';

/** The cases of a case worklist (or of one part of one), before the columns are chosen. */
function caseCases(db: Q, list: CaseList, province: string, today: string) {
  const q = db.selectFrom('protection_case as c').where('c.province_code', '=', province);
  switch (list) {
    case 'notifications_to_serve':
      return q.where('c.state', '=', 'decided');
    case 'finalise':
      return q
        .where('c.state', '=', 'notified')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('case_clock as w')
                .select('w.id')
                .whereRef('w.case_id', '=', 'c.id')
                .where('w.code', 'in', WINDOW_CODES)
                .where('w.closed_on', 'is', null)
                .where('w.protective_last_day', '>=', today),
            ),
          ),
        );
    case 'implicit_withdrawal':
      return q
        .where('c.state', 'in', [...IMPLICIT_WITHDRAWAL_STATES])
        .where(
          sql<boolean>`(c.missed_interviews_in_a_row >= ${MISSES} or c.missed_reporting_in_a_row >= ${MISSES})`,
        );
    case 'reporting_due':
      // A reporting day has passed with nothing recorded for it.
      return q.where('c.state', 'in', [...PENDING_STATES]).where('c.reporting_next_due', '<', today);
    case 'reporting_missed_before':
      // Missed last time, the next day still to come (a schedule always has a next day).
      return q
        .where('c.state', 'in', [...PENDING_STATES])
        .where(sql<boolean>`c.missed_reporting_in_a_row > ${sql.lit(0)}`)
        .where('c.reporting_next_due', '>=', today);
  }
}

const dueOf = (list: CaseList) => (list.startsWith('reporting') ? 'c.reporting_next_due' : 'c.last_event_on');

/** The rows of a case list, unordered (a small part, read whole and sorted with the others). */
function caseRows(db: Q, list: CaseList, province: string, today: string) {
  return caseCases(db, list, province, today)
    .innerJoin('person as p', 'p.id', 'c.principal_person_id')
    .select([
      'c.id as case_id',
      'c.reference',
      'c.state',
      'c.procedure',
      'c.vulnerable',
      `${dueOf(list)} as due_on`,
    ])
    .select([sql<string | null>`null`.as('code'), sql<string[]>`'{}'::text[]`.as('flags')])
    .select(['p.id as person_id', 'p.given_name', 'p.family_name', 'p.foreigner_id_number', 'p.fictional'])
    .select(sql<string>`c.id::text`.as('sort_id'));
}

function caseItems(db: Q, list: CaseList, province: string, today: string) {
  return caseRows(db, list, province, today)
    .orderBy('c.vulnerable', 'desc')
    .orderBy(dueOf(list))
    .orderBy('c.id');
}

function documentDocuments(db: Q, province: string, today: string) {
  const horizon = WORKLIST_DEFINITIONS.documents_expiring;
  if (horizon.kind !== 'document') throw new Error('documents_expiring is a document worklist');
  return db
    .selectFrom('identity_document as d')
    .innerJoin('case_member as m', (j) => j.onRef('m.person_id', '=', 'd.person_id').on('m.open', '=', true))
    .where('d.province_code', '=', province)
    .where('d.status', '=', 'valid')
    .where('d.expires_on', '<=', addDays(today, horizon.horizonDays));
}

function documentItems(db: Q, province: string, today: string, vulnerable: boolean) {
  return documentDocuments(db, province, today)
    .innerJoin('protection_case as c', 'c.id', 'm.case_id')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .where('c.vulnerable', '=', vulnerable)
    .select([
      'c.id as case_id',
      'c.reference',
      'c.state',
      'c.procedure',
      'c.vulnerable',
      'd.expires_on as due_on',
      'd.type as code',
    ])
    .select([sql<string[]>`'{}'::text[]`.as('flags')])
    .select(['p.id as person_id', 'p.given_name', 'p.family_name', 'p.foreigner_id_number', 'p.fictional'])
    .select(sql<string>`d.id::text`.as('sort_id'))
    .orderBy('d.expires_on')
    .orderBy('d.id');
}

/** Reads each part in order up to the end of the page, then merges them in the list's order. */
async function merged(
  db: Q,
  parts: readonly [Expression<WorklistRow>, Expression<WorklistRow>],
  limit: number,
  offset: number,
): Promise<WorklistRow[]> {
  const { rows } =
    await sql<WorklistRow>`select * from (${parts[0]}) a union all select * from (${parts[1]}) b
    order by vulnerable desc, due_on, sort_id limit ${limit} offset ${offset}`.execute(db);
  return rows;
}

export function worklistItems(
  db: Q,
  list: Worklist,
  province: string,
  today: string,
  limit: number,
  offset: number,
): Promise<WorklistRow[]> {
  const def = WORKLIST_DEFINITIONS[list];
  if (def.kind === 'clock')
    return clockItems(db, list, province, today).limit(limit).offset(offset).execute();
  const end = offset + limit;
  if (list === 'documents_expiring') {
    const part = (vulnerable: boolean) => documentItems(db, province, today, vulnerable).limit(end);
    return merged(db, [part(true), part(false)], limit, offset);
  }
  if (list === 'reporting_missed') {
    // The second part is small (missed once, next day ahead): read whole from its own index,
    // rather than walked in the first part's order, which the planner would otherwise choose.
    return merged(
      db,
      [
        caseItems(db, 'reporting_due', province, today).limit(end),
        caseRows(db, 'reporting_missed_before', province, today),
      ],
      limit,
      offset,
    );
  }
  return caseItems(db, list as CaseList, province, today)
    .limit(limit)
    .offset(offset)
    .execute();
}

/** How many items a list holds, counted up to `cap` from the narrowest rows that decide it. */
export async function worklistCount(
  db: Q,
  list: Worklist,
  province: string,
  today: string,
  cap: number,
): Promise<number> {
  const one = sql<number>`1`.as('one');
  const def = WORKLIST_DEFINITIONS[list];
  const cases = (which: CaseList): Expression<unknown> =>
    caseCases(db, which, province, today).select(one).limit(cap);
  const parts: Expression<unknown>[] =
    def.kind === 'clock'
      ? // In index order: a bare LIMIT tempts the planner into a sequential scan that is slow
        // wherever a province has few such clocks.
        [
          clockClocks(db, list, province, today)
            .orderBy('k.vulnerable', 'desc')
            .orderBy('k.last_day')
            .orderBy('k.id')
            .select(one)
            .limit(cap),
        ]
      : list === 'documents_expiring'
        ? [documentDocuments(db, province, today).select(one).limit(cap)]
        : list === 'reporting_missed'
          ? [cases('reporting_due'), cases('reporting_missed_before')]
          : [cases(list as CaseList)];
  let total = 0;
  for (const part of parts) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from (${part}) x`.execute(db);
    total += rows[0]?.n ?? 0;
  }
  return Math.min(total, cap);
}
