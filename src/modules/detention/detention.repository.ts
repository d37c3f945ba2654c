// SQL for administrative detention, its reviews, challenges and the alternatives to it.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AlternativeMeasureKind, DetentionRow } from '../../db/schema.ts';
import type { DetentionChallengeOutcome, DetentionReviewOutcome } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function nextDetentionSerial(db: Q): Promise<number> {
  const { rows } = await sql<{ n: string }>`select nextval('detention_serial') as n`.execute(db);
  return Number(rows[0]?.n);
}

export function openDetentionsOf(db: Q, personIds: string[]) {
  return db
    .selectFrom('detention')
    .select(['id', 'person_id', 'province_code', 'centre_id', 'transferred_at'])
    .where('person_id', 'in', personIds)
    .where('state', '=', 'detained')
    .execute();
}

export function markTransferred(db: Q, id: string, centreId: string) {
  return db
    .updateTable('detention')
    .set({ transferred_at: new Date(), centre_id: centreId })
    .where('id', '=', id)
    .execute();
}

export function insertDetention(
  db: Q,
  row: Omit<
    DetentionRow,
    | 'id'
    | 'version'
    | 'created_at'
    | 'state'
    | 'released_on'
    | 'release_reason'
    | 'transferred_at'
    | 'centre_id'
    | 'extended_until'
    | 'extension_reason'
  >,
) {
  return db
    .insertInto('detention')
    .values({ ...row, state: 'detained' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findDetention(db: Q, id: string, lock = false) {
  let q = db.selectFrom('detention').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateDetention(
  db: Q,
  id: string,
  changes: Partial<Omit<DetentionRow, 'id' | 'version' | 'created_at'>>,
) {
  return db
    .updateTable('detention')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export function insertReview(
  db: Q,
  row: {
    detention_id: string;
    reviewed_on: string;
    outcome: DetentionReviewOutcome;
    reasons: string;
    late: boolean;
    reviewed_by: string;
  },
) {
  return db.insertInto('detention_review').values(row).returning('id').executeTakeFirstOrThrow();
}

export function reviewsOf(db: Q, detentionId: string) {
  return db
    .selectFrom('detention_review as r')
    .leftJoin('app_user as u', 'u.id', 'r.reviewed_by')
    .select(['r.id', 'r.reviewed_on', 'r.outcome', 'r.reasons', 'r.late', 'u.display_name as reviewer'])
    .where('r.detention_id', '=', detentionId)
    .orderBy('r.reviewed_on')
    .execute();
}

export function lastReview(db: Q, detentionId: string) {
  return db
    .selectFrom('detention_review')
    .select('reviewed_on')
    .where('detention_id', '=', detentionId)
    .orderBy('reviewed_on', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertChallenge(
  db: Q,
  row: { detention_id: string; lodged_on: string; decision_due: string; recorded_by: string },
) {
  return db.insertInto('detention_challenge').values(row).returning('id').executeTakeFirstOrThrow();
}

export function findChallenge(db: Q, id: string) {
  return db.selectFrom('detention_challenge').selectAll().where('id', '=', id).executeTakeFirst();
}

export function decideChallenge(db: Q, id: string, decidedOn: string, outcome: DetentionChallengeOutcome) {
  return db
    .updateTable('detention_challenge')
    .set({ decided_on: decidedOn, outcome })
    .where('id', '=', id)
    .execute();
}

export function challengesOf(db: Q, detentionId: string) {
  return db
    .selectFrom('detention_challenge')
    .selectAll()
    .where('detention_id', '=', detentionId)
    .orderBy('lodged_on')
    .execute();
}

export function insertAlternatives(
  db: Q,
  rows: {
    person_id: string;
    detention_id: string | null;
    removal_id: string | null;
    kind: AlternativeMeasureKind;
    starts_on: string;
    ends_on: string | null;
    details: string | null;
    imposed_by: string;
  }[],
) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('alternative_measure').values(rows).execute();
}

export function alternativesOf(db: Q, personId: string) {
  return db
    .selectFrom('alternative_measure')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('starts_on')
    .execute();
}

export function detentionsOfPerson(db: Q, personId: string) {
  return db
    .selectFrom('detention')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('ordered_at', 'desc')
    .execute();
}

/**
 * The worklist of a directorate or a centre: detentions whose monthly review, transfer or
 * maximum falls on or before `horizon`, the most urgent first.
 */
export function detentionsDue(
  db: Q,
  filter: { provinceCode?: string | null; centreId?: string | null },
  horizon: string,
) {
  let q = db
    .selectFrom('detention as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .select([
      'd.id',
      'd.reference',
      'd.person_id',
      'd.basis',
      'd.next_review_due',
      'd.initial_until',
      'd.extended_until',
      'd.transfer_due_at',
      'd.transferred_at',
      'd.centre_id',
      'd.province_code',
      'p.given_name',
      'p.family_name',
      'p.fictional',
    ])
    .where('d.state', '=', 'detained')
    .where((eb) =>
      eb.or([
        eb('d.next_review_due', '<=', horizon),
        eb(sql`coalesce(d.extended_until, d.initial_until)`, '<=', horizon),
        eb.and([eb('d.transferred_at', 'is', null)]),
      ]),
    )
    .orderBy('d.next_review_due')
    .limit(500);
  if (filter.provinceCode) q = q.where('d.province_code', '=', filter.provinceCode);
  if (filter.centreId) q = q.where('d.centre_id', '=', filter.centreId);
  return q.execute();
}
