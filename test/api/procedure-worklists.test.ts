// Worklists and the less common paths: referral to a satellite city, inadmissibility with the
// 24-hour notice to headquarters, implicit withdrawal after three misses, reporting duties, a
// positive decision and its cessation, the delay notice, vulnerable applicants first, and the
// holiday calendar counted again. "Today" is fixed at 2026-11-29 (a Sunday).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, registerPerson, worklistRefs, startProcedureApp } from '../support/cases.ts';

const TODAY = '2026-11-29';
let t: TestApp;
let registrar: Client;
let caseworker: Client;
let decider: Client;
beforeAll(async () => {
  ({ t, registrar, caseworker, decider } = await startProcedureApp(TODAY, '16'));
});
afterAll(() => t.close());

async function lodged(lodgedOn: string, overrides: Record<string, unknown> = {}) {
  const person = await registerPerson(registrar, { provinceCode: '16', ...overrides });
  return CaseDriver.lodge(registrar, {
    track: 'international_protection',
    lodgedOn,
    lodgedVia: 'directorate',
    principalPersonId: person,
  });
}

const schedule = (c: CaseDriver, on: string) =>
  c.act(caseworker, on, {
    action: 'schedule_interview',
    scheduledAt: `${on}T10:00:00+03:00`,
    interpreterLanguage: 'ar',
    attendees: [],
  });

describe('referral to a satellite city', () => {
  it('gives 15 days to report, and the receiving province registers', async () => {
    const c = await lodged('2026-11-20');
    await c.act(registrar, '2026-11-20', { action: 'refer_to_province', provinceCode: '42' });
    expect(c.view).toMatchObject({ state: 'referred', provinceCode: '42', lodgedProvinceCode: '16' });
    expect(c.clock('T1')).toMatchObject({ lastDay: '2026-12-07' }); // Sat 5 Dec → Mon 7 Dec
    const konyaRegistrar = await t.as('registration_officer', { provinceCode: '42' });
    expect(await worklistRefs(konyaRegistrar, 'satellite_arrivals')).toContain(c.view.reference);
    expect(await worklistRefs(registrar, 'satellite_arrivals')).not.toContain(c.view.reference);
    const notHere = await c.tryAct(registrar, '2026-11-25', { action: 'register' });
    expect(notHere.status).toBe(403);
    await c.act(konyaRegistrar, '2026-11-25', { action: 'register' });
    expect(c.clock('T1')).toMatchObject({ closedOn: '2026-11-25', status: 'met' });
    expect(await worklistRefs(konyaRegistrar, 'satellite_arrivals')).not.toContain(c.view.reference);
  });
});

describe('inadmissibility', () => {
  it('on ground (a) puts the notice to headquarters on a 24-hour worklist, then 15 days to go to court', async () => {
    const c = await lodged('2026-11-23');
    await c.act(registrar, '2026-11-23', { action: 'register' });
    const noGround = await c.tryAct(decider, '2026-11-24', {
      action: 'decide',
      decision: 'inadmissible',
      reasons: 'A repeat application without new elements.',
    });
    expect(noGround.body.rule).toBe('LFIP-72');
    await c.act(decider, '2026-11-24', {
      action: 'decide',
      decision: 'inadmissible',
      inadmissibilityGround: 'a',
      reasons: 'A repeat application without new elements.',
    });
    expect(c.clock('T7')).toMatchObject({ lastDay: '2026-11-25', status: 'overdue' });
    expect(await worklistRefs(caseworker, 'hq_notifications')).toContain(c.view.reference);
    await c.act(caseworker, '2026-11-24', { action: 'notify_headquarters' });
    expect(await worklistRefs(caseworker, 'hq_notifications')).not.toContain(c.view.reference);
    await c.act(caseworker, '2026-11-26', { action: 'serve_decision' });
    // The 15 days after inadmissibility are UNVERIFIED in the sources (domain.md §4.9).
    expect(c.clock('T11-inadmissible', 'open')).toMatchObject({ lastDay: '2026-12-11', unverified: true });
  });
});

describe('implicit withdrawal (LFIP Art. 77)', () => {
  it('needs three interviews missed in a row without excuse', async () => {
    const c = await lodged('2026-09-01');
    await c.act(registrar, '2026-09-01', { action: 'register' });
    for (const [i, day] of ['2026-09-10', '2026-09-20', '2026-09-30'].entries()) {
      await schedule(c, day);
      await c.act(caseworker, day, { action: 'record_missed_interview', excused: i === 1 });
    }
    expect(c.view.missedInterviewsInARow).toBe(2);
    const early = await c.tryAct(decider, '2026-10-01', {
      action: 'decide',
      decision: 'implicitly_withdrawn',
      withdrawalGround: 'missed_interviews',
      reasons: 'Did not attend three interviews.',
    });
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-77-T8' });
    expect(await worklistRefs(decider, 'implicit_withdrawal')).not.toContain(c.view.reference);
    await schedule(c, '2026-10-10');
    await c.act(caseworker, '2026-10-10', { action: 'record_missed_interview', excused: false });
    expect(await worklistRefs(decider, 'implicit_withdrawal')).toContain(c.view.reference);
    await c.act(decider, '2026-10-12', {
      action: 'decide',
      decision: 'implicitly_withdrawn',
      withdrawalGround: 'missed_interviews',
      reasons: 'Did not attend three interviews in a row.',
    });
    await c.act(caseworker, '2026-11-20', { action: 'serve_decision' });
    // The court period for implicit withdrawal is UNVERIFIED: 30 days shown, 60 guard removal.
    expect(c.clock('T10-other')).toMatchObject({
      lastDay: '2026-12-21',
      protectiveLastDay: '2027-01-19',
      unverified: true,
    });
    expect(c.view.removal.bars).toEqual(['appeal_window_open']);
    const tooSoon = await c.tryAct(caseworker, '2026-11-29', { action: 'finalise' });
    expect(tooSoon.body.rule).toBe('LFIP-80');
  });

  it('counts reporting duties missed in a row, and a kept one resets the count', async () => {
    const c = await lodged('2026-10-01');
    await c.act(registrar, '2026-10-01', { action: 'register' });
    await c.act(registrar, '2026-10-01', {
      action: 'set_reporting_schedule',
      intervalDays: 7,
      firstDueOn: '2026-10-08',
    });
    await c.act(registrar, '2026-10-08', {
      action: 'record_reporting',
      dueOn: '2026-10-08',
      attended: false,
    });
    await c.act(registrar, '2026-10-15', { action: 'record_reporting', dueOn: '2026-10-15', attended: true });
    expect(c.view.missedReportingInARow).toBe(0);
    for (const day of ['2026-10-22', '2026-10-29', '2026-11-05'])
      await c.act(registrar, day, { action: 'record_reporting', dueOn: day, attended: false });
    expect(c.view).toMatchObject({ missedReportingInARow: 3, reporting: { nextDueOn: '2026-11-12' } });
    expect(await worklistRefs(caseworker, 'reporting_missed')).toContain(c.view.reference);
    expect(await worklistRefs(decider, 'implicit_withdrawal')).toContain(c.view.reference);
    const twice = await c.tryAct(registrar, '2026-11-06', {
      action: 'record_reporting',
      dueOn: '2026-11-05',
      attended: true,
    });
    expect(twice.status).toBe(409);
    // Missed once, the next day still to come: on the list too, until a kept day resets it.
    const recent = await lodged('2026-11-01');
    await recent.act(registrar, '2026-11-01', { action: 'register' });
    await recent.act(registrar, '2026-11-01', {
      action: 'set_reporting_schedule',
      intervalDays: 7,
      firstDueOn: '2026-11-29',
    });
    expect(await worklistRefs(caseworker, 'reporting_missed')).not.toContain(recent.view.reference);
    await recent.act(registrar, '2026-11-29', {
      action: 'record_reporting',
      dueOn: '2026-11-29',
      attended: false,
    });
    expect(recent.view.reporting.nextDueOn).toBe('2026-12-06');
    expect(await worklistRefs(caseworker, 'reporting_missed')).toContain(recent.view.reference);
  });
});

describe('a positive decision and its cessation', () => {
  it('protects the status holder, then ends the status only after the window has run', async () => {
    const c = await lodged('2026-01-05');
    await c.act(registrar, '2026-01-05', { action: 'register' });
    await schedule(c, '2026-01-20');
    await c.act(caseworker, '2026-01-20', {
      action: 'record_interview',
      record: 'Detailed account; credible.',
    });
    await c.act(decider, '2026-02-02', {
      action: 'decide',
      decision: 'conditional_refugee',
      reasons: 'Well-founded fear; events outside Europe.',
    });
    await c.act(caseworker, '2026-02-03', { action: 'serve_decision' });
    expect(c.view.state).toBe('protected');
    expect(c.view.removal.bars).toEqual(['protection_status_held']);
    expect(c.view.rights.workPermit).toMatchObject({ kind: 'may_apply_from', date: '2026-07-05' });
    expect(c.view.letters.every((l: any) => l.lastDay === null)).toBe(true);
    await c.act(decider, '2026-10-01', {
      action: 'decide',
      decision: 'cessation',
      reasons: 'Voluntarily re-availed of national protection.',
    });
    await c.act(caseworker, '2026-10-02', { action: 'serve_decision' });
    expect(c.clock('T10-other', 'open')).toMatchObject({
      lastDay: '2026-11-02',
      protectiveLastDay: '2026-12-01',
    });
    expect((await c.tryAct(caseworker, '2026-11-29', { action: 'finalise' })).body.rule).toBe('LFIP-80');
    expect(c.view.removal.bars).toEqual(['appeal_window_open']);
    await c.act(caseworker, '2026-11-10', { action: 'file_appeal', body: 'administrative_court' });
    await c.act(caseworker, '2026-11-27', {
      action: 'record_appeal_outcome',
      outcome: 'annulled',
      reasons: 'The court annuls the cessation.',
    });
    // The status comes back, and with it the rights of a conditional refugee.
    expect(c.view).toMatchObject({ state: 'protected', decision: 'conditional_refugee' });
    expect(c.view.rights.workPermit).toMatchObject({ kind: 'may_apply_from', date: '2026-07-05' });
  });
});

describe('decisions due', () => {
  it('owes the applicant a notice once six months pass, and lists vulnerable applicants first', async () => {
    const plain = await lodged('2026-04-01');
    const vulnerable = await lodged('2026-05-01', { specificNeeds: ['LFIP67-VIOLENCE_SURVIVOR'] });
    for (const c of [plain, vulnerable]) {
      await c.act(registrar, c.view.lodgedOn, { action: 'register' });
      await schedule(c, '2026-06-01');
      await c.act(caseworker, '2026-06-01', { action: 'record_interview', record: 'Interview held.' });
    }
    expect(vulnerable.view.vulnerable).toBe(true);
    // T5 from 1 April: 1 Oct 2026, passed; from 1 May: 1 Nov 2026 (Sunday) → Mon 2 Nov, passed.
    expect(plain.clock('T5').lastDay).toBe('2026-10-01');
    expect(vulnerable.clock('T5').lastDay).toBe('2026-11-02');
    const due = await worklistRefs(decider, 'decisions_due');
    expect(due.indexOf(vulnerable.view.reference)).toBeLessThan(due.indexOf(plain.view.reference));
    expect(await worklistRefs(caseworker, 'delay_notices')).toEqual(
      expect.arrayContaining([plain.view.reference, vulnerable.view.reference]),
    );
    await plain.act(caseworker, '2026-11-02', { action: 'serve_delay_notice' });
    expect(await worklistRefs(caseworker, 'delay_notices')).not.toContain(plain.view.reference);
    expect((await plain.tryAct(caseworker, '2026-11-03', { action: 'serve_delay_notice' })).body.rule).toBe(
      'LFIP-78-T5',
    );
  });

  it('lists documents about to expire for members of open cases', async () => {
    const c = await lodged('2026-11-10');
    await c.act(registrar, '2026-11-10', { action: 'register' });
    const personId = c.view.members[0].personId;
    const doc = await registrar.post(`/api/v1/persons/${personId}/documents`, {
      type: 'registration_document',
      issuedOn: '2026-11-10',
    });
    expect(doc.status).toBe(201);
    const res = await caseworker.get('/api/v1/worklists/documents_expiring');
    expect(res.body.items.find((i: any) => i.reference === c.view.reference)).toMatchObject({
      dueOn: '2026-12-10',
      code: 'registration_document',
    });
  });
});

describe('the holiday calendar', () => {
  it('counts open clocks again when a year is maintained', async () => {
    const c = await lodged('2026-11-27');
    await c.act(registrar, '2026-11-27', { action: 'register' });
    expect(c.clock('T5')).toMatchObject({ lastDay: '2027-05-27' });
    expect(c.clock('T5').flags).toContain('calendar_year_missing');
    const putAs = (client: Client) =>
      client.raw('/api/v1/calendar/2027', {
        method: 'PUT',
        headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          holidays: [
            { date: '2027-05-27', kind: 'full', name: 'test_feast', source: 'test: fictional feast day' },
          ],
        }),
      });
    expect((await putAs(caseworker)).status).toBe(403);
    const put = await putAs(t.admin);
    expect(put.status).toBe(200);
    expect(put.body.recountedClocks).toBeGreaterThanOrEqual(1);
    await c.reload(caseworker);
    expect(c.clock('T5')).toMatchObject({ nominalLastDay: '2027-05-27', lastDay: '2027-05-28' });
    expect(c.clock('T5').flags).not.toContain('calendar_year_missing');
  });
});

describe('the worklist summary', () => {
  it('counts exactly what each list holds', async () => {
    const summary = await decider.get('/api/v1/worklists');
    expect(summary.status).toBe(200);
    expect(summary.body.lists.length).toBeGreaterThanOrEqual(13);
    for (const { list, count } of summary.body.lists) {
      const items = await decider.get(`/api/v1/worklists/${list}?limit=200`);
      expect(Math.min(items.body.items.length, summary.body.countCap), list).toBe(count);
    }
    expect(summary.body.lists.filter((l: any) => l.count > 0).length).toBeGreaterThanOrEqual(6);
  });
});
