// SQL for resettlement cases, their members and events, and the target times.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ResettlementCaseRow, ResettlementCaseStage } from '../../db/schema.ts';
import type { ResettlementMemberStateDecision, ResettlementTargetPriority } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function nextSerial(db: Q): Promise<number> {
  const { rows } = await sql<{ n: string }>`select nextval('resettlement_serial') as n`.execute(db);
  return Number(rows[0]?.n);
}

export function insertCase(
  db: Q,
  row: Pick<
    ResettlementCaseRow,
    | 'reference'
    | 'principal_person_id'
    | 'province_code'
    | 'organisation_code'
    | 'identified_on'
    | 'referral_reason'
    | 'created_by'
  >,
) {
  return db
    .insertInto('resettlement_case')
    .values({ ...row, stage: 'referred' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertMembers(db: Q, rows: { case_id: string; person_id: string; relationship: string }[]) {
  return db.insertInto('resettlement_member').values(rows).execute();
}

export function findCase(db: Q, id: string, lock = false) {
  let q = db.selectFrom('resettlement_case').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateCase(
  db: Q,
  id: string,
  changes: Partial<Omit<ResettlementCaseRow, 'id' | 'version' | 'created_at'>>,
) {
  return db
    .updateTable('resettlement_case')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export function membersOf(db: Q, caseId: string) {
  return db.selectFrom('resettlement_member').selectAll().where('case_id', '=', caseId).execute();
}

export function setMemberDecision(
  db: Q,
  caseId: string,
  personId: string,
  decision: ResettlementMemberStateDecision,
) {
  return db
    .updateTable('resettlement_member')
    .set({ state_decision: decision })
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .execute();
}

export function markDeparted(db: Q, caseId: string, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve();
  return db
    .updateTable('resettlement_member')
    .set({ departed: true })
    .where('case_id', '=', caseId)
    .where('person_id', 'in', personIds)
    .execute();
}

/** Open resettlement cases any of these people are in. */
export function openCasesOf(db: Q, personIds: string[]) {
  return db
    .selectFrom('resettlement_member as m')
    .innerJoin('resettlement_case as c', 'c.id', 'm.case_id')
    .select(['m.person_id', 'c.reference'])
    .where('m.person_id', 'in', personIds)
    .where('c.stage', 'not in', ['rejected', 'departed', 'withdrawn'])
    .execute();
}

export function insertEvent(
  db: Q,
  row: {
    case_id: string;
    kind: string;
    occurred_on: string;
    details: Record<string, unknown>;
    actor_user_id: string;
  },
) {
  return db
    .insertInto('resettlement_event')
    .values({ ...row, details: JSON.stringify(row.details) })
    .execute();
}

export function eventsOf(db: Q, caseId: string) {
  return db
    .selectFrom('resettlement_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .select(['e.id', 'e.kind', 'e.occurred_on', 'e.details', 'u.display_name as actor'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
}

export async function targetDays(db: Q, priority: ResettlementTargetPriority): Promise<number> {
  const row = await db
    .selectFrom('resettlement_target')
    .select('days')
    .where('priority', '=', priority)
    .executeTakeFirst();
  if (!row) throw new Error(`no resettlement target for ${priority}`);
  return row.days;
}

export function targets(db: Q) {
  return db.selectFrom('resettlement_target').selectAll().execute();
}

export function listCases(
  db: Q,
  filter: {
    organisation?: string | null;
    provinceCode?: string | null;
    stages?: ResettlementCaseStage[];
    personId?: string;
  },
) {
  let q = db
    .selectFrom('resettlement_case as c')
    .innerJoin('person as p', 'p.id', 'c.principal_person_id')
    .select([
      'c.id',
      'c.reference',
      'c.stage',
      'c.priority',
      'c.primary_category',
      'c.submitted_to',
      'c.submitted_on',
      'c.target_date',
      'c.departed_on',
      'c.identified_on',
      'c.principal_person_id',
      'c.province_code',
      'p.fictional',
      sql<number>`(select count(*)::int from resettlement_member m where m.case_id = c.id)`.as('members'),
    ])
    .orderBy('c.identified_on', 'desc')
    .limit(1000);
  if (filter.organisation) q = q.where('c.organisation_code', '=', filter.organisation);
  if (filter.provinceCode) q = q.where('c.province_code', '=', filter.provinceCode);
  if (filter.stages?.length) q = q.where('c.stage', 'in', filter.stages);
  const personId = filter.personId;
  if (personId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('resettlement_member as m')
          .select('m.person_id')
          .whereRef('m.case_id', '=', 'c.id')
          .where('m.person_id', '=', personId),
      ),
    );
  return q.execute();
}

export async function lastEventOn(db: Q, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('resettlement_event')
    .select((eb) => eb.fn.max('occurred_on').as('last'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return (row?.last as string | null | undefined) ?? null;
}

export function setTarget(db: Q, priority: ResettlementTargetPriority, days: number, source: string) {
  return db
    .insertInto('resettlement_target')
    .values({ priority, days, source })
    .onConflict((oc) => oc.column('priority').doUpdateSet({ days, source }))
    .execute();
}
