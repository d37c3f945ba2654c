// SQL for placements (beds), absences and the accommodation waiting list.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, PlacementEndReason } from '../../db/schema.ts';
import { UNACCOMPANIED_CHILD_CODES } from '../../domain/centres/unit-rules.ts';

type Q = Kysely<Database> | Transaction<Database>;

/** Locks the people being placed, always in the same order so that two placements never deadlock. */
export function unaccompaniedChildren(db: Q, personIds: string[]) {
  return db
    .selectFrom('person_specific_need')
    .select('person_id')
    .where('person_id', 'in', personIds)
    .where('removed_at', 'is', null)
    .where('code', 'in', [...UNACCOMPANIED_CHILD_CODES])
    .execute();
}

export function openPlacementsOf(db: Q, personIds: string[]) {
  return db
    .selectFrom('placement as p')
    .innerJoin('centre as c', 'c.id', 'p.centre_id')
    .select([
      'p.id',
      'p.person_id',
      'p.unit_id',
      'p.centre_id',
      'p.admission_id',
      'p.started_on',
      'c.province_code',
      'c.name as centre_name',
    ])
    .where('p.person_id', 'in', personIds)
    .where('p.ended_on', 'is', null)
    .execute();
}

export function admissionsInUnit(db: Q, unitId: string) {
  return db
    .selectFrom('placement')
    .select('admission_id')
    .distinct()
    .where('unit_id', '=', unitId)
    .where('ended_on', 'is', null)
    .execute();
}

export function membersOfAdmission(db: Q, admissionId: string) {
  return db
    .selectFrom('placement')
    .select(['id', 'person_id'])
    .where('admission_id', '=', admissionId)
    .where('ended_on', 'is', null)
    .execute();
}

export function insertPlacements(
  db: Q,
  rows: {
    person_id: string;
    centre_id: string;
    unit_id: string;
    admission_id: string;
    started_on: string;
    detention_id: string | null;
    created_by: string;
  }[],
) {
  return db.insertInto('placement').values(rows).returning(['id', 'person_id']).execute();
}

export function findPlacement(db: Q, id: string, lock = false) {
  let q = db.selectFrom('placement').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function endPlacement(db: Q, id: string, endedOn: string, reason: PlacementEndReason, by: string) {
  return db
    .updateTable('placement')
    .set({ ended_on: endedOn, end_reason: reason, ended_by: by, absent_since: null, absence_reason: null })
    .where('id', '=', id)
    .execute();
}

export function markAbsent(db: Q, id: string, since: string | null, reason: string | null) {
  return db
    .updateTable('placement')
    .set({ absent_since: since, absence_reason: reason })
    .where('id', '=', id)
    .execute();
}

export function insertAbsence(
  db: Q,
  row: { placement_id: string; left_on: string; reason: string; recorded_by: string },
) {
  return db.insertInto('placement_absence').values(row).execute();
}

export function closeAbsence(db: Q, placementId: string, returnedOn: string) {
  return db
    .updateTable('placement_absence')
    .set({ returned_on: returnedOn })
    .where('placement_id', '=', placementId)
    .where('returned_on', 'is', null)
    .execute();
}

export function placementsOfPerson(db: Q, personId: string) {
  return db
    .selectFrom('placement as p')
    .innerJoin('centre as c', 'c.id', 'p.centre_id')
    .innerJoin('centre_unit as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.centre_id',
      'c.name as centre_name',
      'c.kind as centre_kind',
      'p.unit_id',
      'u.name as unit_name',
      'p.admission_id',
      'p.started_on',
      'p.ended_on',
      'p.end_reason',
      'p.absent_since',
      'p.absence_reason',
    ])
    .where('p.person_id', '=', personId)
    .orderBy('p.started_on', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
}

export function insertRequest(
  db: Q,
  row: {
    person_id: string;
    member_ids: string[];
    province_code: string;
    requested_on: string;
    created_by: string;
  },
) {
  return db
    .insertInto('accommodation_request')
    .values({ ...row, status: 'waiting' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findRequest(db: Q, id: string, lock = false) {
  let q = db.selectFrom('accommodation_request').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function waitingRequestOf(db: Q, personIds: string[]) {
  return db
    .selectFrom('accommodation_request')
    .selectAll()
    .where('status', '=', 'waiting')
    .where((eb) =>
      eb.or([eb('person_id', 'in', personIds), sql<boolean>`member_ids && ${sql.val(personIds)}::uuid[]`]),
    )
    .execute();
}

export function closeRequest(
  db: Q,
  id: string,
  status: 'placed' | 'withdrawn',
  on: string,
  admissionId: string | null,
) {
  return db
    .updateTable('accommodation_request')
    .set({ status, closed_on: on, admission_id: admissionId })
    .where('id', '=', id)
    .execute();
}

/**
 * The waiting list of a province: people with special needs (LFIP Art. 67) first, then by the
 * date of the request. Vulnerability is read now, so a need recorded later moves a family up.
 */
export function waitingList(db: Q, provinceCode: string) {
  return db
    .selectFrom('accommodation_request as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.person_id',
      'r.member_ids',
      'r.province_code',
      'r.requested_on',
      'r.created_at',
      'p.given_name',
      'p.family_name',
      'p.foreigner_id_number',
      'p.fictional',
      sql<boolean>`exists (select 1 from person_specific_need n
        where n.person_id = any (r.member_ids || r.person_id) and n.removed_at is null
          and n.code like 'LFIP67-%')`.as('vulnerable'),
    ])
    .where('r.status', '=', 'waiting')
    .where('r.province_code', '=', provinceCode)
    .orderBy('vulnerable', 'desc')
    .orderBy('r.requested_on')
    .orderBy('r.created_at')
    .execute();
}

export function personsBrief(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person')
    .select(['id', 'given_name', 'family_name', 'sex', 'date_of_birth', 'date_of_birth_precision'])
    .where('id', 'in', ids)
    .execute();
}
