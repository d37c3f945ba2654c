// SQL for changes of address or phone reported by applicants, and for applying an accepted one
// to the person's record.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ContactChangeReportTable } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertReport(db: Q, row: Insertable<ContactChangeReportTable>): Promise<string> {
  const { id } = await db
    .insertInto('contact_change_report')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Pending reports, the oldest first (at most 500), with the person's current details and scope. */
export function pendingReports(db: Q) {
  return db
    .selectFrom('contact_change_report as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.person_id',
      'r.province_code',
      'r.district',
      'r.address',
      'r.phone',
      'r.reported_on',
      'p.given_name',
      'p.family_name',
      'p.fictional',
      'p.province_code as current_province',
      'p.registration_province_code',
      'p.phone as current_phone',
      'p.district as current_district',
    ])
    .where('r.status', '=', 'pending')
    .orderBy('r.reported_on')
    .limit(500)
    .execute();
}

/** A report, locked until the decision on it is written. */
export function reportForUpdate(db: Q, id: string) {
  return db
    .selectFrom('contact_change_report')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markDecided(
  db: Q,
  id: string,
  decision: 'accepted' | 'rejected',
  reviewerId: string,
): Promise<void> {
  await db
    .updateTable('contact_change_report')
    .set({ status: decision, reviewed_by: reviewerId, reviewed_at: new Date() })
    .where('id', '=', id)
    .execute();
}
