import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { CaseEventRow, Database, ProtectionCaseRow, ProtectionCaseTable } from '../../db/schema.ts';

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

export function setCaseVulnerability(db: Q, caseIds: string[], vulnerable: boolean) {
  if (caseIds.length === 0) return Promise.resolve();
  return Promise.all([
    db.updateTable('protection_case').set({ vulnerable }).where('id', 'in', caseIds).execute(),
    db.updateTable('case_clock').set({ vulnerable }).where('case_id', 'in', caseIds).execute(),
  ]);
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
    .select(['m.person_id', 'c.id', 'c.track', 'c.state', 'c.reference', 'c.lodged_on'])
    .where('m.person_id', 'in', personIds)
    .execute();
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
