import { describe, expect, it } from 'vitest';
import {
  LIMIT_CODES,
  TIME_LIMIT_RULES,
  ruleInForce,
  type LimitCode,
  type PeriodUnit,
  type TimeLimitRule,
} from './time-limits.ts';

// Expected figures of the rule in force today, written out by hand from domain.md §0, §4.9 and §5.
interface Expected {
  amount: number;
  unit: PeriodUnit;
  protectiveAmount?: number;
  courtPeriod: boolean;
  binding: boolean;
}

const CURRENT: Record<LimitCode, Expected> = {
  T1: { amount: 15, unit: 'days', courtPeriod: false, binding: true },
  T2: { amount: 30, unit: 'days', courtPeriod: false, binding: true },
  T3: { amount: 30, unit: 'days', courtPeriod: false, binding: true },
  T4: { amount: 6, unit: 'months', courtPeriod: false, binding: true },
  // §4.5: a target, "applicant notified if exceeded" (non-binding).
  T5: { amount: 6, unit: 'months', courtPeriod: false, binding: false },
  'T6-interview': { amount: 3, unit: 'days', courtPeriod: false, binding: true },
  'T6-decision': { amount: 5, unit: 'days', courtPeriod: false, binding: true },
  T7: { amount: 24, unit: 'hours', courtPeriod: false, binding: true },
  // IPEC is an administrative body, not a court.
  'T9-appeal': { amount: 10, unit: 'days', courtPeriod: false, binding: true },
  'T9-decision': { amount: 15, unit: 'days', courtPeriod: false, binding: true },
  T10: { amount: 30, unit: 'days', courtPeriod: true, binding: true },
  'T10-onward': { amount: 30, unit: 'days', courtPeriod: true, binding: true },
  // §4.9: "30 days and in some cases up to 60 days".
  'T10-other': { amount: 30, protectiveAmount: 60, unit: 'days', courtPeriod: true, binding: true },
  'T11-appeal': { amount: 15, unit: 'days', courtPeriod: true, binding: true },
  // §4.9: inadmissibility "15 days (same regime as accelerated)", UNVERIFIED.
  'T11-inadmissible': { amount: 15, unit: 'days', courtPeriod: true, binding: true },
  'T11-decision': { amount: 15, unit: 'days', courtPeriod: false, binding: true },
  'T12-appeal': { amount: 7, unit: 'days', courtPeriod: true, binding: true },
  'T12-decision': { amount: 15, unit: 'days', courtPeriod: false, binding: true },
  // §9.2, §9.3, §9.4: removal and detention.
  T13: { amount: 48, unit: 'hours', courtPeriod: false, binding: true },
  T14: { amount: 30, unit: 'days', courtPeriod: false, binding: true },
  T15: { amount: 48, unit: 'hours', courtPeriod: false, binding: true },
  'T16-initial': { amount: 6, unit: 'months', courtPeriod: false, binding: true },
  'T16-extension': { amount: 6, unit: 'months', courtPeriod: false, binding: true },
  'T16-review': { amount: 1, unit: 'months', courtPeriod: false, binding: true },
  T17: { amount: 5, unit: 'days', courtPeriod: false, binding: true },
  T18: { amount: 30, unit: 'days', courtPeriod: false, binding: true },
  T19: { amount: 60, unit: 'days', courtPeriod: true, binding: true },
  T20: { amount: 6, unit: 'months', courtPeriod: false, binding: true },
  T21: { amount: 12, unit: 'months', courtPeriod: false, binding: true },
  // §5: AIDA says 20 days, the UNHCR leaflet 20 business days.
  T22: { amount: 20, unit: 'business_days', courtPeriod: false, binding: true },
  'T23-employment': { amount: 30, unit: 'days', courtPeriod: false, binding: true },
  // §5: 30 days (AIDA) or 20 days (leaflet): the shorter is shown, the longer protects.
  'T23-income': { amount: 20, protectiveAmount: 30, unit: 'days', courtPeriod: false, binding: true },
  T24: { amount: 30, unit: 'days', courtPeriod: false, binding: true },
};

/**
 * Rule versions that must be flagged UNVERIFIED (domain.md marks them so, or the sources conflict),
 * and those that must not.
 */
const UNVERIFIED_IDS = ['T2-2014', 'T4-2019', 'T10o-2014', 'T10x-2014', 'T11i-2014', 'T22-2014', 'T23i-2014'];
const VERIFIED_IDS = [
  'T1-2014',
  'T3-2014',
  'T4-2014',
  'T5-2014',
  'T6i-2014',
  'T6d-2014',
  'T7-2014',
  'T9a-2014',
  'T9d-2014',
  'T10-2014',
  'T11d-2014',
  'T12a-2014',
  'T13-2014',
  'T14-2014',
  'T15-2014',
  'T16i-2014',
  'T16e-2014',
  'T16r-2014',
  'T17-2014',
  'T18-2014',
  'T12a-2019',
  'T12d-2014',
  'T19-1982',
  'T20-2016',
  'T21-2019',
  'T23e-2014',
  'T24-2014',
];

const TODAY = '2026-05-04';

/** Day after an ISO date, computed independently of calendar.ts. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
}

function rulesOf(code: LimitCode): TimeLimitRule[] {
  return TIME_LIMIT_RULES.filter((r) => r.code === code).sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
}

describe('time-limit rules table', () => {
  it('lists exactly the expected limit codes (T1–T7, T9–T12, T19–T24; T8 is a count, not a period)', () => {
    expect([...LIMIT_CODES].sort()).toEqual(Object.keys(CURRENT).sort());
  });

  it.each(Object.keys(CURRENT) as LimitCode[])('%s has at least one rule version', (code) => {
    expect(rulesOf(code).length).toBeGreaterThan(0);
  });

  it('every rule names a known limit code', () => {
    for (const r of TIME_LIMIT_RULES) expect(LIMIT_CODES).toContain(r.code);
  });

  it('rule ids are unique', () => {
    const ids = TIME_LIMIT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every rule cites an article and a source', () => {
    for (const r of TIME_LIMIT_RULES) {
      expect(r.article.trim(), r.id).not.toBe('');
      expect(r.source.trim(), r.id).not.toBe('');
    }
  });

  it.each(Object.keys(CURRENT) as LimitCode[])(
    '%s: versions neither overlap nor leave gaps, and the last one is in force',
    (code) => {
      const versions = rulesOf(code);
      for (const [i, r] of versions.entries()) {
        expect(r.effectiveFrom, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (r.effectiveTo !== null) expect(r.effectiveFrom <= r.effectiveTo, r.id).toBe(true);
        const next = versions[i + 1];
        if (next) {
          expect(r.effectiveTo, `${r.id} must end where ${next.id} starts`).not.toBeNull();
          expect(next.effectiveFrom, `${next.id} follows ${r.id} without gap or overlap`).toBe(
            dayAfter(r.effectiveTo!),
          );
        } else {
          expect(r.effectiveTo, `${r.id} is the current version`).toBeNull();
        }
      }
    },
  );

  it.each(Object.entries(CURRENT) as [LimitCode, Expected][])(
    '%s in force today has the figures of domain.md',
    (code, expected) => {
      const r = ruleInForce(code, TODAY);
      expect(r).not.toBeNull();
      expect({
        amount: r!.amount,
        unit: r!.unit,
        protectiveAmount: r!.protectiveAmount,
        courtPeriod: r!.courtPeriod,
        binding: r!.binding,
      }).toEqual({ protectiveAmount: undefined, ...expected });
    },
  );

  it('a protective amount is only ever longer than the amount', () => {
    for (const r of TIME_LIMIT_RULES)
      if (r.protectiveAmount !== undefined) expect(r.protectiveAmount, r.id).toBeGreaterThan(r.amount);
  });

  it('only T10-other and T23-income have a longer protective period', () => {
    const withProtective = TIME_LIMIT_RULES.filter((r) => r.protectiveAmount !== undefined).map((r) => r.id);
    expect(withProtective.sort()).toEqual(['T10x-2014', 'T23i-2014']);
  });

  it.each(UNVERIFIED_IDS)('%s is flagged unverified', (id) => {
    const r = TIME_LIMIT_RULES.find((x) => x.id === id);
    expect(r).toBeDefined();
    expect(r!.unverified).toBe(true);
  });

  it.each(VERIFIED_IDS)('%s is sourced and not flagged unverified', (id) => {
    const r = TIME_LIMIT_RULES.find((x) => x.id === id);
    expect(r).toBeDefined();
    expect(r!.unverified).toBe(false);
  });

  it('every rule id is classified above (apart from T11a-2014)', () => {
    expect(TIME_LIMIT_RULES.map((r) => r.id).sort()).toEqual(
      [...UNVERIFIED_IDS, ...VERIFIED_IDS, 'T11a-2014'].sort(),
    );
  });
});

describe('ruleInForce', () => {
  it('T12-appeal: 15 days up to 23 December 2019, 7 days from 24 December 2019 (Law 7196)', () => {
    const before = ruleInForce('T12-appeal', '2019-12-23');
    const after = ruleInForce('T12-appeal', '2019-12-24');
    expect(before?.id).toBe('T12a-2014');
    expect(before?.amount).toBe(15);
    expect(after?.id).toBe('T12a-2019');
    expect(after?.amount).toBe(7);
    expect(ruleInForce('T12-appeal', '2014-04-11')?.amount).toBe(15);
    expect(ruleInForce('T12-appeal', '2026-01-01')?.amount).toBe(7);
  });

  it('T4: the pre-2019 text until 23 December 2019, the Ministry-set (unverified) version after', () => {
    const before = ruleInForce('T4', '2019-12-23');
    const after = ruleInForce('T4', '2019-12-24');
    expect(before?.id).toBe('T4-2014');
    expect(before?.unverified).toBe(false);
    expect(before?.amount).toBe(6);
    expect(before?.unit).toBe('months');
    expect(after?.id).toBe('T4-2019');
    expect(after?.unverified).toBe(true);
  });

  it('T21: no health-cover limit before 24 December 2019, 12 months from then', () => {
    expect(ruleInForce('T21', '2019-12-23')).toBeNull();
    expect(ruleInForce('T21', '2015-06-01')).toBeNull();
    const after = ruleInForce('T21', '2019-12-24');
    expect(after?.id).toBe('T21-2019');
    expect(after?.amount).toBe(12);
    expect(after?.unit).toBe('months');
  });

  it('LFIP limits do not exist before the law took effect', () => {
    expect(ruleInForce('T1', '2014-04-10')).toBeNull();
    expect(ruleInForce('T1', '2014-04-11')?.id).toBe('T1-2014');
    expect(ruleInForce('T10', '2010-01-01')).toBeNull();
  });

  it('T19 (İYUK Art. 7) predates the LFIP; T20 starts with the 2016 work-permit regulations', () => {
    expect(ruleInForce('T19', '2000-01-01')?.amount).toBe(60);
    expect(ruleInForce('T19', '1982-01-19')).toBeNull();
    expect(ruleInForce('T20', '2016-01-14')).toBeNull();
    expect(ruleInForce('T20', '2016-01-15')?.id).toBe('T20-2016');
  });

  it('unchanged limits are the same version before and after Law 7196', () => {
    for (const code of ['T1', 'T3', 'T9-appeal', 'T10', 'T11-appeal'] as const)
      expect(ruleInForce(code, '2019-12-23')?.id, code).toBe(ruleInForce(code, '2019-12-24')?.id);
  });

  it('accepts an explicit rule list', () => {
    const custom: TimeLimitRule[] = [
      {
        id: 'x-old',
        code: 'T1',
        amount: 10,
        unit: 'days',
        article: 'a',
        source: 's',
        effectiveFrom: '2020-01-01',
        effectiveTo: '2020-12-31',
        binding: true,
        unverified: false,
        courtPeriod: false,
      },
      {
        id: 'x-new',
        code: 'T1',
        amount: 20,
        unit: 'days',
        article: 'a',
        source: 's',
        effectiveFrom: '2021-01-01',
        effectiveTo: null,
        binding: true,
        unverified: false,
        courtPeriod: false,
      },
    ];
    expect(ruleInForce('T1', '2020-12-31', custom)?.id).toBe('x-old');
    expect(ruleInForce('T1', '2021-01-01', custom)?.id).toBe('x-new');
    expect(ruleInForce('T1', '2019-12-31', custom)).toBeNull();
    expect(ruleInForce('T3', '2021-01-01', custom)).toBeNull();
  });
});
