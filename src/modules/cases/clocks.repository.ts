// SQL for the time limits of cases: each clock, its last day and when it closed.
import type { Kysely, Transaction } from 'kysely';
import type { CaseClockRow, Database } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function clocksOfCase(db: Q, caseId: string): Promise<CaseClockRow[]> {
  return db.selectFrom('case_clock').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

export function insertClock(
  db: Q,
  c: Omit<CaseClockRow, 'id' | 'closed_on' | 'closed_by_event_id'>,
): Promise<unknown> {
  return db.insertInto('case_clock').values(c).execute();
}

export function updateClockDeadline(
  db: Q,
  id: number,
  d: Pick<
    CaseClockRow,
    'rule_id' | 'started_on' | 'nominal_last_day' | 'last_day' | 'protective_last_day' | 'flags'
  >,
) {
  return db.updateTable('case_clock').set(d).where('id', '=', id).execute();
}

export function closeClocks(
  db: Q,
  caseId: string,
  codes: readonly CaseClockRow['code'][] | 'all',
  on: string,
  eventId: number,
) {
  let q = db
    .updateTable('case_clock')
    .set({ closed_on: on, closed_by_event_id: eventId })
    .where('case_id', '=', caseId)
    .where('closed_on', 'is', null);
  if (codes !== 'all') {
    if (codes.length === 0) return Promise.resolve();
    q = q.where('code', 'in', [...codes]);
  }
  return q.execute();
}

export function moveClocksToProvince(db: Q, caseId: string, provinceCode: string) {
  return db
    .updateTable('case_clock')
    .set({ province_code: provinceCode })
    .where('case_id', '=', caseId)
    .execute();
}

/** Open clocks whose period touches the given year: their last day may move. */
export function openClocksTouchingYear(db: Q, year: number) {
  return db
    .selectFrom('case_clock')
    .select(['id', 'code', 'started_on', 'last_day'])
    .where('closed_on', 'is', null)
    .where('protective_last_day', '>=', `${year}-01-01`)
    .where('started_on', '<=', `${year}-12-31`)
    .execute();
}
