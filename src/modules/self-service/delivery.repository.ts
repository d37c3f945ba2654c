// SQL for the outbox of messages to applicants.
import type { Kysely, Transaction } from 'kysely';
import type { Database, DeliveryOutboxChannel } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertOutboxMessage(
  db: Q,
  message: { channel: DeliveryOutboxChannel; destination: string; body: string },
): Promise<void> {
  await db.insertInto('delivery_outbox').values(message).execute();
}

/** The oldest unsent messages, at most `limit` of them. */
export function unsentMessages(db: Q, limit: number) {
  return db
    .selectFrom('delivery_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function markSent(db: Q, id: number, provider: string): Promise<void> {
  await db
    .updateTable('delivery_outbox')
    .set({ sent_at: new Date(), provider })
    .where('id', '=', id)
    .execute();
}
