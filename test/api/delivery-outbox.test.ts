// The outbox sends each message once even when several dispatchers run at once (two requests,
// or two worker processes of `koruma serve --workers N`), and keeps a failed one for next time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import {
  configureDelivery,
  dispatch,
  enqueue,
  type OutgoingMessage,
} from '../../src/modules/self-service/delivery.service.ts';
import { openTestDatabase } from '../support/database.ts';

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await openTestDatabase()));
afterAll(() => dispose());

async function queue(bodies: string[]) {
  await db.kysely.transaction().execute(async (trx) => {
    for (const body of bodies) await enqueue(trx, { channel: 'sms', destination: '+90 555 000 00 00', body });
  });
}

describe('delivery outbox', () => {
  it('hands each message to the provider once under concurrent dispatchers', async () => {
    const bodies = Array.from({ length: 30 }, (_, i) => `code ${i}`);
    await queue(bodies);
    const received: string[] = [];
    configureDelivery({
      name: 'counting',
      async send(message: OutgoingMessage) {
        // A provider takes a while to answer: the other dispatchers run meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 5));
        received.push(message.body);
      },
    });
    const counts = await Promise.all([1, 2, 3, 4].map(() => dispatch(db.kysely)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(bodies.length);
    expect(received.sort()).toEqual([...bodies].sort());
    const unsent = await db.kysely
      .selectFrom('delivery_outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .execute();
    expect(unsent).toEqual([]);
  });

  it('leaves a message the provider refused in the outbox and sends the others', async () => {
    await queue(['refused', 'accepted']);
    const received: string[] = [];
    configureDelivery({
      name: 'picky',
      send(message: OutgoingMessage) {
        if (message.body === 'refused') return Promise.reject(new Error('provider down'));
        received.push(message.body);
        return Promise.resolve();
      },
    });
    expect(await dispatch(db.kysely)).toBe(1);
    expect(received).toEqual(['accepted']);
    const unsent = await db.kysely
      .selectFrom('delivery_outbox')
      .select('body')
      .where('sent_at', 'is', null)
      .execute();
    expect(unsent.map((m) => m.body)).toEqual(['refused']);
  });
});
