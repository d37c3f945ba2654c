// SQL for the interviews of a case and the reporting checks of its applicant.
import type { Kysely, Transaction } from 'kysely';
import type { Database, InterviewRow } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function interviewsOfCase(db: Q, caseId: string): Promise<InterviewRow[]> {
  return db
    .selectFrom('interview')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('scheduled_at')
    .execute();
}

export function scheduledInterview(db: Q, caseId: string) {
  return db
    .selectFrom('interview')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
}

export function insertInterview(
  db: Q,
  i: Pick<InterviewRow, 'case_id' | 'location' | 'interpreter_language' | 'attendees'> & {
    scheduled_at: string;
  },
) {
  return db
    .insertInto('interview')
    .values({ ...i, status: 'scheduled' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateInterview(
  db: Q,
  id: string,
  patch: Partial<Pick<InterviewRow, 'status' | 'held_on' | 'record' | 'interviewer_id'>>,
) {
  return db.updateTable('interview').set(patch).where('id', '=', id).execute();
}

export function supersedeScheduledInterviews(db: Q, caseId: string) {
  return db
    .updateTable('interview')
    .set({ status: 'superseded' })
    .where('case_id', '=', caseId)
    .where('status', '=', 'scheduled')
    .execute();
}

export function insertReportingCheck(
  db: Q,
  r: { case_id: string; due_on: string; attended: boolean; recorded_by: string | null },
) {
  return db
    .insertInto('reporting_check')
    .values(r)
    .onConflict((oc) => oc.columns(['case_id', 'due_on']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function reportingChecks(db: Q, caseId: string) {
  return db
    .selectFrom('reporting_check')
    .select(['due_on', 'attended', 'recorded_at'])
    .where('case_id', '=', caseId)
    .orderBy('due_on', 'desc')
    .limit(24)
    .execute();
}
