// What every way of signing in ends with: one transaction that uses up the second-step
// challenge (if there was one), marks the attempt good, clears the (account, address) pair's
// failures, starts the session and audits it.
import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AppUserRow, Database } from '../../db/schema.ts';
import { isRole, type Actor } from '../../domain/access.ts';
import { runUseCase, type AuditEntry, type RequestMeta } from '../../core/use-case.ts';
import { AppError } from '../../core/errors.ts';
import * as signIn from './sign-in.repository.ts';
import * as users from './users.repository.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function toActor(user: AppUserRow): Actor {
  if (!isRole(user.role)) throw new Error(`unknown role ${String(user.role)} for user ${user.username}`);
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    provinceCode: user.province_code,
    centreId: user.centre_id,
    organisation: user.organisation,
  };
}

export interface SessionStart {
  token: string;
  expiresAt: Date;
  user: AppUserRow;
}

export interface StartSessionInput {
  user: AppUserRow;
  attemptId: number;
  sessionHours: number;
  /** The second-step challenge this sign-in used up, when it had one. */
  challengeHash?: string;
  /** More to write in the same transaction (enrolment stores the new factor). */
  alsoWrite?: (trx: Transaction<Database>) => Promise<void>;
  alsoAudit?: AuditEntry;
}

export async function startSession(
  db: Db,
  meta: RequestMeta & { ip: string },
  input: StartSessionInput,
): Promise<SessionStart> {
  const { user } = input;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + input.sessionHours * 3600_000);
  await runUseCase(db, toActor(user), meta, async (ctx) => {
    const now = new Date();
    if (input.challengeHash && !(await signIn.useChallenge(ctx.trx, input.challengeHash, now)))
      throw new AppError('UNAUTHENTICATED', 'Sign in again');
    await input.alsoWrite?.(ctx.trx);
    await signIn.markAttemptSucceeded(ctx.trx, input.attemptId);
    await signIn.clearFailures(ctx.trx, { username: user.username, ip: meta.ip }, now);
    await users.insertSession(ctx.trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      kind: 'bearer',
      expiresAt,
    });
    if (input.alsoAudit) ctx.audit(input.alsoAudit);
    ctx.audit({
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      details: { secondFactor: Boolean(input.challengeHash) },
    });
  });
  return { token, expiresAt, user };
}
