import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditEventRow, Database } from '../../db/schema.ts';
import type { ChainedEvent } from '../../domain/audit-chain.ts';

// One lock for the whole trail: appends are serialised so that seq has no gaps and each
// event links to the one before. It is taken at the end of a use case, so it is held only
// for the insert and the commit.
const AUDIT_CHAIN_LOCK = 72_616_002;

export async function lockChainHead(
  trx: Transaction<Database>,
): Promise<{ seq: number; hash: string } | undefined> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  return trx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertEvents(
  trx: Transaction<Database>,
  events: ReadonlyArray<ChainedEvent & { prevHash: string; hash: string }>,
): Promise<void> {
  await trx
    .insertInto('audit_event')
    .values(
      events.map((e) => ({
        seq: e.seq,
        occurred_at: e.occurredAt,
        actor_user_id: e.actorUserId,
        actor_username: e.actorUsername,
        action: e.action,
        outcome: e.outcome,
        entity_type: e.entityType,
        entity_id: e.entityId,
        person_id: e.personId,
        purpose: e.purpose,
        ip: e.ip,
        request_id: e.requestId,
        details: JSON.stringify(e.details),
        prev_hash: e.prevHash,
        hash: e.hash,
      })),
    )
    .execute();
}

export async function eventsAfter(
  db: Kysely<Database>,
  afterSeq: number,
  limit: number,
): Promise<AuditEventRow[]> {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export interface AuditQuery {
  personId?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

export async function findEvents(db: Kysely<Database>, query: AuditQuery): Promise<AuditEventRow[]> {
  let q = db.selectFrom('audit_event').selectAll();
  if (query.personId) q = q.where('person_id', '=', query.personId);
  if (query.beforeSeq) q = q.where('seq', '<', query.beforeSeq);
  return q.orderBy('seq', 'desc').limit(query.limit).execute();
}
