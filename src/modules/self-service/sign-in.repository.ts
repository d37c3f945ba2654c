// SQL for signing in to self-service: attempts counted per key (an ID number, an address), the
// one-time code challenges and the sessions. Tokens are stored only as their hashes.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ApplicantChallengeTable, ApplicantSessionTable } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

/** How many attempts were made under `key` in the last `windowMinutes`. */
export async function recentAttempts(db: Q, key: string, windowMinutes: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from applicant_attempt
    where key = ${key} and attempted_at > now() - make_interval(mins => ${windowMinutes})`.execute(db);
  return rows[0]?.n ?? 0;
}

export async function noteAttempts(db: Q, keys: string[]): Promise<void> {
  await db
    .insertInto('applicant_attempt')
    .values(keys.map((key) => ({ key })))
    .execute();
}

/** The person with this foreigner ID number and date of birth, with where a code can reach them. */
export function personBySignInDetails(db: Q, foreignerIdNumber: string, dateOfBirth: string) {
  return db
    .selectFrom('person')
    .select(['id', 'phone', 'email'])
    .where('foreigner_id_number', '=', foreignerIdNumber)
    .where(sql<boolean>`date_of_birth = ${dateOfBirth}::date`)
    .executeTakeFirst();
}

export async function insertChallenge(db: Q, row: Insertable<ApplicantChallengeTable>): Promise<void> {
  await db.insertInto('applicant_challenge').values(row).execute();
}

/** A challenge, locked until the transaction ends so that two guesses cannot race. */
export function challengeForUpdate(db: Q, tokenHash: string) {
  return db
    .selectFrom('applicant_challenge')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export async function setChallengeAttempts(db: Q, tokenHash: string, attempts: number): Promise<void> {
  await db.updateTable('applicant_challenge').set({ attempts }).where('token_hash', '=', tokenHash).execute();
}

export async function markChallengeUsed(db: Q, tokenHash: string): Promise<void> {
  await db
    .updateTable('applicant_challenge')
    .set({ used_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function insertSession(db: Q, row: Insertable<ApplicantSessionTable>): Promise<void> {
  await db.insertInto('applicant_session').values(row).execute();
}

/** The person of a session that is neither ended nor expired. */
export async function activeSessionPerson(db: Q, tokenHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('applicant_session')
    .select('person_id')
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  return row?.person_id;
}

export async function markSessionEnded(db: Q, tokenHash: string): Promise<void> {
  await db
    .updateTable('applicant_session')
    .set({ ended_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .execute();
}
