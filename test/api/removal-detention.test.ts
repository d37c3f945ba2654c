// Removal decisions and detention over HTTP: the non-refoulement guard at the point of no return,
// Art. 55 protections, appeal windows, voluntary departure, detention limits and reviews, and a
// new application racing a removal. "Today" is fixed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, registerPerson, startProcedureApp, rejectedAndServed } from '../support/cases.ts';
import { createCentre, personAged } from '../support/centres.ts';

const TODAY = '2026-11-20';
let t: TestApp;
let registrar: Client;
let caseworker: Client;
let decider: Client;
let officer: Client;
beforeAll(async () => {
  ({ t, registrar, caseworker, decider } = await startProcedureApp(TODAY, '34'));
  officer = await t.as('removal_officer', { provinceCode: '34' });
});
afterAll(() => t.close());

async function pendingApplicant(): Promise<string> {
  // Adults: the factory's birth years reach 2009, and a child is never held in an adult wing.
  const person = await personAged(registrar, 35, TODAY);
  const c = await CaseDriver.lodge(registrar, {
    track: 'international_protection',
    lodgedOn: '2026-11-01',
    lodgedVia: 'directorate',
    principalPersonId: person,
  });
  await c.act(registrar, '2026-11-01', { action: 'register' });
  return person;
}

/** Rejected, served on 1 July, no appeal: final once the windows ran out. */
async function finallyRejected(): Promise<string> {
  // Adults: the factory's birth years reach 2009, and a child is never held in an adult wing.
  const person = await personAged(registrar, 35, TODAY);
  const c = await rejectedAndServed({ registrar, caseworker, decider }, person);
  await c.act(caseworker, '2026-09-01', { action: 'finalise' });
  expect(c.view.state).toBe('rejected_final');
  return person;
}

async function order(personId: string, body: Record<string, unknown> = {}) {
  const res = await officer.post('/api/v1/removals', {
    personId,
    grounds: ['protection_ended_no_right_to_stay'],
    destinationCountry: 'IRN',
    decidedOn: '2026-11-02',
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const step = (removal: any, path: string, body: Record<string, unknown>) =>
  officer.post(`/api/v1/removals/${removal.id}/${path}`, { version: removal.version, ...body });

async function notified(personId: string, on = '2026-11-02', extra: Record<string, unknown> = {}) {
  const removal = await order(personId, { decidedOn: on, ...extra });
  const res = await step(removal, 'notification', { notifiedOn: on });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const carryOut = (removal: any) => step(removal, 'carry-out', { carriedOutOn: TODAY });

describe('the point of no return', () => {
  it('refuses the removal of a person whose application is pending, and audits the refusal', async () => {
    const person = await pendingApplicant();
    const removal = await notified(person);
    expect(removal.mayBeCarriedOut).toBe(false);
    const res = await carryOut(removal);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-4' });
    expect(res.body.bars).toContainEqual({ bar: 'application_pending', rule: 'LFIP-4' });
    const { rows } = await sql<{ outcome: string; details: any }>`select outcome, details from audit_event
      where action = 'removal.carry_out' and entity_id = ${removal.id}`.execute(t.db.kysely);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.outcome).toBe('denied');
    expect(rows[0]?.details.bars[0].bar).toBe('application_pending');
  });

  it('carries out the removal of a person finally rejected with no window open; they cannot then lodge', async () => {
    const person = await finallyRejected();
    const removal = await notified(person);
    // Notified 2 Nov: 7 days → Mon 9 Nov; today is 20 Nov.
    expect(removal.appealLastDay).toBe('2026-11-09');
    expect(removal.mayBeCarriedOut).toBe(true);
    const res = await carryOut(removal);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ state: 'carried_out', carriedOutOn: TODAY });
    const again = await registrar.post('/api/v1/cases', {
      track: 'international_protection',
      lodgedOn: TODAY,
      lodgedVia: 'directorate',
      principalPersonId: person,
    });
    expect(again.status).toBe(409);
    expect(again.body.rule).toBe('PERSON_REMOVED');
  });

  it('is suspended by the appeal window and the appeal, and allowed once the court upholds the decision', async () => {
    const person = await finallyRejected();
    let removal = await notified(person, '2026-11-18');
    expect(removal.appealLastDay).toBe('2026-11-25');
    const inWindow = await carryOut(removal);
    expect(inWindow.body.rule).toBe('LFIP-53');
    expect(inWindow.body.bars.map((b: any) => b.bar)).toEqual(['removal_appeal_window_open']);
    removal = (await step(removal, 'appeal', { lodgedOn: '2026-11-19' })).body;
    expect(removal).toMatchObject({ state: 'under_appeal', appealDecisionDue: '2026-12-04' });
    expect((await carryOut(removal)).body.bars.map((b: any) => b.bar)).toEqual(['removal_appeal_pending']);
    removal = (await step(removal, 'appeal-outcome', { decidedOn: TODAY, outcome: 'upheld' })).body;
    expect(removal.state).toBe('enforceable');
    expect((await carryOut(removal)).status).toBe(200);
  });

  it('counts 15 days to appeal for a decision notified before 24 December 2019', async () => {
    const person = await registerPerson(registrar);
    const removal = await notified(person, '2019-12-02', { grounds: ['visa_overstay'] });
    expect(removal).toMatchObject({ appealLastDay: '2019-12-17', appealRuleId: 'T12a-2014' });
    const later = await registerPerson(registrar);
    expect(await notified(later, '2019-12-24', { grounds: ['visa_overstay'] })).toMatchObject({
      appealRuleId: 'T12a-2019',
    });
  });

  it('counts the appeal window again when the holiday calendar changes', async () => {
    const person = await finallyRejected();
    const removal = await notified(person, '2026-11-16');
    expect(removal.appealLastDay).toBe('2026-11-23');
    const put = await t.admin.raw('/api/v1/calendar/2026', {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        holidays: [{ date: '2026-11-23', kind: 'full', name: 'Test holiday', source: 'test' }],
      }),
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await officer.get(`/api/v1/removals/${removal.id}`)).body.appealLastDay).toBe('2026-11-24');
  });

  it('refuses a stale version', async () => {
    const person = await finallyRejected();
    const removal = await notified(person);
    const res = await officer.post(`/api/v1/removals/${removal.id}/carry-out`, {
      version: 1,
      carriedOutOn: TODAY,
    });
    expect(res.body.code).toBe('STALE_VERSION');
  });
});

describe('LFIP Art. 55 and Art. 56', () => {
  it('forbids a decision while a protection is in force, and a removal while one arises later', async () => {
    const victim = await registerPerson(registrar);
    const rec = await officer.post(`/api/v1/persons/${victim}/removal-protections`, {
      ground: 'ç',
      recordedOn: '2026-10-01',
      basis: 'In the victim-support process for trafficking since October.',
    });
    expect(rec.status).toBe(201);
    const refused = await officer.post('/api/v1/removals', {
      personId: victim,
      grounds: ['visa_overstay'],
      decidedOn: '2026-11-02',
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-55-ç' });

    const person = await finallyRejected();
    const removal = await notified(person);
    const treatment = await officer.post(`/api/v1/persons/${person}/removal-protections`, {
      ground: 'd',
      recordedOn: '2026-11-10',
      basis: 'Treatment after violence is ongoing.',
    });
    const barred = await carryOut(removal);
    expect(barred.body).toMatchObject({ rule: 'LFIP-55-d' });
    expect(
      (await officer.post(`/api/v1/removal-protections/${treatment.body.id}/end`, { endedOn: TODAY })).status,
    ).toBe(200);
    expect((await carryOut(removal)).status).toBe(200);
  });

  it('gives no voluntary-departure period for a breach of entry rules, and holds removal during one', async () => {
    const person = await registerPerson(registrar);
    const refused = await officer.post('/api/v1/removals', {
      personId: person,
      grounds: ['entry_exit_breach'],
      decidedOn: '2026-11-02',
      voluntaryDepartureDays: 20,
    });
    expect(refused.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-56' });
    const tooLong = await officer.post('/api/v1/removals', {
      personId: person,
      grounds: ['visa_overstay'],
      decidedOn: '2026-11-02',
      voluntaryDepartureDays: 31,
    });
    expect(tooLong.status).toBe(422);
    const removal = await order(person, { grounds: ['visa_overstay'], voluntaryDepartureDays: 20 });
    const noPermit = await step(removal, 'notification', { notifiedOn: '2026-11-02' });
    expect(noPermit.body.errors[0].code).toBe('exit_permit_required');
    const n = await step(removal, 'notification', {
      notifiedOn: '2026-11-02',
      exitPermitNumber: 'CIB-2026-0042',
    });
    expect(n.body.voluntaryDepartureUntil).toBe('2026-11-22');
    expect((await carryOut(n.body)).body.bars.map((b: any) => b.bar)).toEqual([
      'voluntary_departure_running',
    ]);
  });
});

describe('administrative detention', () => {
  it('shows the monthly review on the worklist when due, and the transfer until it is done', async () => {
    const person = await finallyRejected();
    await order(person, { decidedOn: '2026-10-25' });
    const d = await officer.post('/api/v1/detentions', {
      personId: person,
      basis: 'removal',
      grounds: ['absconding_risk'],
      orderedAt: '2026-10-25T09:00:00+03:00',
    });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect(d.body).toMatchObject({
      initialUntil: '2027-04-25',
      nextReviewDue: '2026-11-25',
      extensionLimit: '2027-10-25',
    });
    expect(d.body.clocks.find((c: any) => c.code === 'T15')).toMatchObject({
      lastDay: '2026-10-27T06:00:00.000Z',
      status: 'overdue',
    });
    const due = (await officer.get('/api/v1/detentions/due')).body;
    expect(due.find((x: any) => x.detentionId === d.body.id)).toMatchObject({
      nextReviewDue: '2026-11-25',
      transferOverdue: true,
    });

    const centre = await createCentre(t.admin, {
      kind: 'removal',
      units: [
        { name: 'Men', unitType: 'wing', sexRestriction: 'male', capacity: 50 },
        { name: 'Women', unitType: 'wing', sexRestriction: 'female', capacity: 50 },
      ],
    });
    const staff = await t.as('centre_staff', { centreId: centre.id });
    // Nobody is held in a removal centre without a detention order.
    const free = await registerPerson(registrar, { sex: 'female' });
    const held = await t.admin.post('/api/v1/admissions', {
      unitId: centre.units.Women,
      personIds: [free],
      admittedOn: TODAY,
    });
    expect(held.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-57' });
    expect(
      (
        await staff.post('/api/v1/admissions', {
          unitId: centre.units.Women,
          personIds: [person],
          admittedOn: TODAY,
        })
      ).status,
    ).toBe(201);
    const board = (await staff.get(`/api/v1/centres/${centre.id}/board`)).body;
    expect(board.reviewsDue.map((r: any) => r.detentionId)).toEqual([d.body.id]);

    const reviewed = await officer.post(`/api/v1/detentions/${d.body.id}/reviews`, {
      version: d.body.version,
      reviewedOn: TODAY,
      outcome: 'continue',
      reasons: 'Travel document requested from the consulate.',
    });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    expect(reviewed.body.nextReviewDue).toBe('2026-12-20');
    expect((await officer.get('/api/v1/detentions/due')).body.map((x: any) => x.detentionId)).not.toContain(
      d.body.id,
    );
  });

  it('cannot pass twelve months: one extension, for non-cooperation, at most six more months', async () => {
    const person = await personAged(registrar, 30, TODAY, { sex: 'male', entryType: 'irregular' });
    await order(person, { grounds: ['entry_exit_breach'], decidedOn: '2025-11-10' });
    let d = (
      await officer.post('/api/v1/detentions', {
        personId: person,
        basis: 'removal',
        grounds: ['entry_exit_breach'],
        orderedAt: '2025-11-10T12:00:00+03:00',
      })
    ).body;
    expect(d).toMatchObject({ initialUntil: '2026-05-10', extensionLimit: '2026-11-10' });
    const review = (body: Record<string, unknown>) =>
      officer.post(`/api/v1/detentions/${d.id}/reviews`, {
        version: d.version,
        reasons: 'Monthly review of necessity.',
        ...body,
      });
    for (const on of ['2025-12-10', '2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10']) {
      const res = await review({ reviewedOn: on, outcome: 'continue' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      d = res.body;
    }
    const noReason = await review({ reviewedOn: '2026-05-08', outcome: 'extend', extendUntil: '2026-11-10' });
    expect(noReason.body.errors[0].code).toBe('extension_reason_required');
    const tooFar = await review({
      reviewedOn: '2026-05-08',
      outcome: 'extend',
      extendUntil: '2026-11-11',
      extensionReason: 'non_cooperation',
    });
    expect(tooFar.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-57' });
    expect(tooFar.body.errors[0].code).toBe('extension_beyond_maximum');
    const extended = await review({
      reviewedOn: '2026-05-08',
      outcome: 'extend',
      extendUntil: '2026-11-10',
      extensionReason: 'non_cooperation',
    });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    d = extended.body;
    expect(d.extendedUntil).toBe('2026-11-10');
    expect(
      (
        await review({
          reviewedOn: '2026-05-09',
          outcome: 'extend',
          extendUntil: '2026-11-10',
          extensionReason: 'non_cooperation',
        })
      ).body.errors[0].code,
    ).toBe('already_extended');
    // Today is past the twelve months: the detention may not go on, and the worklist says so.
    const late = await review({ reviewedOn: TODAY, outcome: 'continue' });
    expect(late.body.errors[0].code).toBe('review_after_maximum');
    expect(
      (await officer.get('/api/v1/detentions/due')).body.find((x: any) => x.detentionId === d.id),
    ).toMatchObject({ pastMaximum: true });
    const released = await officer.post(`/api/v1/detentions/${d.id}/release`, {
      version: d.version,
      releasedOn: TODAY,
      reason: 'Maximum period reached.',
      alternatives: [{ kind: 'reporting', startsOn: TODAY, details: 'Weekly at the directorate.' }],
    });
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    expect(released.body.state).toBe('released');
  });

  it('holds an applicant at most 30 days, only while the application is pending', async () => {
    const noApplication = await registerPerson(registrar);
    const refused = await officer.post('/api/v1/detentions', {
      personId: noApplication,
      basis: 'ip_applicant',
      grounds: ['identity_verification'],
      orderedAt: '2026-11-01T10:00:00+03:00',
    });
    expect(refused.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-68' });
    const applicant = await pendingApplicant();
    const d = (
      await officer.post('/api/v1/detentions', {
        personId: applicant,
        basis: 'ip_applicant',
        grounds: ['identity_verification'],
        orderedAt: '2026-11-01T10:00:00+03:00',
      })
    ).body;
    expect(d).toMatchObject({ initialUntil: '2026-12-01', extensionLimit: null });
    const ext = await officer.post(`/api/v1/detentions/${d.id}/reviews`, {
      version: d.version,
      reviewedOn: TODAY,
      outcome: 'extend',
      extendUntil: '2026-12-15',
      extensionReason: 'non_cooperation',
      reasons: 'Identity unclear.',
    });
    expect(ext.body.errors[0].code).toBe('extension_not_allowed');
  });

  it('records a challenge decided within 5 days; a release order releases at once', async () => {
    const person = await finallyRejected();
    await order(person);
    const d = (
      await officer.post('/api/v1/detentions', {
        personId: person,
        basis: 'removal',
        grounds: ['absconding_risk'],
        orderedAt: '2026-11-03T10:00:00+03:00',
      })
    ).body;
    const ch = await officer.post(`/api/v1/detentions/${d.id}/challenges`, { lodgedOn: '2026-11-16' });
    expect(ch.body.challenges[0]).toMatchObject({ decisionDue: '2026-11-21' });
    const decided = await officer.post(
      `/api/v1/detentions/${d.id}/challenges/${ch.body.challenges[0].id}/decision`,
      { decidedOn: TODAY, outcome: 'release_ordered' },
    );
    expect(decided.body).toMatchObject({ state: 'released', releaseReason: 'judgeship_order' });
  });
});

describe('a new application racing a removal', () => {
  it('never leaves a removal recorded for a person who became protected (both orders tried)', async () => {
    const rounds = 8;
    const people: { person: string; removal: any }[] = [];
    for (let i = 0; i < rounds; i++) {
      const person = await registerPerson(registrar, { nationality: 'SYR' });
      people.push({ person, removal: await notified(person, '2026-11-01') });
    }
    const outcomes = await Promise.all(
      people.map(async ({ person, removal }, i) => {
        const lodge = async () => {
          const res = await registrar.post('/api/v1/cases', {
            track: 'temporary_protection',
            lodgedOn: TODAY,
            lodgedVia: 'directorate',
            principalPersonId: person,
          });
          if (res.status !== 201) return res.status;
          const c = new CaseDriver(res.body.id, res.body);
          return (await c.tryAct(registrar, TODAY, { action: 'grant_temporary_protection' })).status;
        };
        const remove = async () => (await carryOut(removal)).status;
        // Half the rounds start the removal first, half the application.
        const [a, b] =
          i % 2 ? await Promise.all([lodge(), remove()]) : (await Promise.all([remove(), lodge()])).reverse();
        return { person, lodged: a, removed: b };
      }),
    );
    for (const o of outcomes) expect([o.lodged === 200, o.removed === 200].filter(Boolean)).toHaveLength(1);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from removal_decision r
      join case_member m on m.person_id = r.person_id
      join protection_case c on c.id = m.case_id
      where r.state = 'carried_out' and c.state in ('tp_pending', 'tp_granted')`.execute(t.db.kysely);
    expect(rows[0]?.n).toBe(0);
  });
});
