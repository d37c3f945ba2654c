// Centres and beds over HTTP: unit rules, capacity under concurrency, scope, transfers,
// absences, discharge, occupancy and the waiting list. "Today" is fixed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { createCentre, personAged } from '../support/centres.ts';

const TODAY = '2026-11-20';
let t: TestApp;
let registrar: Client;
beforeAll(async () => {
  t = await startTestApp({ today: TODAY });
  registrar = await t.as('registration_officer', { provinceCode: '34' });
});
afterAll(() => t.close());

const admit = (client: Client, unitId: string, personIds: string[], admittedOn = TODAY) =>
  client.post('/api/v1/admissions', { unitId, personIds, admittedOn });

/** Centre staff house people who wait for a place in their province: the registrar lists them. */
async function waiting(personIds: string[]): Promise<[string, ...string[]]> {
  const [personId, ...memberIds] = personIds;
  const res = await registrar.post('/api/v1/accommodation-requests', {
    personId,
    memberIds,
    requestedOn: TODAY,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return personIds as [string, ...string[]];
}

async function family() {
  const mother = await personAged(registrar, 34, TODAY, { sex: 'female' });
  const father = await personAged(registrar, 36, TODAY, { sex: 'male' });
  const child = await personAged(registrar, 9, TODAY, { sex: 'male' });
  return [mother, father, child];
}

describe('the centres registry', () => {
  it('registers a centre run by a partner only under a protocol', async () => {
    const res = await t.admin.post('/api/v1/centres', {
      code: 'YOZGAT-RAC',
      name: 'Yozgat',
      kind: 'reception',
      provinceCode: '66',
      operator: 'partner',
      operatorName: 'Türk Kızılay',
      units: [],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.field)).toContain('protocolReference');
  });

  it('shows units with capacity and free beds, and refuses lowering capacity below occupancy', async () => {
    const c = await createCentre(t.admin);
    const staff = await t.as('centre_staff', { centreId: c.id });
    const [m, f, k] = await waiting(await family());
    expect((await admit(staff, c.units['Family 1']!, [m, f!, k!])).status).toBe(201);
    const view = await staff.get(`/api/v1/centres/${c.id}`);
    const unit = view.body.units.find((u: any) => u.name === 'Family 1');
    expect(unit).toMatchObject({ capacity: 6, occupied: 3, free: 3 });
    const lower = await t.admin.patch(`/api/v1/centres/${c.id}/units/${unit.id}`, { capacity: 2 });
    expect(lower.status).toBe(409);
    expect(lower.body.errors[0].code).toBe('below_occupancy');
  });

  it('refuses a change of a unit that names nothing to change (422, not an empty UPDATE)', async () => {
    const c = await createCentre(t.admin);
    const unit = c.units['Family 1']!;
    const res = await t.admin.patch(`/api/v1/centres/${c.id}/units/${unit}`, {});
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'VALIDATION',
      errors: [{ field: 'body', code: 'nothing_to_change' }],
    });
  });
});

describe('admission to the right unit', () => {
  let c: { id: string; units: Record<string, string> };
  let staff: Client;
  beforeAll(async () => {
    c = await createCentre(t.admin);
    staff = await t.as('centre_staff', { centreId: c.id });
  });

  it('keeps a family together in a family unit, one family per unit', async () => {
    const first = await waiting(await family());
    expect((await admit(staff, c.units['Family 1']!, first)).status).toBe(201);
    const second = await waiting(await family());
    const res = await admit(staff, c.units['Family 1']!, second);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('UNIT_EXCLUDES_PERSON');
    expect(res.body.rules).toContain('family_unit_taken');
  });

  it('places an unaccompanied child only in a child unit, and no adult there', async () => {
    const [child] = await waiting([
      await personAged(registrar, 15, TODAY, { specificNeeds: ['LFIP67-UNACCOMPANIED_MINOR'], sex: 'male' }),
    ]);
    const wrong = await admit(staff, c.units.Men!, [child]);
    expect(wrong.status).toBe(409);
    expect(wrong.body.rules).toEqual(
      expect.arrayContaining(['child_not_in_adult_unit', 'unaccompanied_child_needs_child_unit']),
    );
    const [adult] = await waiting([await personAged(registrar, 30, TODAY, { sex: 'male' })]);
    const adultInChildUnit = await admit(staff, c.units.Children!, [adult]);
    expect(adultInChildUnit.body.rules).toEqual(['unit_children_only']);
    expect((await admit(staff, c.units.Children!, [child])).status).toBe(201);
  });

  it('keeps single-sex wings single-sex', async () => {
    const [man] = await waiting([await personAged(registrar, 40, TODAY, { sex: 'male' })]);
    const res = await admit(staff, c.units.Women!, [man]);
    expect(res.status).toBe(409);
    expect(res.body.rules).toEqual(['unit_single_sex']);
    expect((await admit(staff, c.units.Men!, [man])).status).toBe(201);
  });

  it('refuses a second bed for someone already placed', async () => {
    const [woman] = await waiting([await personAged(registrar, 25, TODAY)]);
    expect((await admit(staff, c.units.Women!, [woman])).status).toBe(201);
    const again = await admit(staff, c.units.Women!, [woman]);
    expect(again.status).toBe(409);
    expect(again.body.errors[0].code).toBe('already_placed');
  });

  it("refuses centre staff another centre's units, and audits the refusal", async () => {
    const other = await createCentre(t.admin);
    const woman = await personAged(registrar, 25, TODAY);
    const res = await admit(staff, other.units.Women!, [woman]);
    // The same answer as for a unit that does not exist; the refusal is still audited.
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', detail: 'Unit not found' });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event
      where action = 'placement.admit' and outcome = 'denied' and entity_id = ${other.id}`.execute(
      t.db.kysely,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses centre staff a person they have no reason to house', async () => {
    const stranger = await personAged(registrar, 30, TODAY);
    const other = await t.as('centre_staff', { centreId: c.id });
    // The registrar may (the person is in the province); centre staff only via the waiting list.
    const res = await admit(other, c.units.Women!, [stranger]);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', detail: 'Person not found' });
    await registrar.post('/api/v1/accommodation-requests', { personId: stranger, requestedOn: TODAY });
    expect((await admit(other, c.units.Women!, [stranger])).status).toBe(201);
  });
});

describe('capacity under concurrency', () => {
  it('100 parallel admissions for 10 free beds place exactly 10 people', async () => {
    const c = await createCentre(t.admin, { units: [{ name: 'Hall', unitType: 'wing', capacity: 10 }] });
    const people: string[] = [];
    for (let i = 0; i < 100; i++) people.push(await personAged(registrar, 20 + (i % 40), TODAY));
    const results = await Promise.all(people.map((p) => admit(t.admin, c.units.Hall!, [p])));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(90);
    expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(
      new Set(['UNIT_FULL']),
    );
    const { rows } = await sql<{ placed: number; occupied: number }>`
      select (select count(*)::int from placement where unit_id = ${c.units.Hall} and ended_on is null) as placed,
             (select occupied from centre_unit where id = ${c.units.Hall}) as occupied`.execute(t.db.kysely);
    expect(rows[0]).toEqual({ placed: 10, occupied: 10 });
  });

  it('a failure half-way through an admission leaves no bed taken and no placement', async () => {
    const c = await createCentre(t.admin);
    const [m, f, k] = await family();
    // A fault injected after the bed counter moved and the first placement row was written.
    await sql`create or replace function fail_on_person() returns trigger language plpgsql as $$
      begin if new.person_id = ${sql.lit(k!)}::uuid then raise exception 'injected fault'; end if; return new; end $$`.execute(
      t.db.kysely,
    );
    await sql`create trigger fail_on_person after insert on placement for each row execute function fail_on_person()`.execute(
      t.db.kysely,
    );
    try {
      const res = await admit(t.admin, c.units['Family 2']!, [m!, f!, k!]);
      expect(res.status).toBe(500);
    } finally {
      await sql`drop trigger fail_on_person on placement`.execute(t.db.kysely);
    }
    const view = await t.admin.get(`/api/v1/centres/${c.id}`);
    expect(view.body.units.find((u: any) => u.name === 'Family 2').occupied).toBe(0);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from placement where person_id in (${m}, ${f}, ${k})`.execute(t.db.kysely);
    expect(rows[0]?.n).toBe(0);
    expect((await admit(t.admin, c.units['Family 2']!, [m!, f!, k!])).status).toBe(201);
  });
});

describe('movements', () => {
  it('transfers a family whole, holds a bed during absence, frees it on discharge, and counts occupancy per day', async () => {
    const c = await createCentre(t.admin);
    const [m, f, k] = await family();
    expect((await admit(t.admin, c.units['Family 1']!, [m!, f!, k!], '2026-11-01')).status).toBe(201);
    const split = await t.admin.post('/api/v1/transfers', {
      personIds: [m, k],
      toUnitId: c.units['Family 2'],
      on: '2026-11-10',
    });
    expect(split.status).toBe(409);
    expect(split.body.rule).toBe('family_together');
    const moved = await t.admin.post('/api/v1/transfers', {
      personIds: [m, f, k],
      toUnitId: c.units['Family 2'],
      on: '2026-11-10',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const units = (await t.admin.get(`/api/v1/centres/${c.id}`)).body.units;
    expect(units.find((u: any) => u.name === 'Family 1').occupied).toBe(0);
    expect(units.find((u: any) => u.name === 'Family 2').occupied).toBe(3);

    const staff = await t.as('centre_staff', { centreId: c.id });
    const resident = (await staff.get(`/api/v1/centres/${c.id}/residents/${f}`)).body;
    const current = resident.placements.find((p: any) => p.endedOn === null);
    expect(resident.placements).toHaveLength(2);
    expect(
      (
        await staff.post(`/api/v1/placements/${current.id}/absence`, {
          leftOn: '2026-11-12',
          reason: 'hospital stay',
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.admin.get(`/api/v1/centres/${c.id}`)).body.units.find((u: any) => u.name === 'Family 2')
        .occupied,
    ).toBe(3);
    expect(
      (await staff.post(`/api/v1/placements/${current.id}/return`, { returnedOn: '2026-11-14' })).status,
    ).toBe(200);
    expect(
      (
        await staff.post(`/api/v1/placements/${current.id}/discharge`, {
          on: '2026-11-15',
          reason: 'discharged',
        })
      ).status,
    ).toBe(200);

    const occupancy = (await staff.get(`/api/v1/centres/${c.id}/occupancy?from=2026-10-31&to=2026-11-16`))
      .body.days;
    const day = (d: string) => occupancy.find((x: any) => x.date === d).occupied;
    expect([
      day('2026-10-31'),
      day('2026-11-01'),
      day('2026-11-10'),
      day('2026-11-15'),
      day('2026-11-16'),
    ]).toEqual([0, 3, 3, 2, 2]);
  });
});

describe('the waiting list', () => {
  it('puts persons with special needs first, then the earliest request', async () => {
    const province = '06';
    const officer = await t.as('registration_officer', { provinceCode: province });
    const early = await personAged(officer, 30, TODAY, { provinceCode: province });
    const late = await personAged(officer, 30, TODAY, { provinceCode: province });
    const vulnerable = await personAged(officer, 70, TODAY, {
      provinceCode: province,
      specificNeeds: ['LFIP67-ELDERLY'],
    });
    for (const [personId, requestedOn] of [
      [early, '2026-10-01'],
      [late, '2026-11-01'],
      [vulnerable, '2026-11-15'],
    ] as const)
      expect((await officer.post('/api/v1/accommodation-requests', { personId, requestedOn })).status).toBe(
        201,
      );
    const list = (await officer.get('/api/v1/accommodation-requests')).body;
    expect(list.map((r: any) => r.personId)).toEqual([vulnerable, early, late]);
    expect(list[0].vulnerable).toBe(true);
  });
});
