import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { AppUserRow } from '../../db/schema.ts';
import { isRole, type Actor } from '../../domain/access.ts';
import { auditDenied, runUseCase, type RequestMeta } from '../../core/use-case.ts';
import { AppError } from '../../core/errors.ts';
import { burnPasswordTime, verifyPassword } from './passwords.ts';
import * as users from './users.repository.ts';

// Five wrong passwords for one account, or twenty from one address, within 15 minutes lock
// further attempts until the window passes. Counted in the database, so every process agrees.
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_IP = 20;

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

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: AppUserRow;
}

export async function login(
  db: Db,
  meta: RequestMeta & { ip: string },
  credentials: { username: string; password: string },
  sessionHours: number,
): Promise<LoginResult> {
  const username = credentials.username.trim().toLowerCase();
  // The attempt is counted before the password is checked, so that guesses sent in parallel
  // count against each other instead of all passing the check at once.
  const attemptId = await users.recordLoginAttempt(db.kysely, username, meta.ip, false);
  const failures = await users.recentFailedLogins(
    db.kysely,
    username,
    meta.ip,
    new Date(Date.now() - WINDOW_MS),
  );
  if (failures.byUser > MAX_FAILURES_PER_USER || failures.byIp > MAX_FAILURES_PER_IP) {
    await auditDenied(db, null, meta, {
      action: 'auth.login',
      entityType: 'user',
      details: { username, reason: 'rate_limited' },
    });
    throw new AppError('RATE_LIMITED', 'Too many failed sign-in attempts. Try again in 15 minutes.');
  }
  const user = await users.findUserByUsername(db.kysely, username);
  const ok =
    user && user.active
      ? await verifyPassword(credentials.password, user.password_hash)
      : (await burnPasswordTime(credentials.password), false);
  if (!ok || !user) {
    await auditDenied(db, null, meta, { action: 'auth.login', entityType: 'user', details: { username } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionHours * 3600_000);
  await runUseCase(db, toActor(user), meta, async (ctx) => {
    await users.markLoginSucceeded(ctx.trx, attemptId);
    await users.insertSession(ctx.trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      kind: 'bearer',
      expiresAt,
    });
    ctx.audit({ action: 'auth.login', entityType: 'user', entityId: user.id });
  });
  return { token, expiresAt, user };
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
