// SQL for removal decisions, their events and the Art. 55 protections.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RemovalDecisionRow, RemovalDecisionState, RemovalProtectionGround } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function nextRemovalSerial(db: Q): Promise<number> {
  const { rows } = await sql<{ n: string }>`select nextval('removal_serial') as n`.execute(db);
  return Number(rows[0]?.n);
}

export function insertRemoval(
  db: Q,
  row: Pick<
    RemovalDecisionRow,
    | 'reference'
    | 'person_id'
    | 'province_code'
    | 'grounds'
    | 'destination_country'
    | 'apprehended_at'
    | 'decided_on'
    | 'voluntary_departure_days'
    | 'created_by'
  >,
) {
  return db
    .insertInto('removal_decision')
    .values({ ...row, state: 'decided' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findRemoval(db: Q, id: string, lock = false) {
  let q = db.selectFrom('removal_decision').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateRemoval(
  db: Q,
  id: string,
  changes: Partial<Omit<RemovalDecisionRow, 'id' | 'version' | 'created_at'>>,
) {
  return db
    .updateTable('removal_decision')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export function insertEvent(
  db: Q,
  row: {
    removal_id: string;
    kind: string;
    occurred_on: string;
    details: Record<string, unknown>;
    actor_user_id: string | null;
  },
) {
  return db
    .insertInto('removal_event')
    .values({ ...row, details: JSON.stringify(row.details) })
    .execute();
}

export function eventsOf(db: Q, removalId: string) {
  return db
    .selectFrom('removal_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .select(['e.id', 'e.kind', 'e.occurred_on', 'e.details', 'e.recorded_at', 'u.display_name as actor'])
    .where('e.removal_id', '=', removalId)
    .orderBy('e.id')
    .execute();
}

export function openRemovalOf(db: Q, personId: string) {
  return db
    .selectFrom('removal_decision')
    .select(['id', 'reference'])
    .where('person_id', '=', personId)
    .where('state', 'not in', ['carried_out', 'annulled', 'cancelled'])
    .executeTakeFirst();
}

export function removalsOfPerson(db: Q, personId: string) {
  return db
    .selectFrom('removal_decision')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('decided_on', 'desc')
    .execute();
}

export function listRemovals(db: Q, provinceCode: string | null, states: RemovalDecisionState[]) {
  let q = db
    .selectFrom('removal_decision as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.reference',
      'r.person_id',
      'r.state',
      'r.decided_on',
      'r.appeal_protective_last_day',
      'r.voluntary_departure_until',
      'r.province_code',
      'p.given_name',
      'p.family_name',
      'p.fictional',
    ])
    .orderBy('r.decided_on', 'desc')
    .limit(200);
  if (provinceCode) q = q.where('r.province_code', '=', provinceCode);
  if (states.length) q = q.where('r.state', 'in', states);
  return q.execute();
}

/** The person row, locked: a removal, a new application and a new protection are serialised on it. */
/** Locks every protection case the person is a member of, so no status can change underneath. */
export function lockCasesOfPerson(db: Q, personId: string) {
  return db
    .selectFrom('protection_case as c')
    .innerJoin('case_member as m', 'm.case_id', 'c.id')
    .select('c.id')
    .where('m.person_id', '=', personId)
    .orderBy('c.id')
    .forUpdate('c')
    .execute();
}

export function protectionsOf(db: Q, personId: string) {
  return db
    .selectFrom('removal_protection as p')
    .leftJoin('app_user as u', 'u.id', 'p.recorded_by')
    .select([
      'p.id',
      'p.ground',
      'p.recorded_on',
      'p.until',
      'p.ended_on',
      'p.basis',
      'u.display_name as recorded_by_name',
    ])
    .where('p.person_id', '=', personId)
    .orderBy('p.recorded_on')
    .execute();
}

export function insertProtection(
  db: Q,
  row: {
    person_id: string;
    ground: RemovalProtectionGround;
    recorded_on: string;
    until: string | null;
    basis: string;
    recorded_by: string;
  },
) {
  return db.insertInto('removal_protection').values(row).returning('id').executeTakeFirstOrThrow();
}

export function findProtection(db: Q, id: string) {
  return db.selectFrom('removal_protection').selectAll().where('id', '=', id).executeTakeFirst();
}

export function endProtection(db: Q, id: string, endedOn: string) {
  return db.updateTable('removal_protection').set({ ended_on: endedOn }).where('id', '=', id).execute();
}

/** People whose removal was carried out and who have no entry recorded after it. */
export function removedWithoutReentry(db: Q, personIds: string[]) {
  return db
    .selectFrom('removal_decision as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'r.reference', 'r.carried_out_on'])
    .where('r.person_id', 'in', personIds)
    .where('r.state', '=', 'carried_out')
    .where((eb) =>
      eb.or([eb('p.entry_date', 'is', null), eb('p.entry_date', '<=', eb.ref('r.carried_out_on'))]),
    )
    .execute();
}

/** Removal decisions whose running appeal window or court deadline touches a year. */
export function openWindowsTouchingYear(db: Q, year: number) {
  return db
    .selectFrom('removal_decision')
    .select(['id', 'state', 'notified_on', 'appeal_lodged_on', 'appeal_last_day', 'appeal_decision_due'])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('state', '=', 'notified'),
          eb.or([
            eb(sql`extract(year from notified_on)`, '=', year),
            eb(sql`extract(year from appeal_protective_last_day)`, '=', year),
          ]),
        ]),
        eb.and([
          eb('state', '=', 'under_appeal'),
          eb.or([
            eb(sql`extract(year from appeal_lodged_on)`, '=', year),
            eb(sql`extract(year from appeal_decision_due)`, '=', year),
          ]),
        ]),
      ]),
    )
    .execute();
}
