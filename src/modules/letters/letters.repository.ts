import type { Kysely, Transaction } from 'kysely';
import type { Database, DecisionLetterLanguage } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function insertLetter(
  db: Q,
  l: {
    case_id: string;
    event_id: number;
    language: DecisionLetterLanguage;
    decision: string;
    last_day: string | null;
    html: string;
  },
) {
  return db.insertInto('decision_letter').values(l).execute();
}

export function findLetter(db: Q, id: string) {
  return db.selectFrom('decision_letter').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lettersOfCase(db: Q, caseId: string) {
  return db
    .selectFrom('decision_letter')
    .select(['id', 'language', 'decision', 'last_day', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('language')
    .execute();
}
