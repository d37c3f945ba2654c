import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function insertHousehold(db: Q, principalPersonId: string, createdBy: string | null) {
  return db
    .insertInto('household')
    .values({ principal_person_id: principalPersonId, created_by: createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findHousehold(db: Q, id: string) {
  return db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirst();
}

export function currentMembership(db: Q, personId: string) {
  return db
    .selectFrom('household_membership')
    .innerJoin('household', 'household.id', 'household_membership.household_id')
    .select([
      'household.id as householdId',
      'household.principal_person_id as principalPersonId',
      'household_membership.relationship',
    ])
    .where('household_membership.person_id', '=', personId)
    .where('household_membership.left_at', 'is', null)
    .executeTakeFirst();
}

export function currentMembers(db: Q, householdId: string) {
  return db
    .selectFrom('household_membership')
    .innerJoin('person', 'person.id', 'household_membership.person_id')
    .select([
      'person.id as personId',
      'household_membership.relationship',
      'person.given_name as givenName',
      'person.family_name as familyName',
      'person.foreigner_id_number as foreignerIdNumber',
      'person.date_of_birth as dateOfBirth',
      'person.date_of_birth_precision as dateOfBirthPrecision',
      'person.sex',
      'person.province_code as provinceCode',
      'person.registration_province_code as registrationProvinceCode',
    ])
    .where('household_membership.household_id', '=', householdId)
    .where('household_membership.left_at', 'is', null)
    .orderBy('household_membership.joined_at')
    .execute();
}

export function membershipHistory(db: Q, personId: string) {
  return db
    .selectFrom('household_membership')
    .select([
      'household_id as householdId',
      'relationship',
      'joined_at as joinedAt',
      'left_at as leftAt',
      'left_reason as leftReason',
    ])
    .where('person_id', '=', personId)
    .orderBy('joined_at')
    .execute();
}

/** Closes the person's current membership, if any; returns the household they left. */
export async function leaveCurrentHousehold(db: Q, personId: string, reason: string): Promise<string | null> {
  const left = await db
    .updateTable('household_membership')
    .set({ left_at: new Date(), left_reason: reason })
    .where('person_id', '=', personId)
    .where('left_at', 'is', null)
    .returning('household_id')
    .executeTakeFirst();
  return left?.household_id ?? null;
}

export async function insertMembership(
  db: Q,
  householdId: string,
  personId: string,
  relationship: string,
): Promise<void> {
  await db
    .insertInto('household_membership')
    .values({
      household_id: householdId,
      person_id: personId,
      relationship,
      left_at: null,
      left_reason: null,
    })
    .execute();
}

export async function setPrincipal(db: Q, householdId: string, personId: string): Promise<void> {
  await db
    .updateTable('household')
    .set({ principal_person_id: personId })
    .where('id', '=', householdId)
    .execute();
}
