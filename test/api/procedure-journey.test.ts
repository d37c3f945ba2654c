// The journeys, over real HTTP on a real database, on a fixed "today" (2026-11-29) so that
// every last day can be checked against a value worked out by hand from domain.md §0.1:
// a family through registration, interview, rejection, appeal to the commission and a court
// annulment; and a second applicant through the accelerated procedure to a final rejection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, registerPerson, worklistRefs, startProcedureApp } from '../support/cases.ts';

const TODAY = '2026-11-29';
let t: TestApp;
let registrar: Client;
let caseworker: Client;
let decider: Client;
beforeAll(async () => {
  ({ t, registrar, caseworker, decider } = await startProcedureApp(TODAY, '34'));
});
afterAll(() => t.close());

async function letterHtml(client: Client, id: string): Promise<string> {
  const res = await client.get(`/api/v1/letters/${id}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/html');
  return res.body as string;
}

describe('a family: rejection, appeal to the commission, annulment by the court', () => {
  let family: CaseDriver;

  it('lodges the family (adult consent recorded) and registers it', async () => {
    const principal = await registerPerson(registrar, {
      nationality: 'SYR',
      languages: ['ar'],
      sex: 'male',
      dateOfBirth: '1985-04-02',
    });
    const spouse = await registerPerson(registrar, {
      nationality: 'SYR',
      languages: ['ar'],
      dateOfBirth: '1988-06-10',
    });
    const child = await registerPerson(registrar, {
      nationality: 'SYR',
      languages: ['ar'],
      dateOfBirth: '2019-03-03',
    });
    family = await CaseDriver.lodge(registrar, {
      track: 'international_protection',
      lodgedOn: '2026-09-01',
      lodgedVia: 'directorate',
      principalPersonId: principal,
      members: [
        {
          personId: spouse,
          relationship: 'spouse',
          consentGivenOn: '2026-09-01',
          consentDocument: 'Consent form 2026/1',
        },
        { personId: child, relationship: 'child' },
      ],
    });
    expect(family.view.state).toBe('lodged');
    expect(family.view.reference).toMatch(/^UK-2026-\d{6}$/);
    expect(family.view.members).toHaveLength(3);

    await family.act(registrar, '2026-09-02', { action: 'register' });
    expect(family.view.state).toBe('registered');
    // T3: 30 days from the day after registration → Fri 2 Oct 2026.
    expect(family.clock('T3')).toMatchObject({
      lastDay: '2026-10-02',
      status: 'overdue',
      article: 'LFIP Art. 75',
    });
    // T5: six months → 2 Mar 2027, a target (non-binding), counted in a year not yet maintained.
    expect(family.clock('T5')).toMatchObject({ lastDay: '2027-03-02', binding: false });
    expect(family.clock('T5').flags).toEqual(
      expect.arrayContaining(['non_binding', 'calendar_year_missing']),
    );
    // Rights: a work permit may be sought 6 months after lodging; health cover for a year.
    expect(family.view.rights.workPermit).toMatchObject({ kind: 'may_apply_from', date: '2027-03-01' });
    expect(family.view.rights.healthCover).toMatchObject({ kind: 'until', date: '2027-09-02' });
    expect(family.view.removal).toEqual({ mayBeRemoved: false, bars: ['application_pending'] });

    expect(await worklistRefs(caseworker, 'interviews_to_schedule')).toContain(family.view.reference);
    expect(await worklistRefs(caseworker, 'interviews_overdue')).toContain(family.view.reference);
  });

  it('schedules and holds the interview, then a decision-maker rejects', async () => {
    const me = (await caseworker.get('/api/v1/auth/me')).body;
    await family.act(caseworker, '2026-09-03', { action: 'assign_caseworker', userId: me.id });
    await family.act(caseworker, '2026-09-10', {
      action: 'schedule_interview',
      scheduledAt: '2026-09-21T10:00:00+03:00',
      interpreterLanguage: 'ar',
      attendees: ['psychologist'],
    });
    expect(family.view.state).toBe('interview_scheduled');
    await family.act(caseworker, '2026-09-21', {
      action: 'record_interview',
      record: 'Account of events given through an Arabic interpreter.',
    });
    expect(family.view.state).toBe('interviewed');
    expect(family.clock('T3')).toMatchObject({ closedOn: '2026-09-21', status: 'met' });
    expect(family.view.interviews[0]).toMatchObject({
      status: 'held',
      record: expect.stringContaining('Arabic interpreter'),
    });
    expect(await worklistRefs(decider, 'decisions_due')).toContain(family.view.reference);

    await family.act(decider, '2026-10-15', {
      action: 'decide',
      decision: 'rejected',
      reasons: 'The account does not establish a well-founded fear.',
    });
    expect(family.view.state).toBe('decided');
    expect(family.clock('T5').closedOn).toBe('2026-10-15');
    expect(await worklistRefs(caseworker, 'notifications_to_serve')).toContain(family.view.reference);
  });

  it('serves the rejection: both appeal windows open, letters in Turkish and Arabic state the last days', async () => {
    await family.act(caseworker, '2026-10-20', { action: 'serve_decision' });
    expect(family.view.state).toBe('notified');
    // T9: 10 days → Fri 30 Oct 2026. T10: 30 days → Thu 19 Nov 2026.
    expect(family.clock('T9-appeal')).toMatchObject({ lastDay: '2026-10-30', startedOn: '2026-10-20' });
    expect(family.clock('T10')).toMatchObject({ lastDay: '2026-11-19' });
    const langs = family.view.letters.map((l: any) => l.language).sort();
    expect(langs).toEqual(['ar', 'tr']);
    const ar = await letterHtml(caseworker, family.view.letters.find((l: any) => l.language === 'ar').id);
    expect(ar).toContain('dir="rtl"');
    expect(ar).toContain('<time datetime="2026-10-30">');
    expect(ar).toContain('<time datetime="2026-11-19">');
    expect(ar).toContain('لجنة تقييم الحماية الدولية');
    expect(ar).toContain('<bdi dir="ltr"><a href="tel:157">157</a></bdi>');
    const tr = await letterHtml(caseworker, family.view.letters.find((l: any) => l.language === 'tr').id);
    expect(tr).toContain('30 Ekim 2026');
    expect(tr).toContain('Uluslararası Koruma Değerlendirme Komisyonu');
  });

  it('records the appeal to the commission filed in time, and its rejection with a new court window', async () => {
    await family.act(caseworker, '2026-10-26', { action: 'file_appeal', body: 'ipec' });
    expect(family.view.state).toBe('under_appeal');
    expect(family.clock('T9-appeal').closedOn).toBe('2026-10-26');
    // IPEC decides within 15 days: Tue 10 Nov 2026.
    expect(family.clock('T9-decision')).toMatchObject({ lastDay: '2026-11-10' });
    await family.act(caseworker, '2026-11-05', {
      action: 'record_appeal_outcome',
      outcome: 'dismissed',
      reasons: 'The commission upholds the decision.',
    });
    expect(family.view).toMatchObject({ state: 'notified', decisionBy: 'ipec' });
    // 30 days from 5 Nov ends Sat 5 Dec 2026: moved to Monday 7 Dec.
    expect(family.clock('T10', 'open')).toMatchObject({
      nominalLastDay: '2026-12-05',
      lastDay: '2026-12-07',
      daysLeft: 8,
    });
    expect(family.clock('T10', 'open').flags).toContain('moved_to_working_day');
    const ipecLetters = family.view.letters.filter((l: any) => l.decision === 'ipec_rejection');
    expect(ipecLetters.map((l: any) => [l.language, l.lastDay]).sort()).toEqual([
      ['ar', '2026-12-07'],
      ['tr', '2026-12-07'],
    ]);
    expect(await letterHtml(caseworker, ipecLetters[0].id)).toContain('<time datetime="2026-12-07">');
    expect(await worklistRefs(caseworker, 'appeal_windows')).toContain(family.view.reference);
    expect(family.view.removal.bars).toEqual(['appeal_window_open']);
    // The window of the commission closed with the filing: a second filing there is refused.
    const again = await family.tryAct(caseworker, '2026-11-06', { action: 'file_appeal', body: 'ipec' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-80' });
  });

  it('records the court appeal and its annulment: the case is open again, a decision is due', async () => {
    await family.act(caseworker, '2026-11-20', { action: 'file_appeal', body: 'administrative_court' });
    expect(family.view.removal.bars).toEqual(['appeal_pending']);
    await family.act(caseworker, '2026-11-27', {
      action: 'record_appeal_outcome',
      outcome: 'annulled',
      reasons: 'The court annuls the decision for want of reasons.',
    });
    expect(family.view).toMatchObject({ state: 'interviewed', decision: 'rejected', decisionBy: null });
    expect(family.view.allowedActions).toContain('schedule_interview'); // an additional interview
    expect(family.view.allowedActions).not.toContain('decide'); // only a decision-maker decides
    const asDecider = await decider.get(`/api/v1/cases/${family.id}`);
    expect(asDecider.body.allowedActions).toContain('decide');
    expect(await worklistRefs(decider, 'decisions_due')).toContain(family.view.reference);
    expect(family.view.events.map((e: any) => e.action)).toEqual([
      'lodge',
      'register',
      'assign_caseworker',
      'schedule_interview',
      'record_interview',
      'decide',
      'serve_decision',
      'file_appeal',
      'record_appeal_outcome',
      'file_appeal',
      'record_appeal_outcome',
    ]);
  });
});

describe('the accelerated procedure to a final rejection', () => {
  let c: CaseDriver;

  it('accelerates at registration: interview within 3 days of the application, decision within 5 of the interview', async () => {
    const person = await registerPerson(registrar, {
      nationality: 'AFG',
      languages: ['fa'],
      sex: 'male',
      dateOfBirth: '1990-01-15',
    });
    c = await CaseDriver.lodge(registrar, {
      track: 'international_protection',
      lodgedOn: '2026-11-19',
      lodgedVia: 'police',
      principalPersonId: person,
    });
    await c.act(registrar, '2026-11-19', { action: 'register' });
    await c.act(caseworker, '2026-11-19', { action: 'accelerate', ground: 'applied_to_delay_removal' });
    expect(c.view.procedure).toBe('accelerated');
    expect(c.clock('T3').closedOn).toBe('2026-11-19');
    expect(c.clock('T5').closedOn).toBe('2026-11-19'); // its own limits (T6) replace the six months
    // 3 days from 19 Nov → Sun 22 Nov: moved to Mon 23 Nov.
    expect(c.clock('T6-interview', 'open')).toMatchObject({ lastDay: '2026-11-23' });
    expect(c.view.rights.workPermit).toEqual({ kind: 'not_available', reason: 'accelerated_procedure' });
    await c.act(caseworker, '2026-11-20', {
      action: 'schedule_interview',
      scheduledAt: '2026-11-23T09:30:00+03:00',
      interpreterLanguage: 'fa',
      attendees: [],
    });
    await c.act(caseworker, '2026-11-23', {
      action: 'record_interview',
      record: 'Interview held with a Farsi interpreter.',
    });
    // 5 days from 23 Nov → Sat 28 Nov: moved to Mon 30 Nov.
    expect(c.clock('T6-decision', 'open')).toMatchObject({ lastDay: '2026-11-30', daysLeft: 1 });
    // On the decision-makers' list once, by its five-day limit.
    const due = await worklistRefs(decider, 'decisions_due');
    expect(due.filter((r) => r === c.view.reference)).toHaveLength(1);
  });

  it('rejects; the court window is 15 days and its dismissal is final', async () => {
    await c.act(decider, '2026-11-26', {
      action: 'decide',
      decision: 'rejected',
      reasons: 'No protection-relevant issue was raised.',
    });
    await c.act(caseworker, '2026-11-26', { action: 'serve_decision' });
    expect(c.view.clocks.filter((k: any) => k.closedOn === null).map((k: any) => k.code)).toEqual([
      'T11-appeal',
    ]);
    // 15 days from 26 Nov → Fri 11 Dec 2026.
    expect(c.clock('T11-appeal')).toMatchObject({ lastDay: '2026-12-11' });
    const fa = c.view.letters.find((l: any) => l.language === 'fa');
    expect(fa).toMatchObject({ lastDay: '2026-12-11' });
    const ipec = await c.tryAct(caseworker, '2026-11-27', { action: 'file_appeal', body: 'ipec' });
    expect(ipec.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LFIP-80' });
    await c.act(caseworker, '2026-11-27', { action: 'file_appeal', body: 'administrative_court' });
    expect(c.clock('T11-decision')).toMatchObject({ lastDay: '2026-12-14' }); // Sat 12 Dec → Mon 14 Dec
    await c.act(caseworker, '2026-11-29', {
      action: 'record_appeal_outcome',
      outcome: 'dismissed',
      reasons: 'The court dismisses the case; final.',
    });
    expect(c.view.state).toBe('rejected_final');
    expect(c.view.clocks.every((k: any) => k.closedOn !== null)).toBe(true);
    expect(c.view.allowedActions).toEqual([]);
    expect(c.view.removal).toEqual({ mayBeRemoved: true, bars: [] });
  });
});
