// One query per worklist, each shaped to run as a range scan of one index
// (case_clock_worklist, protection_case_state, identity_document_expiring) at national scale.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar.ts';
import { APPEAL_WINDOWS } from '../../domain/procedure/clocks.ts';
import { PENDING_STATES } from '../../domain/procedure/states.ts';
import {
  IMPLICIT_WITHDRAWAL_STATES,
  MISSES_FOR_IMPLICIT_WITHDRAWAL,
  WORKLIST_DEFINITIONS,
  type Worklist,
} from '../../domain/procedure/worklists.ts';
import type { LimitCode } from '../../domain/procedure/time-limits.ts';

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
}

const WINDOW_CODES = Object.keys(APPEAL_WINDOWS) as LimitCode[];

function clockQuery(db: Q, list: Worklist, province: string, today: string) {
  const def = WORKLIST_DEFINITIONS[list];
  if (def.kind !== 'clock') throw new Error(`${list} is not a clock worklist`);
  let q = db
    .selectFrom('case_clock as k')
    .innerJoin('protection_case as c', 'c.id', 'k.case_id')
    .innerJoin('person as p', 'p.id', 'c.principal_person_id')
    .where('k.province_code', '=', province)
    .where('k.code', 'in', [...def.codes])
    .where('k.closed_on', 'is', null);
  if (def.when === 'overdue') q = q.where('k.last_day', '<', today);
  if (def.when === 'open') q = q.where('k.protective_last_day', '>=', today);
  if (def.states) q = q.where('c.state', 'in', [...def.states]);
  if (def.delayNoticeOwed) q = q.where('c.delay_notice_served_on', 'is', null);
  return q
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
    .orderBy('k.vulnerable', 'desc')
    .orderBy('k.last_day')
    .orderBy('k.id');
}

function caseQuery(db: Q, list: Worklist, province: string, today: string) {
  let q = db
    .selectFrom('protection_case as c')
    .innerJoin('person as p', 'p.id', 'c.principal_person_id')
    .where('c.province_code', '=', province);
  let due: 'c.last_event_on' | 'c.reporting_next_due' = 'c.last_event_on';
  switch (list) {
    case 'notifications_to_serve':
      q = q.where('c.state', '=', 'decided');
      break;
    case 'finalise':
      q = q
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
      break;
    case 'reporting_missed':
      due = 'c.reporting_next_due';
      q = q
        .where('c.state', 'in', [...PENDING_STATES])
        .where((eb) =>
          eb.or([eb('c.reporting_next_due', '<', today), eb('c.missed_reporting_in_a_row', '>', 0)]),
        );
      break;
    case 'implicit_withdrawal':
      q = q
        .where('c.state', 'in', [...IMPLICIT_WITHDRAWAL_STATES])
        .where((eb) =>
          eb.or([
            eb('c.missed_interviews_in_a_row', '>=', MISSES_FOR_IMPLICIT_WITHDRAWAL),
            eb('c.missed_reporting_in_a_row', '>=', MISSES_FOR_IMPLICIT_WITHDRAWAL),
          ]),
        );
      break;
    case 'interviews_to_schedule':
    case 'interviews_overdue':
    case 'decisions_due':
    case 'delay_notices':
    case 'hq_notifications':
    case 'appeal_windows':
    case 'appeal_decisions':
    case 'satellite_arrivals':
    case 'documents_expiring':
      throw new Error(`${list} is not a case worklist`);
  }
  return q
    .select(['c.id as case_id', 'c.reference', 'c.state', 'c.procedure', 'c.vulnerable', `${due} as due_on`])
    .select([sql<string | null>`null`.as('code'), sql<string[]>`'{}'::text[]`.as('flags')])
    .select(['p.id as person_id', 'p.given_name', 'p.family_name', 'p.foreigner_id_number', 'p.fictional'])
    .orderBy('c.vulnerable', 'desc')
    .orderBy(due)
    .orderBy('c.id');
}

function documentQuery(db: Q, province: string, today: string, horizonDays: number) {
  return db
    .selectFrom('identity_document as d')
    .innerJoin('case_member as m', (j) => j.onRef('m.person_id', '=', 'd.person_id').on('m.open', '=', true))
    .innerJoin('protection_case as c', 'c.id', 'm.case_id')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .where('d.province_code', '=', province)
    .where('d.status', '=', 'valid')
    .where('d.expires_on', '<=', addDays(today, horizonDays))
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
    .orderBy('c.vulnerable', 'desc')
    .orderBy('d.expires_on')
    .orderBy('d.id');
}

function query(db: Q, list: Worklist, province: string, today: string) {
  const def = WORKLIST_DEFINITIONS[list];
  if (def.kind === 'clock') return clockQuery(db, list, province, today);
  if (def.kind === 'document') return documentQuery(db, province, today, def.horizonDays);
  return caseQuery(db, list, province, today);
}

export function worklistItems(
  db: Q,
  list: Worklist,
  province: string,
  today: string,
  limit: number,
  offset: number,
): Promise<WorklistRow[]> {
  return query(db, list, province, today).limit(limit).offset(offset).execute();
}

/** How many items a list holds, counted up to `cap` (a count beyond that helps nobody). */
export async function worklistCount(
  db: Q,
  list: Worklist,
  province: string,
  today: string,
  cap: number,
): Promise<number> {
  const inner = query(db, list, province, today)
    .clearSelect()
    .clearOrderBy()
    .select(sql`1`.as('one'))
    .limit(cap);
  const row = await db
    .selectFrom(inner.as('x'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
