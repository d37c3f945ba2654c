import type { Kysely, Transaction } from 'kysely';
import type { AuditEventRow, Database } from '../db/schema.ts';
import type { ChainedEvent } from '../domain/audit-chain.ts';

/**
 * Reserves `count` sequence numbers at the head of the chain and returns the head before them.
 * The UPDATE locks the head row until commit, so appends are serialised and seq has no gaps;
 * it is the last thing a use case does, so the lock is held only for the insert and the commit.
 */
export async function reserveChainHead(
  trx: Transaction<Database>,
  count: number,
): Promise<{ seq: number; hash: string }> {
  return trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', count) }))
    .where('id', '=', 1)
    .returning((eb) => [eb('seq', '-', count).as('seq'), 'hash'])
    .executeTakeFirstOrThrow();
}

export function readChainHead(db: Kysely<Database>): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
}

/** Inserts the events and moves the head's hash to the last of them, in one statement. */
export async function insertEvents(
  trx: Transaction<Database>,
  events: ReadonlyArray<ChainedEvent & { prevHash: string; hash: string }>,
): Promise<void> {
  const headHash = events.at(-1)!.hash;
  await trx
    .with('inserted', (db) =>
      db.insertInto('audit_event').values(
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
      ),
    )
    .updateTable('audit_head')
    .set({ hash: headHash })
    .where('id', '=', 1)
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
