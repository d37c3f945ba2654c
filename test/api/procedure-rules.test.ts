// Refusals and safeguards of the procedure over HTTP: roles, states, dates, versions, consent,
// confidentiality of interviews, scope, append-only history, corrections. "Today" is fixed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, registerPerson, startProcedureApp } from '../support/cases.ts';

const TODAY = '2026-11-29';
let t: TestApp;
let registrar: Client;
let caseworker: Client;
let decider: Client;
beforeAll(async () => {
  ({ t, registrar, caseworker, decider } = await startProcedureApp(TODAY, '34'));
});
afterAll(() => t.close());

async function registeredCase(lodgedOn = '2026-10-01', overrides: Record<string, unknown> = {}) {
  const person = await registerPerson(registrar, overrides);
  const c = await CaseDriver.lodge(registrar, {
    track: 'international_protection',
    lodgedOn,
    lodgedVia: 'directorate',
    principalPersonId: person,
  });
  await c.act(registrar, lodgedOn, { action: 'register' });
  return c;
}

async function interviewedCase() {
  const c = await registeredCase();
  await c.act(caseworker, '2026-10-02', {
    action: 'schedule_interview',
    scheduledAt: '2026-10-05T10:00:00+03:00',
    interpreterLanguage: 'fa',
    attendees: [],
  });
  await c.act(caseworker, '2026-10-05', {
    action: 'record_interview',
    record: 'The applicant described the events of 2025 in detail.',
  });
  return c;
}

describe('transitions refused by the state machine', () => {
  it('names the rule: a role that may not act, a state that does not allow it', async () => {
    const c = await interviewedCase();
    const byCaseworker = await c.tryAct(caseworker, '2026-10-06', {
      action: 'decide',
      decision: 'refugee',
      reasons: 'Convention grounds established.',
    });
    expect(byCaseworker.status).toBe(409);
    expect(byCaseworker.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ROLE', state: 'interviewed' });
    const serveUndecided = await c.tryAct(caseworker, '2026-10-06', { action: 'serve_decision' });
    expect(serveUndecided.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'STATE' });
    const early = await (
      await registeredCase()
    ).tryAct(decider, '2026-10-02', {
      action: 'decide',
      decision: 'rejected',
      reasons: 'No interview held yet.',
    });
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-75-78' });
  });

  it('refuses an act dated in the future or before the event it follows (422)', async () => {
    const c = await registeredCase('2026-10-01');
    const future = await c.tryAct(caseworker, '2026-11-30', {
      action: 'schedule_interview',
      scheduledAt: '2026-12-01T10:00:00+03:00',
      interpreterLanguage: null,
      attendees: [],
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({ field: 'occurredOn', code: 'date_in_future' });
    const before = await c.tryAct(caseworker, '2026-09-30', {
      action: 'schedule_interview',
      scheduledAt: '2026-10-05T10:00:00+03:00',
      interpreterLanguage: null,
      attendees: [],
    });
    expect(before.status).toBe(422);
    expect(before.body.errors[0]).toMatchObject({ field: 'occurredOn', code: 'date_before_previous_event' });
  });

  it('lets only one of two concurrent actions on a case succeed', async () => {
    const c = await interviewedCase();
    const body = (decision: string) => ({
      version: c.view.version,
      occurredOn: '2026-10-10',
      command: { action: 'decide', decision, reasons: 'Reasons written by the decision-maker.' },
    });
    const [a, b] = await Promise.all([
      decider.post(`/api/v1/cases/${c.id}/actions`, body('refugee')),
      decider.post(`/api/v1/cases/${c.id}/actions`, body('rejected')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.code).toBe('STALE_VERSION');
    const events = (await c.reload(decider)).events.filter((e: any) => e.action === 'decide');
    expect(events).toHaveLength(1);
  });
});

describe('lodging', () => {
  it('needs the written consent of adult family members, and one open case per person', async () => {
    const principal = await registerPerson(registrar);
    const adult = await registerPerson(registrar, { dateOfBirth: '1990-01-01' });
    const res = await registrar.post('/api/v1/cases', {
      track: 'international_protection',
      lodgedOn: '2026-11-01',
      lodgedVia: 'gendarmerie',
      principalPersonId: principal,
      members: [{ personId: adult, relationship: 'sibling' }],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({
      field: 'members[0].consentGivenOn',
      code: 'adult_consent_required',
    });
    await CaseDriver.lodge(registrar, {
      track: 'international_protection',
      lodgedOn: '2026-11-01',
      lodgedVia: 'gendarmerie',
      principalPersonId: principal,
      members: [{ personId: adult, relationship: 'sibling', consentGivenOn: '2026-11-01' }],
    });
    const again = await registrar.post('/api/v1/cases', {
      track: 'international_protection',
      lodgedOn: '2026-11-02',
      lodgedVia: 'directorate',
      principalPersonId: adult,
    });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].code).toBe('open_case_exists');
  });

  it('registers temporary protection only for persons from Syria, as its own track', async () => {
    const iranian = await registerPerson(registrar, { nationality: 'IRN' });
    const refused = await registrar.post('/api/v1/cases', {
      track: 'temporary_protection',
      lodgedOn: '2026-05-01',
      lodgedVia: 'directorate',
      principalPersonId: iranian,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.rule).toBe('TPR-provisional-1');
    const syrian = await registerPerson(registrar, { nationality: 'SYR' });
    const tp = await CaseDriver.lodge(registrar, {
      track: 'temporary_protection',
      lodgedOn: '2026-05-01',
      lodgedVia: 'directorate',
      principalPersonId: syrian,
    });
    expect(tp.view).toMatchObject({ state: 'tp_pending', reference: expect.stringMatching(/^GK-2026-/) });
    expect(tp.view.removal.bars).toEqual(['temporary_protection_held']);
    const interview = await tp.tryAct(caseworker, '2026-05-02', {
      action: 'schedule_interview',
      scheduledAt: '2026-05-03T10:00:00+03:00',
      interpreterLanguage: null,
      attendees: [],
    });
    expect(interview.body.rule).toBe('STATE'); // no individual status determination;
    await tp.act(registrar, '2026-05-10', { action: 'grant_temporary_protection' });
    expect(tp.view.rights.workPermit).toMatchObject({ kind: 'may_apply_from', date: '2026-11-10' });
  });
});

describe('interview records are confidential', () => {
  it('shows them to the assigned caseworker and decision-makers of the province only, audited', async () => {
    const c = await interviewedCase();
    const other = await t.as('protection_caseworker', { provinceCode: '34' });
    const unassigned = (await other.get(`/api/v1/cases/${c.id}`)).body;
    expect(unassigned.interviews[0]).toMatchObject({ record: null, recordWithheld: true });
    const me = (await other.get('/api/v1/auth/me')).body;
    await c.act(other, '2026-10-06', { action: 'assign_caseworker', userId: me.id });
    expect((await other.get(`/api/v1/cases/${c.id}`)).body.interviews[0].record).toContain('events of 2025');
    expect((await decider.get(`/api/v1/cases/${c.id}`)).body.interviews[0].record).toContain(
      'events of 2025',
    );
    const elsewhere = await t.as('decision_maker', { provinceCode: '06' });
    const denied = await elsewhere.get(`/api/v1/cases/${c.id}`);
    expect(denied.status).toBe(404);
    expect(denied.body).toMatchObject({ code: 'NOT_FOUND', detail: 'Case not found' });
    const audit = await t.admin.get(`/api/v1/audit?personId=${c.view.members[0].personId}`);
    const actions = audit.body.events.map((e: any) => `${e.action}:${e.outcome}`);
    expect(actions).toContain('interview.record.read:success');
    expect(actions).toContain('case.read:denied');
    // The record never reaches the event history, which more people read.
    expect(JSON.stringify(c.view.events)).not.toContain('events of 2025');
  });

  it('lets a caseworker take a case but not hand it to someone else', async () => {
    const c = await registeredCase();
    const colleague = await t.as('protection_caseworker', { provinceCode: '34' });
    const colleagueId = (await colleague.get('/api/v1/auth/me')).body.id;
    const res = await c.tryAct(caseworker, '2026-10-02', {
      action: 'assign_caseworker',
      userId: colleagueId,
    });
    expect(res.status).toBe(403);
    const offered = await decider.get(`/api/v1/cases/${c.id}/caseworkers`);
    expect(offered.body.map((u: any) => u.id)).toContain(colleagueId);
    const elsewhere = await t.as('protection_caseworker', { provinceCode: '06' });
    const elsewhereId = (await elsewhere.get('/api/v1/auth/me')).body.id;
    expect(offered.body.map((u: any) => u.id)).not.toContain(elsewhereId);
    expect(
      (await c.tryAct(decider, '2026-10-02', { action: 'assign_caseworker', userId: elsewhereId })).status,
    ).toBe(422);
    await c.act(decider, '2026-10-02', { action: 'assign_caseworker', userId: colleagueId });
    expect(c.view.assignedCaseworker.id).toBe(colleagueId);
  });
});

describe('history', () => {
  it('is append-only in the database', async () => {
    const c = await registeredCase();
    await expect(
      sql`update case_event set occurred_on = '2026-01-01' where case_id = ${c.id}`.execute(t.db.kysely),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from case_event where case_id = ${c.id}`.execute(t.db.kysely)).rejects.toThrow(
      /append-only/,
    );
  });

  it('corrects a date with a new event that points at the old one, and counts its clocks again', async () => {
    const c = await registeredCase('2026-10-01');
    expect(c.clock('T3').lastDay).toBe('2026-11-02'); // Sat 31 Oct → Mon 2 Nov
    const register = c.view.events.find((e: any) => e.action === 'register');
    const res = await registrar.post(`/api/v1/cases/${c.id}/events/${register.id}/corrections`, {
      version: c.view.version,
      occurredOn: '2026-10-05',
      reason: 'Registration form dated 5 October; typed wrongly.',
    });
    expect(res.status).toBe(200);
    const correction = res.body.events.at(-1);
    expect(correction).toMatchObject({
      action: 'correct_date',
      correctsEventId: register.id,
      details: { from: '2026-10-01', to: '2026-10-05' },
    });
    expect(res.body.events.find((e: any) => e.id === register.id).occurredOn).toBe('2026-10-01');
    expect(res.body.clocks.find((k: any) => k.code === 'T3')).toMatchObject({
      startedOn: '2026-10-05',
      lastDay: '2026-11-04',
    });
  });
});
