import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/calendar.ts';
import { turkishToday } from '../../src/core/use-case.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { uniquePerson } from '../support/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const today = turkishToday();

describe('households', () => {
  it('registers a family of four with specific needs in one request', async () => {
    const res = await t.admin.post('/api/v1/households', {
      principal: {
        person: uniquePerson({ sex: 'female', specificNeeds: ['LFIP67-SINGLE_PARENT', 'SP-PT'] }),
      },
      members: [
        {
          relationship: 'child',
          person: uniquePerson({ dateOfBirth: '2014-05-01', specificNeeds: ['DS-DF'] }),
        },
        { relationship: 'child', person: uniquePerson({ dateOfBirth: '2017-08-09' }) },
        {
          relationship: 'parent',
          person: uniquePerson({
            dateOfBirth: '1950-01-01',
            dateOfBirthPrecision: 'year',
            specificNeeds: ['LFIP67-ELDERLY'],
          }),
        },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.members).toHaveLength(4);
    expect(res.body.members.map((m: any) => m.relationship).sort()).toEqual([
      'child',
      'child',
      'parent',
      'principal',
    ]);
    const principal = await t.admin.get(`/api/v1/persons/${res.body.principalPersonId}`);
    expect(principal.body.household.members).toHaveLength(4);
    expect(principal.body.specificNeeds.map((n: any) => n.code).sort()).toEqual([
      'LFIP67-SINGLE_PARENT',
      'SP-PT',
    ]);
  });

  it('keeps one household per person and the history of moves', async () => {
    const a = (
      await t.admin.post('/api/v1/households', {
        principal: { person: uniquePerson() },
        members: [{ relationship: 'spouse', person: uniquePerson({ sex: 'male' }) }],
      })
    ).body;
    const b = (
      await t.admin.post('/api/v1/households', { principal: { person: uniquePerson() }, members: [] })
    ).body;
    const mover = a.members.find((m: any) => m.relationship === 'spouse').personId;
    const moved = await t.admin.post(`/api/v1/households/${b.id}/members`, {
      personId: mover,
      relationship: 'spouse',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.members).toHaveLength(2);
    expect((await t.admin.get(`/api/v1/households/${a.id}`)).body.members).toHaveLength(1);
    const history = await t.db.kysely
      .selectFrom('household_membership')
      .select(['household_id', 'left_at'])
      .where('person_id', '=', mover)
      .orderBy('joined_at')
      .execute();
    expect(history).toHaveLength(2);
    expect(history[0]!.household_id).toBe(a.id);
    expect(history[0]!.left_at).not.toBeNull();
    expect(history[1]!.left_at).toBeNull();
    const again = await t.admin.post(`/api/v1/households/${b.id}/members`, {
      personId: mover,
      relationship: 'spouse',
    });
    expect(again.status).toBe(409);
  });

  it('refuses to drop the principal applicant', async () => {
    const h = (
      await t.admin.post('/api/v1/households', { principal: { person: uniquePerson() }, members: [] })
    ).body;
    const res = await t.admin.delete(`/api/v1/households/${h.id}/members/${h.principalPersonId}`, {
      reason: 'test',
    });
    expect(res.status).toBe(409);
  });
});

describe('identity documents', () => {
  let person: any;
  beforeAll(async () => {
    person = (await t.admin.post('/api/v1/persons', uniquePerson())).body;
  });

  it('issues a registration document valid for 30 days, flagged unverified', async () => {
    const issuedOn = addDays(today, -20);
    const res = await t.admin.post(`/api/v1/persons/${person.id}/documents`, {
      type: 'registration_document',
      issuedOn,
    });
    expect(res.status).toBe(201);
    expect(res.body.number).toMatch(/^KB-\d{4}-\d{6}$/);
    expect(res.body.issuedOn).toBe(issuedOn);
    // Counted from the day after issue (domain.md §0.1).
    expect(res.body.expiresOn).toBe(addDays(issuedOn, 30));
    expect(res.body.validityRule.unverified).toBe(true);
    person.registrationDocument = res.body;
  });

  it('refuses a second valid document of the same type', async () => {
    const res = await t.admin.post(`/api/v1/persons/${person.id}/documents`, {
      type: 'registration_document',
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].code).toBe('one_valid_per_type');
  });

  it('judges an old document by the rule in force when it was issued', async () => {
    const other = (await t.admin.post('/api/v1/persons', uniquePerson())).body;
    const res = await t.admin.post(`/api/v1/persons/${other.id}/documents`, {
      type: 'ip_applicant_id',
      issuedOn: '2019-06-01',
    });
    expect(res.status).toBe(201);
    expect(res.body.validityRule.id).toBe('ip-applicant-6m-2014');
    expect(res.body.expiresOn).toBe('2019-12-01');
    expect(res.body.status).toBe('expired');
    // Expired: a new one may be issued, now under the post-2019 rule.
    const fresh = await t.admin.post(`/api/v1/persons/${other.id}/documents`, { type: 'ip_applicant_id' });
    expect(fresh.status).toBe(201);
    expect(fresh.body.validityRule.id).toBe('ip-applicant-6m-2019');
    expect(fresh.body.expiresOn).toBe(addMonths(today, 6));
  });

  it('renews, reports loss, and then allows a replacement', async () => {
    const doc = person.registrationDocument;
    const renewed = await t.admin.post(`/api/v1/documents/${doc.id}/renew`);
    expect(renewed.status).toBe(200);
    expect(renewed.body.expiresOn).toBe(addDays(doc.expiresOn, 30));
    expect(renewed.body.renewals).toBe(1);
    // A second renewal straight away (a double click, a second officer) is refused.
    const again = await t.admin.post(`/api/v1/documents/${doc.id}/renew`);
    expect(again.status).toBe(409);
    expect(again.body.errors[0].code).toBe('renewal_not_open');
    const lost = await t.admin.post(`/api/v1/documents/${doc.id}/loss`, {
      reason: 'Stolen on the bus; police report 2026/123',
    });
    expect(lost.body.status).toBe('lost');
    expect((await t.admin.post(`/api/v1/documents/${doc.id}/renew`)).status).toBe(409);
    expect(
      (await t.admin.post(`/api/v1/persons/${person.id}/documents`, { type: 'registration_document' }))
        .status,
    ).toBe(201);
  });

  it('issues temporary-protection documents only to people from Syria', async () => {
    const res = await t.admin.post(`/api/v1/persons/${person.id}/documents`, {
      type: 'temporary_protection_id',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('RULE_VIOLATION');
    const syrian = (await t.admin.post('/api/v1/persons', uniquePerson({ nationality: 'SYR' }))).body;
    expect(
      (await t.admin.post(`/api/v1/persons/${syrian.id}/documents`, { type: 'temporary_protection_id' }))
        .status,
    ).toBe(201);
  });

  it('prints a card whose QR code carries only what the card shows', async () => {
    const current = (await t.admin.get(`/api/v1/persons/${person.id}`)).body.documents.find(
      (d: any) => d.status === 'valid',
    );
    const card = await t.admin.get(`/api/v1/documents/${current.id}/card`);
    expect(card.status).toBe(200);
    expect(card.body.qrSvg).toContain('<svg');
    expect(card.body.qrPayload).toBe(
      `KORUMA|${current.number}|${person.foreignerIdNumber}|${current.expiresOn}`,
    );
  });

  it('does not issue documents for a person outside the officer’s province', async () => {
    const ankara = await t.as('registration_officer', { provinceCode: '06' });
    const res = await ankara.post(`/api/v1/persons/${person.id}/documents`, { type: 'ip_applicant_id' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
