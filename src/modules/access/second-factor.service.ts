// The second step of sign-in: a TOTP code (or a one-time recovery code) after the right
// password, enrolment for an account that must have one and has none, and the administrator's
// reset. Between the two steps the caller holds a short-lived challenge, kept hashed in the
// database like a session token; the full session starts only when the second step is done.
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Db } from '../../db/database.ts';
import type { AppUserRow, SignInChallengeStage } from '../../db/schema.ts';
import type { Actor, Role } from '../../domain/access.ts';
import { auditDenied, runUseCase, type RequestMeta } from '../../core/use-case.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { base32Encode, matchingStep, newTotpSecret, otpauthUri } from './totp.ts';
import { openSecret, sealSecret, type SecretKey } from './secret-box.ts';
import { beginAttempt } from './throttle.ts';
import { hashToken, startSession, toActor, type SessionStart } from './session-start.ts';
import * as signIn from './sign-in.repository.ts';
import * as users from './users.repository.ts';

export interface SignInSettings {
  /** Roles that must sign in with a second factor (KORUMA_TOTP_REQUIRED_ROLES). */
  requiredRoles: readonly Role[];
  /** KORUMA_TOTP_KEY: seals TOTP secrets in the database; null stores them marked plain. */
  secretKey: SecretKey;
  sessionHours: number;
}

const CODE_CHALLENGE_MS = 5 * 60_000;
const ENROL_CHALLENGE_MS = 15 * 60_000;
const RECOVERY_CODES = 10;

export function needsSecondStep(settings: SignInSettings, user: AppUserRow): SignInChallengeStage | null {
  if (user.totp_secret) return 'code';
  return settings.requiredRoles.includes(user.role) ? 'enrol' : null;
}

/** A challenge for the second step; the plain token goes to the client once. */
export async function issueChallenge(
  trx: Parameters<typeof signIn.insertChallenge>[0],
  userId: string,
  stage: SignInChallengeStage,
) {
  const challenge = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + (stage === 'code' ? CODE_CHALLENGE_MS : ENROL_CHALLENGE_MS));
  await signIn.insertChallenge(trx, { tokenHash: hashToken(challenge), userId, stage, expiresAt });
  return { challenge, expiresAt };
}

async function liveChallenge(db: Db, challenge: string, stage: SignInChallengeStage) {
  const row = await signIn.findLiveChallenge(db.kysely, hashToken(challenge), new Date());
  const user = row && row.stage === stage ? await users.findUserById(db.kysely, row.user_id) : undefined;
  // An unknown, used or expired challenge: sign in again from the password.
  if (!row || !user || !user.active) throw new AppError('UNAUTHENTICATED', 'Sign in again');
  return { row, user };
}

const wrongCode = (code: string) =>
  invalid([
    { field: 'code', message: code === 'code_used' ? 'this code was already used' : 'wrong code', code },
  ]);

/** Starts (or starts again) the enrolment of this challenge: a new secret, its URI and QR code. */
export async function startEnrolment(db: Db, settings: SignInSettings, meta: RequestMeta, challenge: string) {
  const { row, user } = await liveChallenge(db, challenge, 'enrol');
  const secret = newTotpSecret();
  const uri = otpauthUri(user.username, secret);
  await runUseCase(db, toActor(user), meta, async (ctx) => {
    await signIn.setPendingSecret(ctx.trx, row.token_hash, sealSecret(settings.secretKey, secret, user.id));
    ctx.audit({ action: 'auth.second_factor_enrol_start', entityType: 'user', entityId: user.id });
  });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/** Confirms enrolment with a first code; the account then has its factor and recovery codes. */
export async function confirmEnrolment(
  db: Db,
  settings: SignInSettings,
  meta: RequestMeta & { ip: string },
  input: { challenge: string; code: string },
): Promise<SessionStart & { recoveryCodes: string[] }> {
  const { row, user } = await liveChallenge(db, input.challenge, 'enrol');
  const attemptId = await beginAttempt(db, meta, user.username, 'second_factor');
  const secret = row.pending_secret ? openSecret(settings.secretKey, row.pending_secret, user.id) : null;
  if (!secret) throw new AppError('CONFLICT', 'Start the enrolment first');
  const step = matchingStep(secret, input.code.trim(), Date.now());
  if (step === null) {
    await auditDenied(db, null, meta, {
      action: 'auth.second_factor_enrol',
      entityType: 'user',
      entityId: user.id,
      details: { username: user.username, reason: 'wrong_code' },
    });
    throw wrongCode('wrong_code');
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  const session = await startSession(db, meta, {
    user,
    attemptId,
    sessionHours: settings.sessionHours,
    challengeHash: row.token_hash,
    alsoWrite: async (trx) => {
      await signIn.setTotp(trx, user.id, {
        secret: sealSecret(settings.secretKey, secret, user.id),
        enrolledAt: new Date(),
        lastStep: step,
      });
      await signIn.replaceRecoveryCodes(trx, user.id, recoveryCodes.map(hashRecoveryCode));
    },
    alsoAudit: { action: 'auth.second_factor_enrol', entityType: 'user', entityId: user.id },
  });
  return { ...session, recoveryCodes };
}

/** The second step: a code from the authenticator, or one of the recovery codes. */
export async function completeSecondStep(
  db: Db,
  settings: SignInSettings,
  meta: RequestMeta & { ip: string },
  input: { challenge: string; code?: string | undefined; recoveryCode?: string | undefined },
): Promise<SessionStart> {
  const { row, user } = await liveChallenge(db, input.challenge, 'code');
  const attemptId = await beginAttempt(db, meta, user.username, 'second_factor');
  const refuse = async (reason: string) => {
    await auditDenied(db, null, meta, {
      action: 'auth.second_factor',
      entityType: 'user',
      entityId: user.id,
      details: { username: user.username, reason, method: input.recoveryCode ? 'recovery_code' : 'totp' },
    });
    return wrongCode(reason);
  };
  if (input.recoveryCode) {
    const used = await signIn.useRecoveryCode(
      db.kysely,
      user.id,
      hashRecoveryCode(input.recoveryCode),
      new Date(),
    );
    if (!used) throw await refuse('wrong_code');
    const left = await signIn.unusedRecoveryCodes(db.kysely, user.id);
    return startSession(db, meta, {
      user,
      attemptId,
      sessionHours: settings.sessionHours,
      challengeHash: row.token_hash,
      alsoAudit: {
        action: 'auth.recovery_code_used',
        entityType: 'user',
        entityId: user.id,
        details: { unusedLeft: left },
      },
    });
  }
  const secret = user.totp_secret ? openSecret(settings.secretKey, user.totp_secret, user.id) : null;
  if (!secret)
    throw new AppError(
      'RULE_VIOLATION',
      'The second factor cannot be read with this server key; an administrator can reset it',
    );
  const step = matchingStep(secret, (input.code ?? '').trim(), Date.now());
  if (step === null) throw await refuse('wrong_code');
  // The step is taken before the session is made: two requests with one code, only one wins.
  if (!(await signIn.acceptTotpStep(db.kysely, user.id, step))) throw await refuse('code_used');
  return startSession(db, meta, {
    user,
    attemptId,
    sessionHours: settings.sessionHours,
    challengeHash: row.token_hash,
  });
}

/** An administrator (or the command line) removes a user's second factor; they enrol again. */
export async function resetSecondFactor(
  db: Db,
  actor: Actor | null,
  meta: RequestMeta,
  find: { id: string } | { username: string },
) {
  return runUseCase(db, actor, meta, async (ctx) => {
    const user =
      'id' in find
        ? await users.findUserById(ctx.trx, find.id)
        : await users.findUserByUsername(ctx.trx, find.username);
    if (!user) throw notFound('User');
    const had = user.totp_secret !== null;
    await signIn.setTotp(ctx.trx, user.id, null);
    await signIn.replaceRecoveryCodes(ctx.trx, user.id, []);
    await signIn.dropUserChallenges(ctx.trx, user.id);
    await users.revokeUserSessions(ctx.trx, user.id);
    ctx.audit({
      action: 'user.reset_second_factor',
      entityType: 'user',
      entityId: user.id,
      details: { username: user.username, hadSecondFactor: had },
    });
    return (await users.findUserById(ctx.trx, user.id))!;
  });
}

/** 50 random bits, shown as XXXXX-XXXXX; stored only as a hash. */
function newRecoveryCode(): string {
  const text = base32Encode(randomBytes(7)).slice(0, 10);
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

export function hashRecoveryCode(code: string): string {
  return hashToken(code.toUpperCase().replace(/[\s-]/g, ''));
}
