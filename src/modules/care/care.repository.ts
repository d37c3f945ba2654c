// SQL for what residents receive: services (with health notes apart), visits and child referrals.
import { sql, type Kysely, type Transaction } from 'kysely';
import type {
  CentreVisitStatus,
  CentreVisitVisitorKind,
  ChildProtectionReferralStatus,
  Database,
  ResidentServiceCategory,
} from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function insertService(
  db: Q,
  row: {
    person_id: string;
    centre_id: string;
    category: ResidentServiceCategory;
    delivered_on: string;
    delivered_by: string;
    provider: string | null;
    summary: string | null;
  },
) {
  return db.insertInto('resident_service').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertHealthNote(db: Q, serviceId: string, note: string) {
  return db.insertInto('resident_health_note').values({ service_id: serviceId, note }).execute();
}

/** The services log; health notes only when the reader may see them. */
export function servicesOf(db: Q, personId: string, withHealthNotes: boolean, centreId: string | null) {
  let q = db
    .selectFrom('resident_service as s')
    .innerJoin('app_user as u', 'u.id', 's.delivered_by')
    .innerJoin('centre as c', 'c.id', 's.centre_id')
    .select([
      's.id',
      's.category',
      's.delivered_on',
      's.provider',
      's.summary',
      's.centre_id',
      'c.name as centre_name',
      'u.display_name as delivered_by',
      withHealthNotes
        ? sql<string | null>`(select n.note from resident_health_note n where n.service_id = s.id)`.as(
            'health_note',
          )
        : sql<null>`null`.as('health_note'),
    ])
    .where('s.person_id', '=', personId)
    .orderBy('s.delivered_on', 'desc')
    .orderBy('s.created_at', 'desc');
  if (centreId) q = q.where('s.centre_id', '=', centreId);
  return q.execute();
}

export function insertVisit(
  db: Q,
  row: {
    centre_id: string;
    person_id: string;
    visitor_kind: CentreVisitVisitorKind;
    visitor_name: string;
    visitor_organisation: string | null;
    starts_at: string;
    ends_at: string;
    status: CentreVisitStatus;
    confidential: boolean;
    notes: string | null;
    requested_by: string;
  },
) {
  return db.insertInto('centre_visit').values(row).returning('id').executeTakeFirstOrThrow();
}

export function findVisit(db: Q, id: string, lock = false) {
  let q = db.selectFrom('centre_visit').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function decideVisit(
  db: Q,
  id: string,
  changes: { status: CentreVisitStatus; refusal_reason?: string | null; decided_by: string },
) {
  return db
    .updateTable('centre_visit')
    .set({ ...changes, decided_at: new Date() })
    .where('id', '=', id)
    .execute();
}

const visitColumns = [
  'v.id',
  'v.centre_id',
  'v.person_id',
  'v.visitor_kind',
  'v.visitor_name',
  'v.visitor_organisation',
  'v.starts_at',
  'v.ends_at',
  'v.status',
  'v.confidential',
  'v.notes',
  'v.refusal_reason',
  'v.decided_at',
  'p.given_name',
  'p.family_name',
  'p.fictional',
] as const;

export function visitsOfCentre(db: Q, centreId: string, from: Date, to: Date) {
  return db
    .selectFrom('centre_visit as v')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .select(visitColumns)
    .where('v.centre_id', '=', centreId)
    .where('v.starts_at', '>=', from)
    .where('v.starts_at', '<', to)
    .orderBy('v.starts_at')
    .execute();
}

export function visitsOfPerson(db: Q, personId: string, centreId: string | null) {
  let q = db
    .selectFrom('centre_visit as v')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .select(visitColumns)
    .where('v.person_id', '=', personId)
    .orderBy('v.starts_at', 'desc');
  if (centreId) q = q.where('v.centre_id', '=', centreId);
  return q.execute();
}

/** Visits asked for in a period and refused, for the refusal report. */
export function refusedVisits(
  db: Q,
  filter: {
    from: Date;
    to: Date;
    provinceCode?: string | null;
    centreId?: string | null;
    visitorKind?: CentreVisitVisitorKind | null;
  },
) {
  let q = db
    .selectFrom('centre_visit as v')
    .innerJoin('centre as c', 'c.id', 'v.centre_id')
    .leftJoin('app_user as u', 'u.id', 'v.decided_by')
    .select([
      'v.id',
      'v.centre_id',
      'c.name as centre_name',
      'c.province_code',
      'v.visitor_kind',
      'v.visitor_name',
      'v.visitor_organisation',
      'v.starts_at',
      'v.refusal_reason',
      'v.decided_at',
      'u.display_name as refused_by',
    ])
    .where('v.status', '=', 'refused')
    .where('v.starts_at', '>=', filter.from)
    .where('v.starts_at', '<', filter.to)
    .orderBy('v.starts_at', 'desc');
  if (filter.provinceCode) q = q.where('c.province_code', '=', filter.provinceCode);
  if (filter.centreId) q = q.where('v.centre_id', '=', filter.centreId);
  if (filter.visitorKind) q = q.where('v.visitor_kind', '=', filter.visitorKind);
  return q.execute();
}

export function insertReferral(
  db: Q,
  row: {
    person_id: string;
    centre_id: string | null;
    institution: string;
    referred_on: string;
    reference: string | null;
    status: ChildProtectionReferralStatus;
    status_on: string;
    note: string | null;
    created_by: string;
  },
) {
  return db.insertInto('child_protection_referral').values(row).returning('id').executeTakeFirstOrThrow();
}

export function findReferral(db: Q, id: string) {
  return db.selectFrom('child_protection_referral').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateReferral(
  db: Q,
  id: string,
  changes: {
    status: ChildProtectionReferralStatus;
    status_on: string;
    reference?: string | null;
    note?: string | null;
    updated_by: string;
  },
) {
  return db.updateTable('child_protection_referral').set(changes).where('id', '=', id).execute();
}

export function referralsOf(db: Q, personId: string) {
  return db
    .selectFrom('child_protection_referral')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('referred_on')
    .execute();
}

/** Residents of a centre now, with what the board needs to flag about children. */
export function residentsOf(db: Q, centreId: string) {
  return db
    .selectFrom('placement as pl')
    .innerJoin('person as p', 'p.id', 'pl.person_id')
    .innerJoin('centre_unit as u', 'u.id', 'pl.unit_id')
    .select([
      'pl.id as placement_id',
      'pl.person_id',
      'pl.unit_id',
      'u.name as unit_name',
      'pl.started_on',
      'pl.absent_since',
      'pl.admission_id',
      'p.given_name',
      'p.family_name',
      'p.foreigner_id_number',
      'p.sex',
      'p.date_of_birth',
      'p.date_of_birth_precision',
      'p.fictional',
      sql<boolean>`exists (select 1 from person_specific_need n where n.person_id = p.id
        and n.removed_at is null and n.code in ('LFIP67-UNACCOMPANIED_MINOR', 'SC-UC'))`.as('unaccompanied'),
      sql<boolean>`exists (select 1 from person_specific_need n where n.person_id = p.id
        and n.removed_at is null and n.code like 'LFIP67-%')`.as('special_needs'),
      sql<boolean>`exists (select 1 from resident_service s where s.person_id = p.id
        and s.category = 'education_enrolment')`.as('enrolled'),
      sql<boolean>`exists (select 1 from child_protection_referral r where r.person_id = p.id
        and r.status <> 'closed')`.as('referred'),
    ])
    .where('pl.centre_id', '=', centreId)
    .where('pl.ended_on', 'is', null)
    .orderBy('u.name')
    .orderBy('p.family_name')
    .execute();
}

export function movementsOn(db: Q, centreId: string, day: string) {
  return db
    .selectFrom('placement as pl')
    .innerJoin('person as p', 'p.id', 'pl.person_id')
    .select([
      'pl.id',
      'pl.person_id',
      'pl.started_on',
      'pl.ended_on',
      'pl.end_reason',
      'p.given_name',
      'p.family_name',
      'p.fictional',
    ])
    .where('pl.centre_id', '=', centreId)
    .where((eb) => eb.or([eb('pl.started_on', '=', day), eb('pl.ended_on', '=', day)]))
    .execute();
}

/** Whether a person has (or had) a placement in the centre: the centre scope over a person. */
export function placedIn(db: Q, personId: string, centreId: string) {
  return db
    .selectFrom('placement')
    .select('id')
    .where('person_id', '=', personId)
    .where('centre_id', '=', centreId)
    .limit(1)
    .executeTakeFirst();
}
