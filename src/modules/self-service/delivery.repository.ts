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

/**
 * The oldest unsent message that no other transaction holds, locked until the caller commits:
 * two dispatchers (two requests, or two worker processes) never send the same message.
 */
export function claimUnsentMessage(trx: Transaction<Database>, skipIds: readonly number[]) {
  return trx
    .selectFrom('delivery_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .$if(skipIds.length > 0, (q) => q.where('id', 'not in', skipIds))
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function markSent(db: Q, id: number, provider: string): Promise<void> {
  await db
    .updateTable('delivery_outbox')
    .set({ sent_at: new Date(), provider })
    .where('id', '=', id)
    .execute();
}
