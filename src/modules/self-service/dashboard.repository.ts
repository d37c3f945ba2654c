// SQL for what an applicant sees of their own record. Every query is keyed by the signed-in
// person (or by the case they are a member of): nothing here reaches anyone else's record.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function applicantName(db: Q, personId: string) {
  return db
    .selectFrom('person')
    .select(['given_name', 'family_name', 'foreigner_id_number'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
}

/** The cases the person is a member of, the most recently lodged first. */
export function casesOfApplicant(db: Q, personId: string) {
  return db
    .selectFrom('case_member as m')
    .innerJoin('protection_case as c', 'c.id', 'm.case_id')
    .select(['c.id', 'c.reference', 'c.state', 'c.reporting_next_due', 'c.reporting_interval_days'])
    .where('m.person_id', '=', personId)
    .orderBy('c.lodged_on', 'desc')
    .execute();
}

/** The case's first scheduled interview from `from` on (none, or one). */
export function nextScheduledInterview(db: Q, caseId: string, from: Date) {
  return db
    .selectFrom('interview')
    .select(['scheduled_at', 'location'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '>=', from)
    .orderBy('scheduled_at')
    .limit(1)
    .execute();
}

/** The case's open clocks whose last day is `today` or later, the soonest first. */
export function runningClocks(db: Q, caseId: string, today: string) {
  return db
    .selectFrom('case_clock')
    .select(['code', 'last_day'])
    .where('case_id', '=', caseId)
    .where('closed_on', 'is', null)
    .where('last_day', '>=', today)
    .orderBy('last_day')
    .execute();
}

/** The person's valid identity documents, the first to expire first. */
export function validDocuments(db: Q, personId: string) {
  return db
    .selectFrom('identity_document')
    .select(['type', 'number', 'expires_on', 'status'])
    .where('person_id', '=', personId)
    .where('status', '=', 'valid')
    .orderBy('expires_on')
    .execute();
}
