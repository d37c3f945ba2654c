import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/core/audit-trail.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { uniquePerson } from '../support/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records who registered, read and changed a person, with purpose and address', async () => {
    const person = (await t.admin.post('/api/v1/persons', uniquePerson())).body;
    await t.admin.get(`/api/v1/persons/${person.id}`, { 'x-koruma-purpose': 'interview preparation' });
    await t.admin.patch(`/api/v1/persons/${person.id}`, { version: 1, district: 'Kadıköy' });
    const res = await t.admin.get(`/api/v1/audit?personId=${person.id}`);
    expect(res.status).toBe(200);
    const actions = res.body.events.map((e: any) => e.action).reverse();
    expect(actions).toEqual(['person.register', 'person.read', 'person.update']);
    const read = res.body.events.find((e: any) => e.action === 'person.read');
    expect(read).toMatchObject({
      actorUsername: 'admin',
      purpose: 'interview preparation',
      ip: '127.0.0.1',
      outcome: 'success',
    });
    expect(read.requestId).toBeTruthy();
    const update = res.body.events.find((e: any) => e.action === 'person.update');
    expect(update.details.previous).toEqual({ district: null });
  });

  it('records each person shown in search results and duplicate candidates, even when registration is refused', async () => {
    const person = (
      await t.admin.post(
        '/api/v1/persons',
        uniquePerson({ givenName: 'Soraya', familyName: 'Esfandiarizq', dateOfBirth: '1977-07-07' }),
      )
    ).body;
    await t.admin.get('/api/v1/persons?q=Esfandiarizq');
    const refused = await t.admin.post(
      '/api/v1/persons',
      uniquePerson({ givenName: 'Soraya', familyName: 'Esfandiarizq', dateOfBirth: '1977-07-07' }),
    );
    expect(refused.status).toBe(409);
    const events = (await t.admin.get(`/api/v1/audit?personId=${person.id}`)).body.events;
    const listed = events.filter((e: any) => e.action === 'person.listed').map((e: any) => e.details.via);
    expect(listed.sort()).toEqual(['duplicate_check', 'search']);
  });

  it('shows a person’s history: changes to officers, reads too to administrators', async () => {
    const officer = await t.as('registration_officer');
    const person = (await officer.post('/api/v1/persons', uniquePerson())).body;
    await officer.get(`/api/v1/persons/${person.id}`);
    await officer.patch(`/api/v1/persons/${person.id}`, { version: 1, district: 'Beyoğlu' });
    const forOfficer = await officer.get(`/api/v1/persons/${person.id}/history`);
    expect(forOfficer.status).toBe(200);
    expect(forOfficer.body.events.map((e: any) => e.action).sort()).toEqual([
      'person.register',
      'person.update',
    ]);
    const forAdmin = await t.admin.get(`/api/v1/persons/${person.id}/history`);
    expect(forAdmin.body.events.map((e: any) => e.action)).toContain('person.read');
  });

  it('is for administrators only', async () => {
    const officer = await t.as('registration_officer');
    expect((await officer.get('/api/v1/audit')).status).toBe(403);
  });

  it('writes nothing for a use case that failed', async () => {
    const before = await t.db.kysely
      .selectFrom('audit_event')
      .select((eb) => eb.fn.max('seq').as('s'))
      .executeTakeFirstOrThrow();
    const res = await t.admin.post('/api/v1/persons', uniquePerson({ dateOfBirth: '2099-01-01' }));
    expect(res.status).toBe(422);
    const after = await t.db.kysely
      .selectFrom('audit_event')
      .select((eb) => eb.fn.max('seq').as('s'))
      .executeTakeFirstOrThrow();
    expect(after.s).toBe(before.s);
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(sql`update audit_event set action = 'x' where seq = 1`.execute(t.db.kysely)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_event where seq = 1`.execute(t.db.kysely)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate audit_event`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_head set seq = seq - 1`.execute(t.db.kysely)).rejects.toThrow(
      /only moves forward/,
    );
    await expect(sql`delete from audit_head`.execute(t.db.kysely)).rejects.toThrow(/only moves forward/);
  });

  it('verifies an intact chain and detects an altered and a deleted event', async () => {
    const intact = await verifyAuditChain(t.db.kysely);
    expect(intact.ok).toBe(true);
    expect(intact.checked).toBeGreaterThan(3);
    // Someone with superuser rights switches the guard off and edits history.
    await sql`alter table audit_event disable trigger audit_event_no_update`.execute(t.db.kysely);
    try {
      const original = await t.db.kysely
        .selectFrom('audit_event')
        .select('actor_username')
        .where('seq', '=', 2)
        .executeTakeFirstOrThrow();
      await sql`update audit_event set actor_username = 'someone-else' where seq = 2`.execute(t.db.kysely);
      const altered = await verifyAuditChain(t.db.kysely);
      expect(altered.ok).toBe(false);
      expect(altered.problem).toEqual({ kind: 'altered', seq: 2 });
      await sql`update audit_event set actor_username = ${original.actor_username} where seq = 2`.execute(
        t.db.kysely,
      );
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
      await sql`delete from audit_event where seq = 3`.execute(t.db.kysely);
      const deleted = await verifyAuditChain(t.db.kysely);
      expect(deleted.ok).toBe(false);
      expect(deleted.problem).toEqual({ kind: 'gap', expectedSeq: 3, foundSeq: 4 });
      // Cutting events off the end leaves an intact chain, but one shorter than its head.
      await sql`delete from audit_event where seq >= 3`.execute(t.db.kysely);
      const truncated = await verifyAuditChain(t.db.kysely);
      expect(truncated.problem).toMatchObject({ kind: 'truncated', lastSeq: 2 });
    } finally {
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(t.db.kysely);
    }
  });

  it('keeps the chain gap-free under concurrent writes', async () => {
    await Promise.all(Array.from({ length: 12 }, () => t.admin.post('/api/v1/persons', uniquePerson())));
    const rows = await t.db.kysely
      .selectFrom('audit_event')
      .select('seq')
      .where('seq', '>', 4)
      .orderBy('seq')
      .execute();
    rows.forEach((row, i) => expect(row.seq).toBe(rows[0]!.seq + i));
  });
});

describe('health and API description', () => {
  it('reports status and engine', async () => {
    const res = await t.anonymous.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('serves OpenAPI 3.1 describing the registry', async () => {
    const res = await t.anonymous.get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/persons', '/api/v1/persons/matches', '/api/v1/households']),
    );
    expect((await t.anonymous.raw('/api/v1/docs/', { method: 'GET' })).status).toBe(200);
  });

  it('answers unknown API routes with a problem', async () => {
    const res = await t.admin.get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
