// Sign-in throttling that an attacker cannot turn against staff. Failures are counted per
// (account, address) pair, and after a few the pair must wait, longer after each further one:
// five wrong passwords from one address do not stop the right user signing in from another.
// Two wider limits stay: one address (any account) and one account's second step (any address;
// only someone who has the password can fail it). Counted in the database, so every process agrees.
import type { Db } from '../../db/database.ts';
import type { LoginAttemptKind } from '../../db/schema.ts';
import type { Actor } from '../../domain/access.ts';
import { auditDenied, runUseCase, type RequestMeta } from '../../core/use-case.ts';
import { AppError } from '../../core/errors.ts';
import * as signIn from './sign-in.repository.ts';

/** Failures a pair may make before it has to wait. */
export const FREE_FAILURES = 3;
/** The first wait, doubled with every further failure up to the cap. */
export const FIRST_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 15 * 60_000;
/** Failures older than this no longer count for a pair. */
export const PAIR_MEMORY_MS = 24 * 3600_000;
/** The wider limits, over a sliding window. */
export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ADDRESS = 50;
export const MAX_SECOND_FACTOR_FAILURES_PER_ACCOUNT = 10;

/** How long the pair waits after its `failures`-th failure (0 while it has free tries left). */
export function pairDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

export type ThrottleScope = 'pair' | 'address' | 'account';

/** Whether an attempt may go ahead now; if not, which limit holds it and until when. */
export function throttleVerdict(
  counts: signIn.FailureCounts,
  now: Date,
): { scope: ThrottleScope; retryAt: Date } | null {
  if (counts.address >= MAX_FAILURES_PER_ADDRESS && counts.addressOldest)
    return { scope: 'address', retryAt: new Date(counts.addressOldest.getTime() + WINDOW_MS) };
  const delay = pairDelayMs(counts.pair);
  if (delay && counts.pairLast && counts.pairLast.getTime() + delay > now.getTime())
    return { scope: 'pair', retryAt: new Date(counts.pairLast.getTime() + delay) };
  if (counts.account >= MAX_SECOND_FACTOR_FAILURES_PER_ACCOUNT)
    return { scope: 'account', retryAt: new Date(now.getTime() + WINDOW_MS) };
  return null;
}

export function throttled(retryAt: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new AppError(
    'RATE_LIMITED',
    `Too many failed attempts. Try again in ${seconds} seconds.`,
    undefined,
    {
      retryAfterSeconds: seconds,
    },
  );
}

/**
 * Records the attempt before anything is checked, then refuses it if a limit holds. The refused
 * attempt is removed again (it tried nothing) and the refusal is audited. Returns the attempt's id.
 */
export async function beginAttempt(
  db: Db,
  meta: RequestMeta & { ip: string },
  username: string,
  kind: LoginAttemptKind,
): Promise<number> {
  const attemptId = await signIn.insertAttempt(db.kysely, username, meta.ip, kind);
  const now = new Date();
  const counts = await signIn.failureCounts(db.kysely, {
    username,
    ip: meta.ip,
    kind,
    beforeId: attemptId,
    pairSince: new Date(now.getTime() - PAIR_MEMORY_MS),
    windowSince: new Date(now.getTime() - WINDOW_MS),
  });
  const verdict = throttleVerdict(counts, now);
  if (!verdict) return attemptId;
  await signIn.deleteAttempt(db.kysely, attemptId);
  await auditDenied(db, null, meta, {
    action: kind === 'password' ? 'auth.login' : 'auth.second_factor',
    entityType: 'user',
    details: { username, reason: 'rate_limited', scope: verdict.scope, failures: counts.pair },
  });
  throw throttled(verdict.retryAt, now);
}

export interface ThrottleView {
  username: string;
  ip: string;
  kind: LoginAttemptKind;
  failures: number;
  lastFailureAt: string;
  /** When the pair may try again; null when it may now. */
  retryAt: string | null;
}

/** Pairs with failures still counted, and addresses at their limit, for an administrator. */
export async function currentThrottles(db: Db, now = new Date()) {
  const groups = await signIn.failureGroups(db.kysely, new Date(now.getTime() - PAIR_MEMORY_MS));
  const pairs: ThrottleView[] = groups.map((g) => {
    const until = g.last.getTime() + pairDelayMs(g.failures);
    return {
      username: g.username,
      ip: g.ip,
      kind: g.kind,
      failures: g.failures,
      lastFailureAt: g.last.toISOString(),
      retryAt: until > now.getTime() ? new Date(until).toISOString() : null,
    };
  });
  const windowStart = now.getTime() - WINDOW_MS;
  const perAddress = new Map<string, number>();
  for (const g of groups)
    if (g.last.getTime() > windowStart) perAddress.set(g.ip, (perAddress.get(g.ip) ?? 0) + g.failures);
  const addresses = [...perAddress]
    .filter(([, failures]) => failures >= MAX_FAILURES_PER_ADDRESS)
    .map(([ip, failures]) => ({ ip, failures }));
  return { pairs, addresses, limits: limitsView() };
}

export function limitsView() {
  return {
    freeFailures: FREE_FAILURES,
    firstDelaySeconds: FIRST_DELAY_MS / 1000,
    maxDelaySeconds: MAX_DELAY_MS / 1000,
    addressFailuresPerWindow: MAX_FAILURES_PER_ADDRESS,
    windowMinutes: WINDOW_MS / 60_000,
  };
}

/** An administrator clears counted failures (the rows stay, the counters ignore them). */
export function clearThrottles(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  match: { username?: string | undefined; ip?: string | undefined },
) {
  return runUseCase(db, actor, meta, async (ctx) => {
    const cleared = await signIn.clearFailures(ctx.trx, match, new Date());
    ctx.audit({ action: 'auth.throttle_clear', entityType: 'user', details: { ...match, cleared } });
    return { cleared };
  });
}
