// SQL for agency referrals.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AgencyReferralRow } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function nextSerial(db: Q): Promise<number> {
  const { rows } = await sql<{ n: string }>`select nextval('agency_referral_serial') as n`.execute(db);
  return Number(rows[0]?.n);
}

export function insertReferral(
  db: Q,
  row: Pick<
    AgencyReferralRow,
    | 'reference'
    | 'person_id'
    | 'member_ids'
    | 'from_organisation'
    | 'to_organisation'
    | 'service'
    | 'status'
    | 'sent_on'
    | 'note'
    | 'created_by'
  >,
) {
  return db.insertInto('agency_referral').values(row).returning('id').executeTakeFirstOrThrow();
}

export function findReferral(db: Q, id: string, lock = false) {
  let q = db.selectFrom('agency_referral').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateReferral(
  db: Q,
  id: string,
  changes: Partial<
    Pick<AgencyReferralRow, 'status' | 'decided_on' | 'decline_reason' | 'outcome' | 'closed_on'>
  >,
) {
  return db
    .updateTable('agency_referral')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export function listFor(db: Q, filter: { to?: string; from?: string; createdInProvince?: string | null }) {
  let q = db.selectFrom('agency_referral as r').selectAll('r').orderBy('r.sent_on', 'desc').limit(500);
  if (filter.to !== undefined) q = q.where('r.to_organisation', '=', filter.to);
  if (filter.from !== undefined) q = q.where('r.from_organisation', '=', filter.from);
  // Provincial staff see the referrals of people in their province; national staff all.
  if (filter.createdInProvince)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person as p')
          .select('p.id')
          .whereRef('p.id', '=', 'r.person_id')
          .where('p.province_code', '=', filter.createdInProvince!),
      ),
    );
  return q.execute();
}
