import type { Db } from '../../db/database.ts';
import type { AppUserRow } from '../../db/schema.ts';
import type { Actor } from '../../domain/access.ts';
import { auditDenied, runUseCase, type RequestMeta } from '../../core/use-case.ts';
import { AppError } from '../../core/errors.ts';
import { burnPasswordTime, verifyPassword } from './passwords.ts';
import { issueChallenge, needsSecondStep, type SignInSettings } from './second-factor.service.ts';
import { hashToken, startSession, toActor, type SessionStart } from './session-start.ts';
import { beginAttempt } from './throttle.ts';
import * as signIn from './sign-in.repository.ts';
import * as users from './users.repository.ts';

export { hashToken, toActor };

/** Either signed in, or the right password and a second step to take with the challenge. */
export type LoginResult =
  ({ step: 'done' } & SessionStart) | { step: 'code' | 'enrol'; challenge: string; expiresAt: Date };

export async function login(
  db: Db,
  settings: SignInSettings,
  meta: RequestMeta & { ip: string },
  credentials: { username: string; password: string },
): Promise<LoginResult> {
  const username = credentials.username.trim().toLowerCase();
  // Counted before the password is checked (throttle.ts), so parallel guesses count together.
  const attemptId = await beginAttempt(db, meta, username, 'password');
  const user = await users.findUserByUsername(db.kysely, username);
  const ok =
    user && user.active
      ? await verifyPassword(credentials.password, user.password_hash)
      : (await burnPasswordTime(credentials.password), false);
  if (!ok || !user) {
    await auditDenied(db, null, meta, { action: 'auth.login', entityType: 'user', details: { username } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const stage = needsSecondStep(settings, user);
  if (!stage)
    return {
      step: 'done',
      ...(await startSession(db, meta, { user, attemptId, sessionHours: settings.sessionHours })),
    };
  // The password was right; the pair's failures are cleared only when the second step is done,
  // so that knowing the password does not buy fresh guesses at the code.
  return runUseCase(db, toActor(user), meta, async (ctx) => {
    await signIn.markAttemptSucceeded(ctx.trx, attemptId);
    const issued = await issueChallenge(ctx.trx, user.id, stage);
    ctx.audit({ action: 'auth.password', entityType: 'user', entityId: user.id, details: { next: stage } });
    return { step: stage, ...issued };
  });
}

export async function authenticate(
  db: Db,
  token: string,
): Promise<{ actor: Actor; user: AppUserRow } | null> {
  const user = await users.findLiveSession(db.kysely, hashToken(token), new Date());
  return user ? { actor: toActor(user), user } : null;
}

export async function logout(db: Db, actor: Actor, meta: RequestMeta, token: string): Promise<void> {
  await runUseCase(db, actor, meta, async (ctx) => {
    await users.revokeSession(ctx.trx, hashToken(token));
    ctx.audit({ action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}
