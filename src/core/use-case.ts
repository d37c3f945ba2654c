// Every use case runs in one transaction and writes its audit events in that same
// transaction: either the change and its record of who did it both commit, or neither does.
import type { Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../domain/access.ts';
import { appendAuditEvents, type AuditInput } from './audit-trail.ts';
import { AppError, notFound } from './errors.ts';

export interface RequestMeta {
  requestId: string | null;
  ip: string | null;
  /** Why the record is being accessed (sent by the client as X-Koruma-Purpose, or the route's default). */
  purpose: string | null;
}

export type AuditEntry = Pick<AuditInput, 'action' | 'entityType'> &
  Partial<Pick<AuditInput, 'entityId' | 'personId' | 'details' | 'outcome'>>;

export interface UseCaseContext {
  readonly trx: Transaction<Database>;
  readonly actor: Actor | null;
  readonly meta: RequestMeta;
  /** Today's date in Türkiye (UTC+3, no daylight saving since 2016), as legal dates are reckoned. */
  readonly today: string;
  audit(entry: AuditEntry): void;
}

/** The signed-in actor of a use case that needs one (every HTTP use case behind the guard). */
export function requireActor(ctx: UseCaseContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}

export const SYSTEM_META: RequestMeta = { requestId: null, ip: null, purpose: 'system' };

export function turkishToday(now = new Date()): string {
  return new Date(now.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
}

function toAuditInput(entry: AuditEntry, actor: Actor | null, meta: RequestMeta): AuditInput {
  return {
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    personId: entry.personId ?? null,
    details: entry.details ?? {},
    outcome: entry.outcome ?? 'success',
    actorUserId: actor?.userId ?? null,
    actorUsername: actor?.username ?? null,
    purpose: meta.purpose,
    ip: meta.ip,
    requestId: meta.requestId,
  };
}

/**
 * A failure that must leave a trace although the use case's transaction rolls back: a refused
 * access, or an error that shows personal data (the candidates of a possible duplicate).
 */
export class AuditedFailure extends AppError {
  constructor(
    readonly entries: AuditEntry[],
    ...args: ConstructorParameters<typeof AppError>
  ) {
    super(...args);
  }
}

/**
 * A refusal of a record outside the actor's scope, audited as denied. It answers exactly what
 * a record that does not exist answers (`notFound(what)`: 404 NOT_FOUND, the same detail), so
 * that the answer never tells whether the record exists. `what` is the name the use case gives
 * when the record is missing.
 */
export class AccessDenied extends AuditedFailure {
  constructor(entry: AuditEntry, what: string) {
    const missing = notFound(what);
    super([{ ...entry, outcome: 'denied' }], missing.code, missing.detail);
  }
}

/**
 * A refusal by role or rule of something the actor may know exists (health care recorded by
 * other staff, a record outside an organisation's sharing boundary): 403, audited as denied.
 */
export class AuditedRefusal extends AuditedFailure {
  constructor(entry: AuditEntry, detail: string) {
    super([{ ...entry, outcome: 'denied' }], 'FORBIDDEN', detail);
  }
}

export async function runUseCase<T>(
  db: Db,
  actor: Actor | null,
  meta: RequestMeta,
  work: (ctx: UseCaseContext) => Promise<T>,
  /** The legal "today"; injectable so that a test can stand on a fixed day. */
  today: string = turkishToday(),
): Promise<T> {
  try {
    return await inTransaction(db, actor, meta, work, today);
  } catch (error) {
    if (error instanceof AuditedFailure) await auditAfterRollback(db, actor, meta, error.entries);
    throw error;
  }
}

function inTransaction<T>(
  db: Db,
  actor: Actor | null,
  meta: RequestMeta,
  work: (ctx: UseCaseContext) => Promise<T>,
  today: string,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const pending: AuditInput[] = [];
    const ctx: UseCaseContext = {
      trx,
      actor,
      meta,
      today,
      audit: (entry) => pending.push(toAuditInput(entry, actor, meta)),
    };
    const result = await work(ctx);
    await appendAuditEvents(trx, pending);
    return result;
  });
}

/** Records a refused attempt in its own transaction: the use case rolled back, the attempt stays. */
export async function auditDenied(
  db: Db,
  actor: Actor | null,
  meta: RequestMeta,
  entry: AuditEntry,
): Promise<void> {
  await auditAfterRollback(db, actor, meta, [{ ...entry, outcome: 'denied' }]);
}

async function auditAfterRollback(db: Db, actor: Actor | null, meta: RequestMeta, entries: AuditEntry[]) {
  const inputs = entries.map((entry) => toAuditInput(entry, actor, meta));
  await db.kysely.transaction().execute((trx) => appendAuditEvents(trx, inputs));
}
