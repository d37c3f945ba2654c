// PGlite runs in a worker thread so that a long query does not stall the HTTP server.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';

describe.skipIf(!!process.env.DATABASE_URL)('embedded database in a worker thread', () => {
  it('keeps the event loop free while a query runs', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      let finished = false;
      const slow = sql`select pg_sleep(0.5)`.execute(db.kysely).then(() => (finished = true));
      // A timer set now fires while the query is still running: the thread was not blocked.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(finished).toBe(false);
      await slow;
      expect(finished).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('reports database errors with their SQLSTATE code', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await sql`create table t (id int primary key)`.execute(db.kysely);
      await sql`insert into t values (${1})`.execute(db.kysely);
      await expect(sql`insert into t values (${1})`.execute(db.kysely)).rejects.toMatchObject({
        code: '23505',
      });
    } finally {
      await db.close();
    }
  });
});
