// Signing in to self-service: foreigner ID number and date of birth, then a one-time code sent to
// the phone or e-mail on record. The answer never says whether an ID number exists; attempts are
// limited per ID number and per address; codes expire; every step is audited.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { runUseCase, type RequestMeta } from '../../core/use-case.ts';
import type { Lang } from '../../domain/reference/labels.ts';
import { enqueue } from './delivery.service.ts';
import * as repo from './sign-in.repository.ts';
import { SS_WORDS } from './self-service.words.ts';

const hash = (value: string) => createHash('sha256').update(value).digest('hex');
export const CODE_MINUTES = 10;
export const SESSION_MINUTES = 30;
// An address may be an NGO office or a shared phone shop: its limit is higher than one person's.
const LIMITS = { perId: 5, perAddress: 50, windowMinutes: 15, codeAttempts: 5 };

export type StartResult = { limited: true } | { limited: false; challenge: string };

async function tooMany(db: Db, key: string, max: number): Promise<boolean> {
  return (await repo.recentAttempts(db.kysely, key, LIMITS.windowMinutes)) >= max;
}

export async function startSignIn(
  db: Db,
  meta: RequestMeta,
  input: { foreignerIdNumber: string; dateOfBirth: string; lang: Lang },
): Promise<StartResult> {
  const idKey = `id:${input.foreignerIdNumber}`;
  const ipKey = `ip:${meta.ip ?? 'unknown'}`;
  if ((await tooMany(db, idKey, LIMITS.perId)) || (await tooMany(db, ipKey, LIMITS.perAddress)))
    return { limited: true };
  await repo.noteAttempts(db.kysely, [idKey, ipKey]);
  const challenge = randomBytes(24).toString('base64url');
  await runUseCase(db, null, meta, async (ctx) => {
    const person = await repo.personBySignInDetails(ctx.trx, input.foreignerIdNumber, input.dateOfBirth);
    const reachable = person && (person.phone || person.email);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    // A challenge is stored even when no one matched, so that the answer looks the same.
    await repo.insertChallenge(ctx.trx, {
      token_hash: hash(challenge),
      person_id: reachable ? person.id : null,
      code_hash: reachable ? hash(`${challenge}:${code}`) : null,
      expires_at: new Date(Date.now() + CODE_MINUTES * 60_000),
    });
    if (reachable) {
      const body = SS_WORDS[input.lang].codeMessage
        .replace('{code}', code)
        .replace('{minutes}', String(CODE_MINUTES));
      await enqueue(
        ctx.trx,
        person.phone
          ? { channel: 'sms', destination: person.phone, body }
          : { channel: 'email', destination: person.email!, body },
      );
    }
    ctx.audit({
      action: 'applicant.code_requested',
      entityType: 'person',
      entityId: person?.id ?? null,
      personId: person?.id ?? null,
      outcome: reachable ? 'success' : 'denied',
      details: { matched: !!reachable },
    });
  });
  return { limited: false, challenge };
}

export type VerifyResult = { ok: true; session: string } | { ok: false; limited: boolean };

export async function verifyCode(
  db: Db,
  meta: RequestMeta,
  input: { challenge: string; code: string },
): Promise<VerifyResult> {
  const ipKey = `ip:${meta.ip ?? 'unknown'}`;
  if (await tooMany(db, ipKey, LIMITS.perAddress)) return { ok: false, limited: true };
  await repo.noteAttempts(db.kysely, [ipKey]);
  return runUseCase(db, null, meta, async (ctx) => {
    const row = await repo.challengeForUpdate(ctx.trx, hash(input.challenge));
    if (!row || row.used_at || row.expires_at < new Date() || row.attempts >= LIMITS.codeAttempts)
      return { ok: false as const, limited: !!row && row.attempts >= LIMITS.codeAttempts };
    await repo.setChallengeAttempts(ctx.trx, row.token_hash, row.attempts + 1);
    const given = Buffer.from(hash(`${input.challenge}:${input.code.trim()}`));
    const good =
      row.code_hash !== null && row.person_id !== null && timingSafeEqual(given, Buffer.from(row.code_hash));
    if (!good) {
      ctx.audit({
        action: 'applicant.sign_in',
        entityType: 'person',
        entityId: row.person_id,
        personId: row.person_id,
        outcome: 'denied',
      });
      return { ok: false as const, limited: row.attempts + 1 >= LIMITS.codeAttempts };
    }
    const session = randomBytes(32).toString('base64url');
    await repo.markChallengeUsed(ctx.trx, row.token_hash);
    await repo.insertSession(ctx.trx, {
      token_hash: hash(session),
      person_id: row.person_id!,
      expires_at: new Date(Date.now() + SESSION_MINUTES * 60_000),
    });
    ctx.audit({
      action: 'applicant.sign_in',
      entityType: 'person',
      entityId: row.person_id,
      personId: row.person_id,
    });
    return { ok: true as const, session };
  });
}

export async function sessionPerson(db: Db, session: string | undefined): Promise<string | null> {
  if (!session) return null;
  return (await repo.activeSessionPerson(db.kysely, hash(session))) ?? null;
}

export async function endSession(db: Db, session: string | undefined) {
  if (session) await repo.markSessionEnded(db.kysely, hash(session));
}
