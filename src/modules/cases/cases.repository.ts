import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type {
  CaseClockRow,
  CaseEventRow,
  Database,
  InterviewRow,
  ProtectionCaseRow,
  ProtectionCaseTable,
} from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function nextCaseSerial(db: Q): Promise<number> {
  const { rows } = await sql<{ n: number }>`select nextval('case_serial')::int as n`.execute(db);
  return rows[0]!.n;
}

export function insertCase(db: Q, row: Insertable<ProtectionCaseTable>) {
  return db.insertInto('protection_case').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertMembers(
  db: Q,
  rows: {
    case_id: string;
    person_id: string;
    role: 'principal' | 'accompanying';
    relationship: string;
    consent_given_on: string | null;
    consent_document: string | null;
  }[],
) {
  return db.insertInto('case_member').values(rows).execute();
}

/** Members of `personIds` already in an open case, with that case's reference. */
export function openMemberships(db: Q, personIds: string[]) {
  return db
    .selectFrom('case_member as m')
    .innerJoin('protection_case as c', 'c.id', 'm.case_id')
    .select(['m.person_id', 'c.reference'])
    .where('m.person_id', 'in', personIds)
    .where('m.open', '=', true)
    .execute();
}

export function closeMemberships(db: Q, caseId: string) {
  return db.updateTable('case_member').set({ open: false }).where('case_id', '=', caseId).execute();
}

export function findCase(db: Q, id: string, lock = false): Promise<ProtectionCaseRow | undefined> {
  let q = db.selectFrom('protection_case').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateCase(db: Q, id: string, patch: Updateable<ProtectionCaseTable>) {
  return db
    .updateTable('protection_case')
    .set({ ...patch, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertEvent(
  db: Q,
  e: {
    caseId: string;
    action: string;
    occurredOn: string;
    actorUserId: string | null;
    stateBefore: string | null;
    stateAfter: string;
    details: Record<string, unknown>;
    correctsEventId?: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('case_event')
    .values({
      case_id: e.caseId,
      action: e.action,
      occurred_on: e.occurredOn,
      actor_user_id: e.actorUserId,
      state_before: e.stateBefore,
      state_after: e.stateAfter,
      details: JSON.stringify(e.details),
      corrects_event_id: e.correctsEventId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findEvent(db: Q, caseId: string, eventId: number) {
  return db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

export function eventsOfCase(
  db: Q,
  caseId: string,
): Promise<(CaseEventRow & { actor_username: string | null })[]> {
  return db
    .selectFrom('case_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .selectAll('e')
    .select('u.username as actor_username')
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
}

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

export function setCaseVulnerability(db: Q, caseIds: string[], vulnerable: boolean) {
  if (caseIds.length === 0) return Promise.resolve();
  return Promise.all([
    db.updateTable('protection_case').set({ vulnerable }).where('id', 'in', caseIds).execute(),
    db.updateTable('case_clock').set({ vulnerable }).where('case_id', 'in', caseIds).execute(),
  ]);
}

export function moveClocksToProvince(db: Q, caseId: string, provinceCode: string) {
  return db
    .updateTable('case_clock')
    .set({ province_code: provinceCode })
    .where('case_id', '=', caseId)
    .execute();
}

export function membersOfCase(db: Q, caseId: string) {
  return db
    .selectFrom('case_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select([
      'm.person_id',
      'm.role',
      'm.relationship',
      'm.consent_given_on',
      'm.consent_document',
      'p.foreigner_id_number',
      'p.given_name',
      'p.family_name',
      'p.given_name_original',
      'p.family_name_original',
      'p.date_of_birth',
      'p.date_of_birth_precision',
      'p.sex',
      'p.nationality',
      'p.languages',
      'p.fictional',
    ])
    .where('m.case_id', '=', caseId)
    .orderBy(sql`m.role = 'principal'`, 'desc')
    .orderBy('p.date_of_birth')
    .execute();
}

/** Whether any of these persons has a current LFIP Art. 67 special need. */
export async function anyHasSpecialNeeds(db: Q, personIds: string[]): Promise<boolean> {
  const row = await db
    .selectFrom('person_specific_need')
    .select('id')
    .where('person_id', 'in', personIds)
    .where('removed_at', 'is', null)
    .where('code', 'like', 'LFIP67-%')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Open cases a person is a member of (to refresh their vulnerability when needs change). */
export async function openCasesOfPerson(
  db: Q,
  personId: string,
): Promise<{ id: string; members: string[] }[]> {
  const rows = await db
    .selectFrom('case_member as m')
    .innerJoin('case_member as all_m', 'all_m.case_id', 'm.case_id')
    .select(['m.case_id', 'all_m.person_id'])
    .where('m.person_id', '=', personId)
    .where('m.open', '=', true)
    .execute();
  const byCase = new Map<string, string[]>();
  for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r.person_id]);
  return [...byCase].map(([id, members]) => ({ id, members }));
}

/** Every case of the persons (open or closed), for the removal guard. */
export function casesOfPersons(db: Q, personIds: string[]) {
  return db
    .selectFrom('case_member as m')
    .innerJoin('protection_case as c', 'c.id', 'm.case_id')
    .select(['m.person_id', 'c.id', 'c.track', 'c.state', 'c.reference'])
    .where('m.person_id', 'in', personIds)
    .execute();
}

export function interviewsOfCase(db: Q, caseId: string): Promise<InterviewRow[]> {
  return db
    .selectFrom('interview')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('scheduled_at')
    .execute();
}

export function scheduledInterview(db: Q, caseId: string) {
  return db
    .selectFrom('interview')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
}

export function insertInterview(
  db: Q,
  i: Pick<InterviewRow, 'case_id' | 'location' | 'interpreter_language' | 'attendees'> & {
    scheduled_at: string;
  },
) {
  return db
    .insertInto('interview')
    .values({ ...i, status: 'scheduled' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateInterview(
  db: Q,
  id: string,
  patch: Partial<Pick<InterviewRow, 'status' | 'held_on' | 'record' | 'interviewer_id'>>,
) {
  return db.updateTable('interview').set(patch).where('id', '=', id).execute();
}

export function supersedeScheduledInterviews(db: Q, caseId: string) {
  return db
    .updateTable('interview')
    .set({ status: 'superseded' })
    .where('case_id', '=', caseId)
    .where('status', '=', 'scheduled')
    .execute();
}

export function insertReportingCheck(
  db: Q,
  r: { case_id: string; due_on: string; attended: boolean; recorded_by: string | null },
) {
  return db
    .insertInto('reporting_check')
    .values(r)
    .onConflict((oc) => oc.columns(['case_id', 'due_on']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function reportingChecks(db: Q, caseId: string) {
  return db
    .selectFrom('reporting_check')
    .select(['due_on', 'attended', 'recorded_at'])
    .where('case_id', '=', caseId)
    .orderBy('due_on', 'desc')
    .limit(24)
    .execute();
}

export function userInProvince(db: Q, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'role', 'province_code', 'display_name', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function userName(db: Q, userId: string | null) {
  if (!userId) return Promise.resolve(undefined);
  return db.selectFrom('app_user').select(['id', 'display_name']).where('id', '=', userId).executeTakeFirst();
}

export function casesOfPerson(db: Q, personId: string) {
  return db
    .selectFrom('case_member as m')
    .innerJoin('protection_case as c', 'c.id', 'm.case_id')
    .select([
      'c.id',
      'c.reference',
      'c.track',
      'c.state',
      'c.lodged_on',
      'c.province_code',
      'c.lodged_province_code',
    ])
    .where('m.person_id', '=', personId)
    .orderBy('c.lodged_on', 'desc')
    .execute();
}

/** After a person's special needs change: their open cases move up or down every worklist. */
export async function refreshVulnerabilityOf(db: Q, personId: string): Promise<void> {
  for (const c of await openCasesOfPerson(db, personId)) {
    await setCaseVulnerability(db, [c.id], await anyHasSpecialNeeds(db, c.members));
  }
}

export function activeCaseworkersOf(db: Q, provinceCode: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('role', '=', 'protection_caseworker')
    .where('province_code', '=', provinceCode)
    .where('active', '=', true)
    .orderBy('display_name')
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
