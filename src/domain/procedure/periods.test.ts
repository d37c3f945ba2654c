import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COUNTING,
  computeDeadline,
  holidayCalendar,
  type DeadlineFlag,
  type Holiday,
} from './periods.ts';
import { ruleInForce, type LimitCode, type TimeLimitRule } from './time-limits.ts';

// Turkish public holidays 2026 (Law 2429; domain.md §0.1). Weekdays of 2026 for reference:
// 1 Jan Thu; 19 Mar Thu (eve), 20 Fri–22 Sun Ramadan Feast; 23 Apr Thu; 1 May Fri; 19 May Tue;
// 26 May Tue (eve), 27 Wed–30 Sat Feast of Sacrifice; 15 Jul Wed; 30 Aug Sun; 28 Oct Wed (eve); 29 Oct Thu.
const HOLIDAYS_2026: Holiday[] = [
  { date: '2026-01-01', kind: 'full' },
  { date: '2026-03-19', kind: 'half_day_eve' },
  { date: '2026-03-20', kind: 'full' },
  { date: '2026-03-21', kind: 'full' },
  { date: '2026-03-22', kind: 'full' },
  { date: '2026-04-23', kind: 'full' },
  { date: '2026-05-01', kind: 'full' },
  { date: '2026-05-19', kind: 'full' },
  { date: '2026-05-26', kind: 'half_day_eve' },
  { date: '2026-05-27', kind: 'full' },
  { date: '2026-05-28', kind: 'full' },
  { date: '2026-05-29', kind: 'full' },
  { date: '2026-05-30', kind: 'full' },
  { date: '2026-07-15', kind: 'full' },
  { date: '2026-08-30', kind: 'full' },
  { date: '2026-10-28', kind: 'half_day_eve' },
  { date: '2026-10-29', kind: 'full' },
];
const CAL = holidayCalendar(HOLIDAYS_2026, [2026]);
const RECESS_ON = { judicialRecessExtendsCourtPeriods: true };

function rule(code: LimitCode, on: string): TimeLimitRule {
  const r = ruleInForce(code, on);
  if (!r) throw new Error(`no ${code} rule on ${on}`);
  return r;
}

interface Row {
  what: string;
  code: LimitCode;
  start: string;
  ruleId: string;
  nominal: string;
  last: string;
  /** Defaults to `last`. */
  protective?: string;
  flags: DeadlineFlag[];
}

// Every expected day below is counted by hand: the starting day is not counted, the period ends on
// the same day-number N days/months later, and a last day on a weekend or full holiday moves on.
const ROWS: Row[] = [
  // T1: report to the assigned province, 15 days
  {
    what: 'T1 15 days, plain weekday',
    code: 'T1',
    start: '2026-03-02',
    ruleId: 'T1-2014',
    nominal: '2026-03-17',
    last: '2026-03-17',
    flags: [],
  },
  {
    what: 'T1 ending on 1 May (Fri, holiday) moves past the weekend to Mon 4 May',
    code: 'T1',
    start: '2026-04-16',
    ruleId: 'T1-2014',
    nominal: '2026-05-01',
    last: '2026-05-04',
    flags: ['moved_to_working_day'],
  },
  // T2: registration document, 30 days (unverified article)
  {
    what: 'T2 30 days',
    code: 'T2',
    start: '2026-03-02',
    ruleId: 'T2-2014',
    nominal: '2026-04-01',
    last: '2026-04-01',
    flags: ['rule_unverified'],
  },
  // T3: interview within 30 days of registration
  {
    what: 'T3 30 days across a month end',
    code: 'T3',
    start: '2026-01-05',
    ruleId: 'T3-2014',
    nominal: '2026-02-04',
    last: '2026-02-04',
    flags: [],
  },
  {
    what: 'T3 ending on Sat 31 Oct moves to Mon 2 Nov',
    code: 'T3',
    start: '2026-10-01',
    ruleId: 'T3-2014',
    nominal: '2026-10-31',
    last: '2026-11-02',
    flags: ['moved_to_working_day'],
  },
  // T4: applicant ID, 6 months (Ministry-set since 2019: unverified)
  {
    what: 'T4 6 months',
    code: 'T4',
    start: '2026-03-31',
    ruleId: 'T4-2019',
    nominal: '2026-09-30',
    last: '2026-09-30',
    flags: ['rule_unverified'],
  },
  // T5: decision target, 6 months, non-binding
  {
    what: 'T5 6 months',
    code: 'T5',
    start: '2026-01-30',
    ruleId: 'T5-2014',
    nominal: '2026-07-30',
    last: '2026-07-30',
    flags: ['non_binding'],
  },
  {
    what: 'T5 31 May + 6 months clamps to 30 Nov',
    code: 'T5',
    start: '2026-05-31',
    ruleId: 'T5-2014',
    nominal: '2026-11-30',
    last: '2026-11-30',
    flags: ['non_binding'],
  },
  {
    what: 'T5 31 Aug 2025 + 6 months clamps to Sat 28 Feb 2026, moved to Mon 2 Mar (2025 not in calendar)',
    code: 'T5',
    start: '2025-08-31',
    ruleId: 'T5-2014',
    nominal: '2026-02-28',
    last: '2026-03-02',
    flags: ['moved_to_working_day', 'calendar_year_missing', 'non_binding'],
  },
  {
    what: 'T5 31 Aug 2027 + 6 months clamps to 29 Feb 2028 (leap year)',
    code: 'T5',
    start: '2027-08-31',
    ruleId: 'T5-2014',
    nominal: '2028-02-29',
    last: '2028-02-29',
    flags: ['calendar_year_missing', 'non_binding'],
  },
  // T6: accelerated procedure, 3 days to the interview, 5 days to the decision
  {
    what: 'T6-interview 3 days ending on Fri 20 Mar (Ramadan Feast) moves to Mon 23 Mar',
    code: 'T6-interview',
    start: '2026-03-17',
    ruleId: 'T6i-2014',
    nominal: '2026-03-20',
    last: '2026-03-23',
    flags: ['moved_to_working_day'],
  },
  {
    what: 'T6-interview 3 days, plain',
    code: 'T6-interview',
    start: '2026-02-02',
    ruleId: 'T6i-2014',
    nominal: '2026-02-05',
    last: '2026-02-05',
    flags: [],
  },
  {
    what: 'T6-decision 5 days ending on the eve 26 May stays there, flagged',
    code: 'T6-decision',
    start: '2026-05-21',
    ruleId: 'T6d-2014',
    nominal: '2026-05-26',
    last: '2026-05-26',
    flags: ['half_day_eve_unverified'],
  },
  {
    what: 'T6-decision 5 days ending on a Saturday moves to Monday',
    code: 'T6-decision',
    start: '2026-02-02',
    ruleId: 'T6d-2014',
    nominal: '2026-02-07',
    last: '2026-02-09',
    flags: ['moved_to_working_day'],
  },
  // T7: 24 hours, not moved to a working day
  {
    what: 'T7 24 hours',
    code: 'T7',
    start: '2026-03-04',
    ruleId: 'T7-2014',
    nominal: '2026-03-05',
    last: '2026-03-05',
    flags: [],
  },
  {
    what: 'T7 24 hours run through a holiday weekend (not moved)',
    code: 'T7',
    start: '2026-05-29',
    ruleId: 'T7-2014',
    nominal: '2026-05-30',
    last: '2026-05-30',
    flags: [],
  },
  // T9: IPEC appeal 10 days, IPEC decision 15 days
  {
    what: 'T9-appeal 10 days from a notification',
    code: 'T9-appeal',
    start: '2026-03-02',
    ruleId: 'T9a-2014',
    nominal: '2026-03-12',
    last: '2026-03-12',
    flags: [],
  },
  {
    what: 'T9-appeal ending in the Ramadan Feast (Fri 20 Mar) moves to Mon 23 Mar',
    code: 'T9-appeal',
    start: '2026-03-10',
    ruleId: 'T9a-2014',
    nominal: '2026-03-20',
    last: '2026-03-23',
    flags: ['moved_to_working_day'],
  },
  {
    what: 'T9-appeal ending on the eve 19 Mar stays, flagged',
    code: 'T9-appeal',
    start: '2026-03-09',
    ruleId: 'T9a-2014',
    nominal: '2026-03-19',
    last: '2026-03-19',
    flags: ['half_day_eve_unverified'],
  },
  {
    what: 'T9-appeal is not a court period: no recess flag on 20 Jul',
    code: 'T9-appeal',
    start: '2026-07-10',
    ruleId: 'T9a-2014',
    nominal: '2026-07-20',
    last: '2026-07-20',
    flags: [],
  },
  {
    what: 'T9-decision 15 days ending on 29 Oct (Republic Day) moves to Fri 30 Oct',
    code: 'T9-decision',
    start: '2026-10-14',
    ruleId: 'T9d-2014',
    nominal: '2026-10-29',
    last: '2026-10-30',
    flags: ['moved_to_working_day'],
  },
  // T10: administrative court, 30 days
  {
    what: 'T10 30 days',
    code: 'T10',
    start: '2026-04-06',
    ruleId: 'T10-2014',
    nominal: '2026-05-06',
    last: '2026-05-06',
    flags: [],
  },
  {
    what: 'T10 ending on 27 May (Feast of Sacrifice) moves past the feast and weekend to Mon 1 Jun',
    code: 'T10',
    start: '2026-04-27',
    ruleId: 'T10-2014',
    nominal: '2026-05-27',
    last: '2026-06-01',
    flags: ['moved_to_working_day'],
  },
  {
    what: 'T10 ending on 20 Jul (first day of the judicial recess) is flagged, not extended by default',
    code: 'T10',
    start: '2026-06-20',
    ruleId: 'T10-2014',
    nominal: '2026-07-20',
    last: '2026-07-20',
    flags: ['judicial_recess_unverified'],
  },
  {
    what: 'T10 ending on 31 Aug (last day of the recess) is flagged',
    code: 'T10',
    start: '2026-08-01',
    ruleId: 'T10-2014',
    nominal: '2026-08-31',
    last: '2026-08-31',
    flags: ['judicial_recess_unverified'],
  },
  {
    what: 'T10 ending on Sun 30 Aug (Victory Day, in recess) moves to Mon 31 Aug, flagged',
    code: 'T10',
    start: '2026-07-31',
    ruleId: 'T10-2014',
    nominal: '2026-08-30',
    last: '2026-08-31',
    flags: ['moved_to_working_day', 'judicial_recess_unverified'],
  },
  {
    what: 'T10 ending on 1 Sep (after the recess) is not flagged',
    code: 'T10',
    start: '2026-08-02',
    ruleId: 'T10-2014',
    nominal: '2026-09-01',
    last: '2026-09-01',
    flags: [],
  },
  {
    what: 'T10 ending on 16 Jul (before the recess) is not flagged',
    code: 'T10',
    start: '2026-06-16',
    ruleId: 'T10-2014',
    nominal: '2026-07-16',
    last: '2026-07-16',
    flags: [],
  },
  {
    what: 'T10-onward 30 days ending on the eve 28 Oct, flagged twice',
    code: 'T10-onward',
    start: '2026-09-28',
    ruleId: 'T10o-2014',
    nominal: '2026-10-28',
    last: '2026-10-28',
    flags: ['half_day_eve_unverified', 'rule_unverified'],
  },
  {
    what: 'T10-other 30 days, protective 60 days',
    code: 'T10-other',
    start: '2026-02-02',
    ruleId: 'T10x-2014',
    nominal: '2026-03-04',
    last: '2026-03-04',
    protective: '2026-04-03',
    flags: ['rule_unverified'],
  },
  {
    what: 'T10-other 30 days ending on 15 Jul (holiday) → 16 Jul; protective 60 days → Fri 14 Aug',
    code: 'T10-other',
    start: '2026-06-15',
    ruleId: 'T10x-2014',
    nominal: '2026-07-15',
    last: '2026-07-16',
    protective: '2026-08-14',
    // The protective day falls in the judicial recess: the doubt is the deadline's too.
    flags: ['moved_to_working_day', 'judicial_recess_unverified', 'rule_unverified'],
  },
  // T11: accelerated / inadmissibility, 15 days to court, 15 days for the court
  {
    what: 'T11-appeal 15 days',
    code: 'T11-appeal',
    start: '2026-02-02',
    ruleId: 'T11a-2014',
    nominal: '2026-02-17',
    last: '2026-02-17',
    flags: [],
  },
  {
    what: 'T11-appeal ending on 23 Apr (holiday) moves to Fri 24 Apr',
    code: 'T11-appeal',
    start: '2026-04-08',
    ruleId: 'T11a-2014',
    nominal: '2026-04-23',
    last: '2026-04-24',
    flags: ['moved_to_working_day'],
  },
  {
    what: 'T11-appeal ending on 14 Aug (in recess) is flagged',
    code: 'T11-appeal',
    start: '2026-07-30',
    ruleId: 'T11a-2014',
    nominal: '2026-08-14',
    last: '2026-08-14',
    flags: ['judicial_recess_unverified'],
  },
  {
    what: 'T11-decision 15 days (the court’s own time, not a filing period: no recess flag)',
    code: 'T11-decision',
    start: '2026-07-27',
    ruleId: 'T11d-2014',
    nominal: '2026-08-11',
    last: '2026-08-11',
    flags: [],
  },
  // T12: removal appeal, 7 days since Law 7196 (15 before)
  {
    what: 'T12-appeal 7 days ending on 29 May (feast) moves to Mon 1 Jun',
    code: 'T12-appeal',
    start: '2026-05-22',
    ruleId: 'T12a-2019',
    nominal: '2026-05-29',
    last: '2026-06-01',
    flags: ['moved_to_working_day'],
  },
  {
    what: 'T12-appeal started 23 Dec 2019 runs 15 days to 7 Jan 2020',
    code: 'T12-appeal',
    start: '2019-12-23',
    ruleId: 'T12a-2014',
    nominal: '2020-01-07',
    last: '2020-01-07',
    flags: ['calendar_year_missing'],
  },
  {
    what: 'T12-appeal started 24 Dec 2019 runs 7 days to 31 Dec 2019',
    code: 'T12-appeal',
    start: '2019-12-24',
    ruleId: 'T12a-2019',
    nominal: '2019-12-31',
    last: '2019-12-31',
    flags: ['calendar_year_missing'],
  },
  {
    what: 'T12-decision 15 days',
    code: 'T12-decision',
    start: '2026-06-01',
    ruleId: 'T12d-2014',
    nominal: '2026-06-16',
    last: '2026-06-16',
    flags: [],
  },
  // T19: general administrative-court period, 60 days
  {
    what: 'T19 60 days ending on 31 Jul (in recess) is flagged',
    code: 'T19',
    start: '2026-06-01',
    ruleId: 'T19-1982',
    nominal: '2026-07-31',
    last: '2026-07-31',
    flags: ['judicial_recess_unverified'],
  },
  // T20 / T21: months
  {
    what: 'T20 6 months',
    code: 'T20',
    start: '2026-02-28',
    ruleId: 'T20-2016',
    nominal: '2026-08-28',
    last: '2026-08-28',
    flags: [],
  },
  {
    what: 'T20 31 Mar + 6 months clamps to 30 Sep',
    code: 'T20',
    start: '2026-03-31',
    ruleId: 'T20-2016',
    nominal: '2026-09-30',
    last: '2026-09-30',
    flags: [],
  },
  {
    what: 'T21 12 months into a year not in the calendar',
    code: 'T21',
    start: '2026-01-15',
    ruleId: 'T21-2019',
    nominal: '2027-01-15',
    last: '2027-01-15',
    flags: ['calendar_year_missing'],
  },
  {
    what: 'T21 29 Feb 2028 + 12 months clamps to 28 Feb 2029',
    code: 'T21',
    start: '2028-02-29',
    ruleId: 'T21-2019',
    nominal: '2029-02-28',
    last: '2029-02-28',
    flags: ['calendar_year_missing'],
  },
  // T22: 20 business days — weekends, 19 May and 27–29 May skipped; the eve 26 May counts
  {
    what: 'T22 20 business days skip weekends and holidays',
    code: 'T22',
    start: '2026-05-11',
    ruleId: 'T22-2014',
    nominal: '2026-06-12',
    last: '2026-06-12',
    flags: ['rule_unverified'],
  },
  {
    what: 'T22 20 business days from a Friday skip 29 Oct',
    code: 'T22',
    start: '2026-10-23',
    ruleId: 'T22-2014',
    nominal: '2026-11-23',
    last: '2026-11-23',
    flags: ['rule_unverified'],
  },
  {
    what: 'T22 ending on the eve 28 Oct is flagged',
    code: 'T22',
    start: '2026-09-30',
    ruleId: 'T22-2014',
    nominal: '2026-10-28',
    last: '2026-10-28',
    flags: ['half_day_eve_unverified', 'rule_unverified'],
  },
  // T23 / T24: 30 days (income: 20, protective 30)
  {
    what: 'T23-employment 30 days',
    code: 'T23-employment',
    start: '2026-09-15',
    ruleId: 'T23e-2014',
    nominal: '2026-10-15',
    last: '2026-10-15',
    flags: [],
  },
  {
    what: 'T23-income 20 days ending on 29 Oct → 30 Oct; protective 30 days: Sun 8 Nov → Mon 9 Nov',
    code: 'T23-income',
    start: '2026-10-09',
    ruleId: 'T23i-2014',
    nominal: '2026-10-29',
    last: '2026-10-30',
    protective: '2026-11-09',
    flags: ['moved_to_working_day', 'rule_unverified'],
  },
  {
    what: 'T24 30 days ending on 15 Jul (holiday) moves to Thu 16 Jul',
    code: 'T24',
    start: '2026-06-15',
    ruleId: 'T24-2014',
    nominal: '2026-07-15',
    last: '2026-07-16',
    flags: ['moved_to_working_day'],
  },
  {
    what: 'T24 ending on 1 Jan 2027 (year not in calendar), not moved',
    code: 'T24',
    start: '2026-12-02',
    ruleId: 'T24-2014',
    nominal: '2027-01-01',
    last: '2027-01-01',
    flags: ['calendar_year_missing'],
  },
];

describe('computeDeadline: last day for every limit code (default settings)', () => {
  it.each(ROWS)('$what', (row) => {
    const d = computeDeadline(rule(row.code, row.start), row.start, CAL);
    expect(d).toEqual({
      ruleId: row.ruleId,
      startedOn: row.start,
      nominalLastDay: row.nominal,
      lastDay: row.last,
      protectiveLastDay: row.protective ?? row.last,
      flags: row.flags,
    });
  });

  it('the table covers every limit code that has a rule', () => {
    const covered = new Set(ROWS.map((r) => r.code));
    for (const code of [
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6-interview',
      'T6-decision',
      'T7',
      'T9-appeal',
      'T9-decision',
      'T10',
      'T10-onward',
      'T10-other',
      'T11-appeal',
      'T11-decision',
      'T12-appeal',
      'T12-decision',
      'T19',
      'T20',
      'T21',
      'T22',
      'T23-employment',
      'T23-income',
      'T24',
    ] as const)
      expect(covered.has(code), code).toBe(true);
  });

  it('uses DEFAULT_COUNTING (recess extension off) when no settings are given', () => {
    expect(DEFAULT_COUNTING.judicialRecessExtendsCourtPeriods).toBe(false);
  });
});

describe('computeDeadline: starting day not counted', () => {
  it('a 10-day period from Mon 2 Mar ends on Thu 12 Mar, not Wed 11 Mar', () => {
    expect(computeDeadline(rule('T9-appeal', '2026-03-02'), '2026-03-02', CAL).lastDay).toBe('2026-03-12');
  });

  it('20 business days from a Monday are counted from Tuesday', () => {
    // Tue 3 Feb is business day 1 … Mon 2 Mar is business day 20 (no holidays in February 2026).
    expect(computeDeadline(rule('T22', '2026-02-02'), '2026-02-02', CAL).lastDay).toBe('2026-03-02');
  });
});

describe('computeDeadline: judicial recess extension setting (İYUK Art. 8(3), UNVERIFIED)', () => {
  const cases: { what: string; code: LimitCode; start: string; nominal: string; on: string }[] = [
    { what: 'T10 ending 20 Jul', code: 'T10', start: '2026-06-20', nominal: '2026-07-20', on: '2026-09-07' },
    { what: 'T10 ending 31 Aug', code: 'T10', start: '2026-08-01', nominal: '2026-08-31', on: '2026-09-07' },
    {
      what: 'T11-appeal ending 14 Aug',
      code: 'T11-appeal',
      start: '2026-07-30',
      nominal: '2026-08-14',
      on: '2026-09-07',
    },
    { what: 'T19 ending 31 Jul', code: 'T19', start: '2026-06-01', nominal: '2026-07-31', on: '2026-09-07' },
    {
      what: 'T12-appeal ending 27 Jul',
      code: 'T12-appeal',
      start: '2026-07-20',
      nominal: '2026-07-27',
      on: '2026-09-07',
    },
  ];

  it.each(cases)('$what: extended to Mon 7 Sep only when the setting is on', (c) => {
    const r = rule(c.code, c.start);
    const off = computeDeadline(r, c.start, CAL);
    expect(off.nominalLastDay).toBe(c.nominal);
    expect(off.lastDay).toBe(c.nominal);
    expect(off.flags).toContain('judicial_recess_unverified');
    expect(off.flags).not.toContain('judicial_recess_extended');

    const on = computeDeadline(r, c.start, CAL, RECESS_ON);
    expect(on.nominalLastDay).toBe(c.nominal);
    expect(on.lastDay).toBe(c.on);
    expect(on.flags).toContain('judicial_recess_unverified');
    expect(on.flags).toContain('judicial_recess_extended');
  });

  it('T10-other: the protective 60-day day in the recess is extended too when the setting is on', () => {
    const r = rule('T10-other', '2026-06-15');
    const on = computeDeadline(r, '2026-06-15', CAL, RECESS_ON);
    expect(on.lastDay).toBe('2026-07-16');
    expect(on.protectiveLastDay).toBe('2026-09-07');
    expect(on.flags).toEqual(['moved_to_working_day', 'judicial_recess_unverified', 'rule_unverified']);
  });

  it('7 Sep on a weekend moves to the next working day (2030: Sat 7 Sep → Mon 9 Sep)', () => {
    const cal2030 = holidayCalendar([], [2030]);
    const d = computeDeadline(rule('T10', '2030-07-01'), '2030-07-01', cal2030, RECESS_ON);
    expect(d.nominalLastDay).toBe('2030-07-31');
    expect(d.lastDay).toBe('2030-09-09');
    expect(d.flags).toEqual([
      'moved_to_working_day',
      'judicial_recess_unverified',
      'judicial_recess_extended',
    ]);
  });

  it('periods that are not court periods are never extended', () => {
    for (const code of ['T9-appeal', 'T9-decision', 'T11-decision', 'T24'] as const) {
      const d = computeDeadline(rule(code, '2026-07-10'), '2026-07-10', CAL, RECESS_ON);
      expect(d.flags, code).not.toContain('judicial_recess_unverified');
      expect(d.lastDay < '2026-09-01', code).toBe(true);
    }
  });

  it('a court period ending outside the recess is the same with the setting on', () => {
    const r = rule('T10', '2026-04-06');
    expect(computeDeadline(r, '2026-04-06', CAL, RECESS_ON)).toEqual(computeDeadline(r, '2026-04-06', CAL));
    expect(computeDeadline(r, '2026-04-06', CAL, RECESS_ON).lastDay).toBe('2026-05-06');
  });
});

describe('computeDeadline: calendar', () => {
  it('flags a start year missing from the calendar', () => {
    // 2 Dec 2025 + 30 = 1 Jan 2026 (holiday) → Fri 2 Jan; 2025 is not in the calendar.
    const d = computeDeadline(rule('T3', '2025-12-02'), '2025-12-02', CAL);
    expect(d.lastDay).toBe('2026-01-02');
    expect(d.flags).toEqual(['moved_to_working_day', 'calendar_year_missing']);
  });

  it('flags a last-day year missing from the calendar', () => {
    const d = computeDeadline(rule('T1', '2027-03-01'), '2027-03-01', CAL);
    expect(d.lastDay).toBe('2027-03-16');
    expect(d.flags).toEqual(['calendar_year_missing']);
  });

  it('does not flag when both years are in the calendar', () => {
    const cal = holidayCalendar([...HOLIDAYS_2026, { date: '2027-01-01', kind: 'full' }], [2026, 2027]);
    const d = computeDeadline(rule('T24', '2026-12-02'), '2026-12-02', cal);
    // 1 Jan 2027 (Fri, holiday) → Sat, Sun → Mon 4 Jan.
    expect(d.lastDay).toBe('2027-01-04');
    expect(d.flags).toEqual(['moved_to_working_day']);
  });

  it('an empty calendar still moves weekends', () => {
    const cal = holidayCalendar([], [2026]);
    const d = computeDeadline(rule('T10', '2026-04-27'), '2026-04-27', cal);
    // Without holidays 27 May (Wed) is a working day.
    expect(d.lastDay).toBe('2026-05-27');
    expect(d.flags).toEqual([]);
    // Sat 31 Oct → Mon 2 Nov
    expect(computeDeadline(rule('T3', '2026-10-01'), '2026-10-01', cal).lastDay).toBe('2026-11-02');
  });

  it('a half-day eve counts as a working day inside a business-day period', () => {
    // Same period as above with the eve 26 May made a full holiday: one day later.
    const eveAsFull = holidayCalendar(
      HOLIDAYS_2026.map((h) => (h.date === '2026-05-26' ? { ...h, kind: 'full' as const } : h)),
      [2026],
    );
    expect(computeDeadline(rule('T22', '2026-05-11'), '2026-05-11', eveAsFull).lastDay).toBe('2026-06-15');
    expect(computeDeadline(rule('T22', '2026-05-11'), '2026-05-11', CAL).lastDay).toBe('2026-06-12');
  });
});

describe('computeDeadline: protective last day', () => {
  it('equals the last day for rules without a protective amount', () => {
    for (const row of ROWS.filter((r) => r.code !== 'T10-other' && r.code !== 'T23-income')) {
      const d = computeDeadline(rule(row.code, row.start), row.start, CAL);
      expect(d.protectiveLastDay, row.what).toBe(d.lastDay);
    }
  });

  it('T10-other: 30 days for the applicant, 60 days for the removal guard', () => {
    const d = computeDeadline(rule('T10-other', '2026-03-02'), '2026-03-02', CAL);
    // 2 Mar + 30 = 1 Apr (Wed); 2 Mar + 60 = 1 May (holiday, Fri) → Mon 4 May
    expect(d.lastDay).toBe('2026-04-01');
    expect(d.protectiveLastDay).toBe('2026-05-04');
  });

  it('flags come from the shown period only', () => {
    const d = computeDeadline(rule('T10-other', '2026-03-02'), '2026-03-02', CAL);
    expect(d.flags).toEqual(['rule_unverified']);
  });
});
