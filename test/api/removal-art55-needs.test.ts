// LFIP Art. 55 grounds the record already shows (a specific need) at a removal decision over HTTP:
// refused naming the ground until the officer records a reasoned assessment; the assessment is
// audited and on the decision's page. "Today" is fixed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { startProcedureApp } from '../support/cases.ts';
import { personAged } from '../support/centres.ts';

const TODAY = '2026-11-20';
let t: TestApp;
let registrar: Client;
let officer: Client;
beforeAll(async () => {
  ({ t, registrar } = await startProcedureApp(TODAY, '34'));
  officer = await t.as('removal_officer', { provinceCode: '34' });
});
afterAll(() => t.close());

const order = (personId: string, extra: Record<string, unknown> = {}) =>
  officer.post('/api/v1/removals', {
    personId,
    grounds: ['visa_overstay'],
    destinationCountry: 'IRN',
    decidedOn: '2026-11-19',
    ...extra,
  });

const ASSESSMENT = 'The treatment ended in October and the doctor of the centre finds her fit to travel.';

describe('Art. 55 grounds seen in the record at a removal decision', () => {
  it.each([
    ['LFIP67-PREGNANT', 'pregnancy', 'LFIP-55-b'],
    ['SM-CC', 'serious_illness', 'LFIP-55-b'],
    ['LFIP67-ELDERLY', 'old_age', 'LFIP-55-b'],
    ['TR-PI', 'torture', 'LFIP-55-d'],
    ['SV-VA', 'serious_violence', 'LFIP-55-d'],
    ['LFIP67-VIOLENCE_SURVIVOR', 'serious_violence', 'LFIP-55-d'],
  ])('%s (%s): refused with %s until a reasoned assessment is recorded', async (code, reason, rule) => {
    const person = await personAged(registrar, 35, TODAY);
    const need = await registrar.post(`/api/v1/persons/${person}/specific-needs`, { code });
    expect(need.status, JSON.stringify(need.body)).toBe(204);

    const refused = await order(person);
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body).toMatchObject({ code: 'RULE_VIOLATION', rule });
    expect(refused.body.art55Needs).toEqual([{ code, reason, ground: rule.slice(-1) }]);
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ field: 'personId', code: rule }));

    const ticked = await order(person, { art55Assessment: 'n/a' });
    expect(ticked.status).toBe(409);
    expect(ticked.body.errors).toContainEqual(
      expect.objectContaining({ field: 'art55Assessment', code: 'not_reasoned' }),
    );

    const ordered = await order(person, { art55Assessment: ASSESSMENT });
    expect(ordered.status, JSON.stringify(ordered.body)).toBe(201);
    const event = ordered.body.events.find((e: { kind: string }) => e.kind === 'order');
    expect(event.details.art55Assessment).toEqual({
      needs: [{ code, reason, ground: rule.slice(-1) }],
      text: ASSESSMENT,
    });
    const { rows } = await sql<{ details: any }>`select details from audit_event
      where action = 'removal.order' and entity_id = ${ordered.body.id}`.execute(t.db.kysely);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details.art55Assessment.text).toBe(ASSESSMENT);
  });

  it('asks nothing when no need in the record is an Art. 55 ground', async () => {
    const person = await personAged(registrar, 35, TODAY);
    expect((await registrar.post(`/api/v1/persons/${person}/specific-needs`, { code: 'DS-BD' })).status).toBe(
      204,
    );
    const ordered = await order(person);
    expect(ordered.status, JSON.stringify(ordered.body)).toBe(201);
    expect(ordered.body.events[0].details.art55Assessment).toBeUndefined();
  });

  it('recording the protection instead bars the decision itself', async () => {
    const person = await personAged(registrar, 35, TODAY);
    await registrar.post(`/api/v1/persons/${person}/specific-needs`, { code: 'LFIP67-PREGNANT' });
    const p = await officer.post(`/api/v1/persons/${person}/removal-protections`, {
      ground: 'b',
      recordedOn: '2026-11-18',
      basis: 'Pregnant, seven months; travel is a risk.',
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    const refused = await order(person, { art55Assessment: ASSESSMENT });
    expect(refused.status).toBe(409);
    expect(refused.body.rule).toBe('LFIP-55-b');
  });
});
