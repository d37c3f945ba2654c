// Messages to applicants go through an outbox written in the same transaction as what caused
// them, and are then handed to a provider. Providers are pluggable; the development provider
// appends each message to a file (KORUMA_OUTBOX_FILE), so nothing leaves the machine.
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import * as repo from './delivery.repository.ts';

export interface OutgoingMessage {
  channel: 'sms' | 'email';
  destination: string;
  body: string;
}

export interface DeliveryProvider {
  name: string;
  send(message: OutgoingMessage): Promise<void>;
}

export function fileProvider(path: string): DeliveryProvider {
  return {
    name: 'file',
    async send(message) {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(
        path,
        `${new Date().toISOString()} ${message.channel} ${message.destination}\n${message.body}\n\n`,
      );
    },
  };
}

let provider: DeliveryProvider = fileProvider(
  process.env.KORUMA_OUTBOX_FILE ?? join(process.env.KORUMA_DATA_DIR ?? 'data', 'outbox.log'),
);

export function configureDelivery(next: DeliveryProvider): void {
  provider = next;
}

/** Written in the caller's transaction, so a message exists exactly when what caused it does. */
export function enqueue(trx: Transaction<Database>, message: OutgoingMessage): Promise<void> {
  return repo.insertOutboxMessage(trx, message);
}

/**
 * Hands unsent messages (at most 100) to the provider, each claimed under a row lock until it is
 * marked sent, so that concurrent dispatchers in any process send each message once; a failure
 * leaves it in the outbox for next time. A crash between sending and committing sends it again:
 * a code received twice is better than one never received.
 */
export async function dispatch(db: Kysely<Database>): Promise<number> {
  let sent = 0;
  const failed: number[] = [];
  for (let i = 0; i < 100; i++) {
    const outcome = await db.transaction().execute(async (trx) => {
      const m = await repo.claimUnsentMessage(trx, failed);
      if (!m) return 'none';
      try {
        await provider.send({ channel: m.channel, destination: m.destination, body: m.body });
      } catch {
        failed.push(m.id); // left unsent; the next dispatch tries again
        return 'failed';
      }
      await repo.markSent(trx, m.id, provider.name);
      return 'sent';
    });
    if (outcome === 'none') break;
    if (outcome === 'sent') sent += 1;
  }
  return sent;
}
