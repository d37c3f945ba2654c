// What residents receive, over HTTP: services with health notes for health staff only, visits
// (refusals need a reason and are reported; lawyers' meetings are confidential), children's
// schooling and referrals on the board, and the centre scope over residents.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { createCentre, personAged } from '../support/centres.ts';

const TODAY = '2026-11-20';
let t: TestApp;
let registrar: Client;
let staff: Client;
let health: Client;
let centre: { id: string; units: Record<string, string> };
let mother: string;
let girl: string;
let boy: string;
let lone: string;
beforeAll(async () => {
  t = await startTestApp({ today: TODAY });
  registrar = await t.as('registration_officer', { provinceCode: '34' });
  centre = await createCentre(t.admin);
  staff = await t.as('centre_staff', { centreId: centre.id });
  health = await t.as('health_staff', { centreId: centre.id });
  mother = await personAged(registrar, 31, TODAY, { sex: 'female', specificNeeds: ['LFIP67-SINGLE_PARENT'] });
  girl = await personAged(registrar, 8, TODAY, { sex: 'female' });
  boy = await personAged(registrar, 4, TODAY, { sex: 'male' });
  lone = await personAged(registrar, 16, TODAY, {
    sex: 'male',
    specificNeeds: ['LFIP67-UNACCOMPANIED_MINOR'],
  });
  for (const [personId, memberIds] of [
    [mother, [girl, boy]],
    [lone, []],
  ] as const)
    expect(
      (await registrar.post('/api/v1/accommodation-requests', { personId, memberIds, requestedOn: TODAY }))
        .status,
    ).toBe(201);
  expect(
    (
      await staff.post('/api/v1/admissions', {
        unitId: centre.units['Family 1'],
        personIds: [mother, girl, boy],
        admittedOn: TODAY,
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await staff.post('/api/v1/admissions', {
        unitId: centre.units.Children,
        personIds: [lone],
        admittedOn: TODAY,
      })
    ).status,
  ).toBe(201);
});
afterAll(() => t.close());

const resident = (client: Client, personId: string) =>
  client.get(`/api/v1/centres/${centre.id}/residents/${personId}`);
const service = (client: Client, personId: string, body: Record<string, unknown>) =>
  client.post(`/api/v1/centres/${centre.id}/residents/${personId}/services`, { deliveredOn: TODAY, ...body });

describe('services', () => {
  it('lets only health staff record health care, and shows the note to health staff only', async () => {
    expect((await service(staff, mother, { category: 'health_primary', healthNote: 'x' })).status).toBe(403);
    const leak = await service(health, mother, { category: 'health_primary', summary: 'Diabetes follow-up' });
    expect(leak.body.errors[0].code).toBe('health_details_in_note');
    const ok = await service(health, mother, {
      category: 'health_primary',
      provider: 'Centre clinic',
      healthNote: 'Blood sugar checked; insulin renewed.',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const seenByHealth = (await resident(health, mother)).body.services[0];
    expect(seenByHealth).toMatchObject({
      category: 'health_primary',
      healthNote: 'Blood sugar checked; insulin renewed.',
    });
    const seenByStaff = (await resident(staff, mother)).body.services[0];
    expect(seenByStaff).toMatchObject({
      category: 'health_primary',
      healthNote: null,
      provider: 'Centre clinic',
    });
    expect(JSON.stringify((await resident(staff, mother)).body)).not.toContain('insulin');
  });

  it('tracks school-age children until enrolled, and unaccompanied children until referred', async () => {
    let board = (await staff.get(`/api/v1/centres/${centre.id}/board`)).body;
    const ids = (list: any[]) => list.map((p) => p.personId).sort();
    // The 8- and 16-year-olds are of school age; the 4-year-old is not.
    expect(ids(board.childrenNotEnrolled)).toEqual([girl, lone].sort());
    expect(ids(board.unaccompaniedNotReferred)).toEqual([lone]);
    expect(
      (
        await service(staff, girl, {
          category: 'education_enrolment',
          provider: 'Fatih İlkokulu',
          summary: 'Grade 3',
        })
      ).status,
    ).toBe(201);
    const referral = await staff.post(`/api/v1/centres/${centre.id}/residents/${lone}/child-referrals`, {
      referredOn: TODAY,
      reference: 'ASHB-2026-118',
    });
    expect(referral.status, JSON.stringify(referral.body)).toBe(201);
    const adultReferral = await staff.post(
      `/api/v1/centres/${centre.id}/residents/${mother}/child-referrals`,
      { referredOn: TODAY },
    );
    expect(adultReferral.body.errors[0].code).toBe('not_a_child');
    board = (await staff.get(`/api/v1/centres/${centre.id}/board`)).body;
    expect(ids(board.childrenNotEnrolled)).toEqual([lone]);
    expect(board.unaccompaniedNotReferred).toEqual([]);
    expect(board.arrivals).toHaveLength(4);
    const accepted = await staff.post(`/api/v1/centres/${centre.id}/child-referrals/${referral.body.id}`, {
      status: 'accepted',
      on: TODAY,
    });
    expect(accepted.status).toBe(200);
    expect((await resident(staff, lone)).body.referrals[0]).toMatchObject({
      status: 'accepted',
      reference: 'ASHB-2026-118',
    });
  });
});

describe('visits', () => {
  const visit = (body: Record<string, unknown>) =>
    staff.post(`/api/v1/centres/${centre.id}/visits`, {
      personId: mother,
      startsAt: `${TODAY}T10:00:00+03:00`,
      endsAt: `${TODAY}T11:00:00+03:00`,
      ...body,
    });
  const decide = (id: string, body: Record<string, unknown>) =>
    staff.post(`/api/v1/centres/${centre.id}/visits/${id}/decision`, body);

  it("keeps a lawyer's meeting confidential and schedules it; UNHCR too", async () => {
    const notes = await visit({
      visitorKind: 'lawyer',
      visitorName: 'Av. Elif Kaya',
      notes: 'Discussed the appeal',
    });
    expect(notes.body.errors[0].code).toBe('confidential_meeting');
    const lawyer = await visit({
      visitorKind: 'lawyer',
      visitorName: 'Av. Elif Kaya',
      visitorOrganisation: 'İstanbul Barosu',
    });
    expect((await decide(lawyer.body.id, { status: 'scheduled' })).status).toBe(200);
    const unhcr = await visit({
      visitorKind: 'unhcr',
      visitorName: 'UNHCR protection officer',
      startsAt: `${TODAY}T14:00:00+03:00`,
      endsAt: `${TODAY}T15:00:00+03:00`,
    });
    expect((await decide(unhcr.body.id, { status: 'scheduled' })).status).toBe(200);
    const calendar = (await staff.get(`/api/v1/centres/${centre.id}/visits?from=${TODAY}&to=${TODAY}`)).body;
    expect(calendar.map((v: any) => [v.visitorKind, v.status, v.confidential])).toEqual([
      ['lawyer', 'scheduled', true],
      ['unhcr', 'scheduled', true],
    ]);
    expect((await staff.get(`/api/v1/centres/${centre.id}/board`)).body.visitsToday).toHaveLength(2);
  });

  it('refuses a visit only with a reason; every refusal is reported and audited', async () => {
    const unhcr = await visit({
      visitorKind: 'unhcr',
      visitorName: 'UNHCR field officer',
      startsAt: `${TODAY}T16:00:00+03:00`,
      endsAt: `${TODAY}T17:00:00+03:00`,
    });
    const bare = await decide(unhcr.body.id, { status: 'refused' });
    expect(bare.body.errors[0].code).toBe('refusal_reason_required');
    expect(
      (await decide(unhcr.body.id, { status: 'refused', reason: 'The resident is in hospital today.' }))
        .status,
    ).toBe(200);
    const unhcrOfficer = await t.as('unhcr_officer', { organisation: 'UNHCR Türkiye' });
    const report = (await unhcrOfficer.get(`/api/v1/visit-refusals?from=${TODAY}&to=${TODAY}`)).body;
    expect(report).toEqual([
      expect.objectContaining({
        visitorKind: 'unhcr',
        refusalReason: 'The resident is in hospital today.',
        centreId: centre.id,
      }),
    ]);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_event where action = 'visit.refused' and entity_id = ${unhcr.body.id}`.execute(
      t.db.kysely,
    );
    expect(rows[0]?.n).toBe(1);
  });
});

describe('the centre scope', () => {
  it("refuses another centre's staff a resident's page, and audits the refusal", async () => {
    const other = await createCentre(t.admin);
    const outsider = await t.as('centre_staff', { centreId: other.id });
    // Outside the scope answers as a missing record would (404), and is audited as denied.
    expect((await outsider.get(`/api/v1/centres/${centre.id}/residents/${mother}`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/centres/${centre.id}/board`)).status).toBe(404);
    // Through their own centre they cannot reach someone who never lived there either.
    const never = await outsider.get(`/api/v1/centres/${other.id}/residents/${mother}`);
    const unknown = await outsider.get(
      `/api/v1/centres/${other.id}/residents/00000000-0000-4000-8000-000000000000`,
    );
    expect(never.status).toBe(404);
    expect(never.body.detail).toBe(unknown.body.detail);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event
      where outcome = 'denied' and action in ('resident.read', 'centre.read')`.execute(t.db.kysely);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it("shows a centre's staff only their own centre's services and visits of a resident who moved", async () => {
    expect((await service(staff, lone, { category: 'psychosocial', summary: 'First session.' })).status).toBe(
      201,
    );
    const next = await createCentre(t.admin);
    const moved = await t.admin.post('/api/v1/transfers', {
      personIds: [lone],
      toUnitId: next.units.Children,
      on: TODAY,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await service(staff, lone, { category: 'social', summary: 'Clothes given.' })).status).toBe(409);
    const nextStaff = await t.as('centre_staff', { centreId: next.id });
    expect(
      (
        await nextStaff.post(`/api/v1/centres/${next.id}/residents/${lone}/services`, {
          category: 'social',
          deliveredOn: TODAY,
          summary: 'Shoes given.',
        })
      ).status,
    ).toBe(201);
    const seenHere = (await nextStaff.get(`/api/v1/centres/${next.id}/residents/${lone}`)).body;
    expect(seenHere.services.map((s: any) => s.summary)).toEqual(['Shoes given.']);
    // The directorate sees the whole history.
    const whole = (await t.admin.get(`/api/v1/centres/${next.id}/residents/${lone}`)).body;
    expect(whole.services.length).toBeGreaterThan(1);
  });

  it('reads of a resident are audited with the reader', async () => {
    await resident(staff, boy);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_event where action = 'resident.read' and person_id = ${boy} and outcome = 'success'`.execute(
      t.db.kysely,
    );
    expect(rows[0]?.n).toBe(1);
  });
});
