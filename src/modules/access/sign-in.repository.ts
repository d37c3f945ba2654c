// SQL for the sign-in steps: attempts counted for throttling, second-step challenges, the TOTP
// secret and recovery codes. All in the database, so every server process sees the same state.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, LoginAttemptKind, SignInChallengeStage } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertAttempt(db: Q, username: string, ip: string, kind: LoginAttemptKind) {
  const row = await db
    .insertInto('login_attempt')
    .values({ username, ip, kind, succeeded: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A refused attempt was never tried, so it does not count (the audit keeps the refusal). */
export async function deleteAttempt(db: Q, id: number): Promise<void> {
  await db.deleteFrom('login_attempt').where('id', '=', id).execute();
}

export async function markAttemptSucceeded(db: Q, id: number): Promise<void> {
  await db.updateTable('login_attempt').set({ succeeded: true }).where('id', '=', id).execute();
}

export interface FailureCounts {
  pair: number;
  pairLast: Date | null;
  address: number;
  addressOldest: Date | null;
  account: number;
}

/**
 * Uncleared failures counted before attempt `beforeId`: for the (account, address) pair of this
 * kind since `pairSince`; from the address (any account, any kind) and for the account's second
 * step (any address) since `windowSince`. Attempts still being checked count as failures, so that
 * guesses sent in parallel are counted against each other.
 */
export async function failureCounts(
  db: Q,
  q: {
    username: string;
    ip: string;
    kind: LoginAttemptKind;
    beforeId: number;
    pairSince: Date;
    windowSince: Date;
  },
): Promise<FailureCounts> {
  const row = await db
    .selectFrom('login_attempt')
    .select((eb) => [
      eb.fn
        .countAll<string>()
        .filterWhere((w) =>
          w.and([
            w('username', '=', q.username),
            w('ip', '=', q.ip),
            w('kind', '=', q.kind),
            w('attempted_at', '>', q.pairSince),
          ]),
        )
        .as('pair'),
      eb.fn
        .max('attempted_at')
        .filterWhere((w) =>
          w.and([w('username', '=', q.username), w('ip', '=', q.ip), w('kind', '=', q.kind)]),
        )
        .as('pairLast'),
      eb.fn
        .countAll<string>()
        .filterWhere((w) => w.and([w('ip', '=', q.ip), w('attempted_at', '>', q.windowSince)]))
        .as('address'),
      eb.fn
        .min('attempted_at')
        .filterWhere((w) => w.and([w('ip', '=', q.ip), w('attempted_at', '>', q.windowSince)]))
        .as('addressOldest'),
      eb.fn
        .countAll<string>()
        .filterWhere((w) =>
          w.and([
            w('username', '=', q.username),
            w('kind', '=', 'second_factor'),
            w('attempted_at', '>', q.windowSince),
          ]),
        )
        .as('account'),
    ])
    .where('succeeded', '=', false)
    .where('cleared_at', 'is', null)
    .where('id', '<', q.beforeId)
    .where('attempted_at', '>', q.pairSince < q.windowSince ? q.pairSince : q.windowSince)
    .where((eb) => eb.or([eb('username', '=', q.username), eb('ip', '=', q.ip)]))
    .executeTakeFirstOrThrow();
  return {
    pair: Number(row.pair),
    pairLast: row.pairLast ? new Date(row.pairLast) : null,
    address: Number(row.address),
    addressOldest: row.addressOldest ? new Date(row.addressOldest) : null,
    account: Number(row.account),
  };
}

/** Clears failures from the counters (the rows stay); returns how many were cleared. */
export async function clearFailures(
  db: Q,
  match: { username?: string | undefined; ip?: string | undefined },
  now: Date,
): Promise<number> {
  let query = db
    .updateTable('login_attempt')
    .set({ cleared_at: now })
    .where('succeeded', '=', false)
    .where('cleared_at', 'is', null);
  if (match.username !== undefined) query = query.where('username', '=', match.username);
  if (match.ip !== undefined) query = query.where('ip', '=', match.ip);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Uncleared failures since `since`, grouped by account, address and kind, newest first. */
export async function failureGroups(db: Q, since: Date) {
  const rows = await db
    .selectFrom('login_attempt')
    .select((eb) => [
      'username',
      'ip',
      'kind',
      eb.fn.countAll<string>().as('failures'),
      eb.fn.min('attempted_at').as('first'),
      eb.fn.max('attempted_at').as('last'),
    ])
    .where('succeeded', '=', false)
    .where('cleared_at', 'is', null)
    .where('attempted_at', '>', since)
    .groupBy(['username', 'ip', 'kind'])
    .orderBy(sql`max(attempted_at)`, 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    username: r.username,
    ip: r.ip,
    kind: r.kind,
    failures: Number(r.failures),
    first: new Date(r.first),
    last: new Date(r.last),
  }));
}

export async function insertChallenge(
  db: Q,
  c: { tokenHash: string; userId: string; stage: SignInChallengeStage; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sign_in_challenge')
    .values({ token_hash: c.tokenHash, user_id: c.userId, stage: c.stage, expires_at: c.expiresAt })
    .execute();
}

export function findLiveChallenge(db: Q, tokenHash: string, now: Date) {
  return db
    .selectFrom('sign_in_challenge')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function setPendingSecret(db: Q, tokenHash: string, sealed: string): Promise<void> {
  await db
    .updateTable('sign_in_challenge')
    .set({ pending_secret: sealed })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Uses a challenge once: false when another request used it first. */
export async function useChallenge(db: Q, tokenHash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('sign_in_challenge')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function dropUserChallenges(db: Q, userId: string): Promise<void> {
  await db.deleteFrom('sign_in_challenge').where('user_id', '=', userId).execute();
}

/** Accepts a time step only if it is later than the last one accepted (no replay, even in parallel). */
export async function acceptTotpStep(db: Q, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('app_user')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setTotp(
  db: Q,
  userId: string,
  totp: { secret: string; enrolledAt: Date; lastStep: number } | null,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      totp_secret: totp?.secret ?? null,
      totp_enrolled_at: totp?.enrolledAt ?? null,
      totp_last_step: totp?.lastStep ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', userId)
    .execute();
}

export async function replaceRecoveryCodes(db: Q, userId: string, hashes: string[]): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  if (hashes.length)
    await db
      .insertInto('recovery_code')
      .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
      .execute();
}

/** Uses a recovery code once: false when it is unknown or already used. */
export async function useRecoveryCode(db: Q, userId: string, hash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recovery_code')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodes(db: Q, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
