// The removal guard for a given day over HTTP: bars with their rules and last days before,
// inside and after the removal decision's appeal window, and the dates it refuses. "Today" is fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { rejectedAndServed, startProcedureApp } from '../support/cases.ts';
import { personAged } from '../support/centres.ts';

const TODAY = '2026-11-20';
let t: TestApp;
let registrar: Client;
let caseworker: Client;
let decider: Client;
let officer: Client;
let person: string;
beforeAll(async () => {
  ({ t, registrar, caseworker, decider } = await startProcedureApp(TODAY, '34'));
  officer = await t.as('removal_officer', { provinceCode: '34' });
  // Lodged on 1 June, rejected and served on 1 July, finalised: the procedure no longer bars.
  person = await personAged(registrar, 35, TODAY);
  const c = await rejectedAndServed({ registrar, caseworker, decider }, person);
  await c.act(caseworker, '2026-09-01', { action: 'finalise' });
});
afterAll(() => t.close());

const guard = (on?: string, who = person) =>
  officer.get(`/api/v1/persons/${who}/removal-guard${on === undefined ? '' : `?on=${on}`}`);

describe('finality derived, with no clerk', () => {
  it('makes a served rejection final the day after its last window, on the case and in the guard', async () => {
    const other = await personAged(registrar, 40, TODAY);
    const c = await rejectedAndServed({ registrar, caseworker, decider }, other);
    // Nobody records a close-as-final step.
    expect(c.view.state).toBe('notified');
    const last = c.view.clocks
      .filter((k: { code: string }) => ['T9-appeal', 'T10'].includes(k.code))
      .map((k: { protectiveLastDay: string }) => k.protectiveLastDay)
      .sort()
      .at(-1);
    const dayAfter = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(c.view.finalSince).toBe(dayAfter);
    const table: [string, object[]][] = [
      ['2026-07-02', [{ bar: 'appeal_window_open', rule: 'LFIP-4', lastDay: last }]],
      [last, [{ bar: 'appeal_window_open', rule: 'LFIP-4', lastDay: last }]],
      [dayAfter, []],
    ];
    for (const [on, bars] of table) {
      const res = await guard(on, other);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(
        res.body.barsOnDay.filter((b: { bar: string }) => b.bar !== 'no_removal_decision'),
        on,
      ).toEqual(bars);
      expect(res.body.mayBeRemoved, on).toBe(bars.length === 0);
    }
  });
});

describe('the removal guard for a given day', () => {
  it('says no removal decision exists before one is taken', async () => {
    const res = await guard('2026-11-20');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      on: '2026-11-20',
      mayBeRemoved: true,
      bars: [],
      mayBeCarriedOut: false,
    });
    expect(res.body.barsOnDay).toEqual([{ bar: 'no_removal_decision', rule: 'LFIP-52', lastDay: null }]);
  });

  it('answers before, inside and after the appeal window of a removal notified on 16 November', async () => {
    const ordered = await officer.post('/api/v1/removals', {
      personId: person,
      grounds: ['protection_ended_no_right_to_stay'],
      destinationCountry: 'IRN',
      decidedOn: '2026-11-16',
    });
    expect(ordered.status, JSON.stringify(ordered.body)).toBe(201);
    const notified = await officer.post(`/api/v1/removals/${ordered.body.id}/notification`, {
      version: ordered.body.version,
      notifiedOn: '2026-11-16',
    });
    expect(notified.status, JSON.stringify(notified.body)).toBe(200);
    // Seven days from Monday 16 November: Monday 23 November.
    const last = notified.body.appealProtectiveLastDay;
    expect(last).toBe('2026-11-23');
    const window = [{ bar: 'removal_appeal_window_open', rule: 'LFIP-53', lastDay: last }];
    const table: [string | undefined, object[]][] = [
      [undefined, window],
      ['2026-11-16', window],
      ['2026-11-23', window],
      ['2026-11-24', []],
      ['2027-01-14', []],
    ];
    for (const [on, bars] of table) {
      const res = await guard(on);
      expect(res.status, `${on}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body.barsOnDay, on).toEqual(bars);
      expect(res.body.mayBeCarriedOut, on).toBe(bars.length === 0);
      expect(res.body.removalId).toBe(ordered.body.id);
    }
    // A question only: carrying out stays today-only, and today is still inside the window.
    const early = await officer.post(`/api/v1/removals/${ordered.body.id}/carry-out`, {
      version: notified.body.version,
      carriedOutOn: '2026-11-24',
    });
    expect(early.status).toBe(422);
  });

  it('refuses a day that is not a date, and a day before the earliest recorded event', async () => {
    for (const bad of ['2026-13-01', 'monday', '2026-2-1']) {
      const res = await guard(bad);
      expect(res.status, bad).toBe(422);
      expect([...new Set(res.body.errors.map((f: { field: string }) => f.field))]).toEqual(['on']);
    }
    // Lodged on 1 June: the record says nothing of the days before.
    const before = await guard('2026-05-31');
    expect(before.status).toBe(422);
    expect(before.body.errors).toEqual([
      expect.objectContaining({ field: 'on', code: 'before_first_event' }),
    ]);
    expect((await guard('2026-06-01')).status).toBe(200);
  });
});
