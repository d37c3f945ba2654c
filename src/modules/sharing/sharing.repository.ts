// SQL for organisations, agreements, consent, powers of attorney and agency referrals.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, OrganisationKind } from '../../db/schema.ts';
import type { ReferralService } from '../../domain/sharing/boundary.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function findOrganisation(db: Q, code: string) {
  return db.selectFrom('organisation').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The resettlement state organisation of a country (ISO 3166 alpha-3), or undefined. */
export function findResettlementState(db: Q, country: string) {
  return db
    .selectFrom('organisation')
    .selectAll()
    .where('kind', '=', 'resettlement_state')
    .where('country', '=', country)
    .executeTakeFirst();
}

export function listOrganisations(db: Q) {
  return db
    .selectFrom('organisation')
    .selectAll()
    .where('active', '=', true)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export function upsertOrganisation(
  db: Q,
  row: { code: string; name: string; kind: OrganisationKind; country: string | null },
) {
  return db
    .insertInto('organisation')
    .values(row)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({ name: row.name, kind: row.kind, country: row.country }),
    )
    .execute();
}

export function insertAgreement(
  db: Q,
  row: {
    organisation_code: string;
    purpose: string;
    fields: string[];
    reference: string;
    valid_from: string;
    valid_to: string | null;
    created_by: string | null;
  },
) {
  return db.insertInto('sharing_agreement').values(row).returning('id').executeTakeFirstOrThrow();
}

/** The agreement for an organisation and purpose in force on a day (the newest if several). */
export function agreementInForce(db: Q, organisation: string, purpose: string, on: string) {
  return db
    .selectFrom('sharing_agreement')
    .selectAll()
    .where('organisation_code', '=', organisation)
    .where('purpose', '=', purpose)
    .where('valid_from', '<=', on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', on)]))
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function agreementsOf(db: Q, organisation: string) {
  return db
    .selectFrom('sharing_agreement')
    .selectAll()
    .where('organisation_code', '=', organisation)
    .orderBy('purpose')
    .orderBy('valid_from')
    .execute();
}

export function insertConsent(
  db: Q,
  row: {
    person_id: string;
    organisation_code: string;
    purpose: string;
    given_on: string;
    document: string;
    recorded_by: string;
  },
) {
  return db.insertInto('consent').values(row).returning('id').executeTakeFirstOrThrow();
}

export function findConsent(db: Q, id: string) {
  return db.selectFrom('consent').selectAll().where('id', '=', id).executeTakeFirst();
}

export function withdrawConsent(db: Q, id: string, on: string) {
  return db.updateTable('consent').set({ withdrawn_on: on }).where('id', '=', id).execute();
}

/** Persons (of a list) whose consent to an organisation for a purpose is in force on a day. */
export async function consentingPersons(
  db: Q,
  personIds: string[],
  organisation: string,
  purpose: string,
  on: string,
) {
  if (personIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('consent')
    .select('person_id')
    .where('person_id', 'in', personIds)
    .where('organisation_code', '=', organisation)
    .where('purpose', '=', purpose)
    .where('given_on', '<=', on)
    .where((eb) => eb.or([eb('withdrawn_on', 'is', null), eb('withdrawn_on', '>', on)]))
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

export function consentsOf(db: Q, personId: string) {
  return db.selectFrom('consent').selectAll().where('person_id', '=', personId).orderBy('given_on').execute();
}

export function insertPowerOfAttorney(
  db: Q,
  row: {
    person_id: string;
    lawyer_user_id: string;
    document_reference: string;
    notary: string | null;
    issued_on: string;
    valid_until: string | null;
    recorded_by: string;
  },
) {
  return db.insertInto('power_of_attorney').values(row).returning('id').executeTakeFirstOrThrow();
}

export function findPowerOfAttorney(db: Q, id: string) {
  return db.selectFrom('power_of_attorney').selectAll().where('id', '=', id).executeTakeFirst();
}

export function revokePowerOfAttorney(db: Q, id: string, on: string) {
  return db.updateTable('power_of_attorney').set({ revoked_on: on }).where('id', '=', id).execute();
}

export function powerOfAttorneyInForce(db: Q, personId: string, lawyerUserId: string, on: string) {
  return db
    .selectFrom('power_of_attorney')
    .select('id')
    .where('person_id', '=', personId)
    .where('lawyer_user_id', '=', lawyerUserId)
    .where('issued_on', '<=', on)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', on)]))
    .where((eb) => eb.or([eb('revoked_on', 'is', null), eb('revoked_on', '>', on)]))
    .executeTakeFirst();
}

export function clientsOf(db: Q, lawyerUserId: string, on: string) {
  return db
    .selectFrom('power_of_attorney as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select([
      'a.id',
      'a.person_id',
      'a.document_reference',
      'a.issued_on',
      'a.valid_until',
      'p.given_name',
      'p.family_name',
      'p.fictional',
    ])
    .where('a.lawyer_user_id', '=', lawyerUserId)
    .where('a.issued_on', '<=', on)
    .where((eb) => eb.or([eb('a.valid_until', 'is', null), eb('a.valid_until', '>=', on)]))
    .where((eb) => eb.or([eb('a.revoked_on', 'is', null), eb('a.revoked_on', '>', on)]))
    .execute();
}

/** Whether a referral to the organisation for this service covers the person and is live. */
export function referredTo(db: Q, personId: string, organisation: string, service: ReferralService) {
  return db
    .selectFrom('agency_referral')
    .select('id')
    .where('to_organisation', '=', organisation)
    .where('service', '=', service)
    .where('status', 'in', ['sent', 'accepted'])
    .where((eb) => eb.or([eb('person_id', '=', personId), sql<boolean>`${personId}::uuid = any(member_ids)`]))
    .executeTakeFirst();
}

/** Whether the person is in a resettlement case handled by the organisation. */
export function inResettlementCaseOf(db: Q, personId: string, organisation: string) {
  return db
    .selectFrom('resettlement_member as m')
    .innerJoin('resettlement_case as c', 'c.id', 'm.case_id')
    .select('c.id')
    .where('m.person_id', '=', personId)
    .where('c.organisation_code', '=', organisation)
    .executeTakeFirst();
}

/** The other people of the organisation's resettlement cases that include this person. */
export async function resettlementCoMembers(
  db: Q,
  personId: string,
  organisation: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('resettlement_member as m')
    .innerJoin('resettlement_member as other', 'other.case_id', 'm.case_id')
    .innerJoin('resettlement_case as c', 'c.id', 'm.case_id')
    .select('other.person_id')
    .where('m.person_id', '=', personId)
    .where('c.organisation_code', '=', organisation)
    .where('other.person_id', '<>', personId)
    .execute();
  return rows.map((r) => r.person_id);
}

/** The other people of the live referrals to the organisation for the service that include this person. */
export async function referralCoMembers(
  db: Q,
  personId: string,
  organisation: string,
  service: ReferralService,
): Promise<string[]> {
  const rows = await db
    .selectFrom('agency_referral')
    .select(['person_id', 'member_ids'])
    .where('to_organisation', '=', organisation)
    .where('service', '=', service)
    .where('status', 'in', ['sent', 'accepted'])
    .where((eb) => eb.or([eb('person_id', '=', personId), sql<boolean>`${personId}::uuid = any(member_ids)`]))
    .execute();
  return [...new Set(rows.flatMap((r) => [r.person_id, ...r.member_ids]))].filter((id) => id !== personId);
}

export function powersOfAttorneyOf(db: Q, personId: string) {
  return db
    .selectFrom('power_of_attorney as a')
    .innerJoin('app_user as u', 'u.id', 'a.lawyer_user_id')
    .select([
      'a.id',
      'u.username',
      'u.display_name',
      'a.document_reference',
      'a.notary',
      'a.issued_on',
      'a.valid_until',
      'a.revoked_on',
    ])
    .where('a.person_id', '=', personId)
    .orderBy('a.issued_on')
    .execute();
}

export function birthDates(db: Q, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('person').select(['id', 'date_of_birth']).where('id', 'in', personIds).execute();
}
