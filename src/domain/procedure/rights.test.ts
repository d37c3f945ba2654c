import { describe, expect, it } from 'vitest';
import { healthCover, workPermit, type RightsFacts } from './rights.ts';
import type { CaseState } from './states.ts';

function ip(state: CaseState, over: Partial<RightsFacts> = {}): RightsFacts {
  return {
    track: 'international_protection',
    state,
    procedure: 'regular',
    decision: null,
    lodgedOn: '2026-01-15',
    registeredOn: '2026-02-03',
    temporaryProtectionGrantedOn: null,
    hasSpecialNeeds: false,
    ...over,
  };
}

function tp(state: CaseState, grantedOn: string | null): RightsFacts {
  return {
    track: 'temporary_protection',
    state,
    procedure: 'regular',
    decision: null,
    lodgedOn: '2026-01-15',
    registeredOn: null,
    temporaryProtectionGrantedOn: grantedOn,
    hasSpecialNeeds: false,
  };
}

const PENDING: CaseState[] = [
  'lodged',
  'referred',
  'registered',
  'interview_scheduled',
  'interviewed',
  'decided',
  'notified',
  'under_appeal',
];

describe('workPermit (T20: 6 months after lodging / TP grant)', () => {
  it.each(PENDING)('an applicant in %s may apply 6 months after lodging', (state) => {
    expect(workPermit(ip(state))).toEqual({ kind: 'may_apply_from', date: '2026-07-15', ruleId: 'T20-2016' });
  });

  it.each([
    ['2025-08-31', '2026-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-03-31', '2026-09-30'],
    ['2026-12-31', '2027-06-30'],
    ['2026-05-31', '2026-11-30'],
  ])('lodged %s → may apply from %s (month-end clamp)', (lodgedOn, date) => {
    expect(workPermit(ip('registered', { lodgedOn }))).toEqual({
      kind: 'may_apply_from',
      date,
      ruleId: 'T20-2016',
    });
  });

  it('none in the accelerated procedure (no applicant ID)', () => {
    for (const state of PENDING)
      expect(workPermit(ip(state, { procedure: 'accelerated' })), state).toEqual({
        kind: 'not_available',
        reason: 'accelerated_procedure',
      });
  });

  it('a conditional refugee must apply: 6 months after lodging', () => {
    expect(workPermit(ip('protected', { decision: 'conditional_refugee', lodgedOn: '2025-08-31' }))).toEqual({
      kind: 'may_apply_from',
      date: '2026-02-28',
      ruleId: 'T20-2016',
    });
  });

  it.each(['refugee', 'subsidiary_protection'] as const)(
    'a %s holder’s status document is the permit',
    (decision) => {
      expect(workPermit(ip('protected', { decision }))).toEqual({ kind: 'status_document_is_permit' });
    },
  );

  it.each(['rejected_final', 'withdrawn', 'status_ended'] as const)(
    'none once the case is closed (%s)',
    (state) => {
      expect(workPermit(ip(state, { decision: 'rejected' }))).toEqual({
        kind: 'not_available',
        reason: 'case_closed',
      });
    },
  );

  it('temporary protection: 6 months after the grant', () => {
    expect(workPermit(tp('tp_granted', '2026-03-31'))).toEqual({
      kind: 'may_apply_from',
      date: '2026-09-30',
      ruleId: 'T20-2016',
    });
    expect(workPermit(tp('tp_granted', '2026-01-20'))).toEqual({
      kind: 'may_apply_from',
      date: '2026-07-20',
      ruleId: 'T20-2016',
    });
  });

  it('temporary protection not yet granted, or ended', () => {
    expect(workPermit(tp('tp_pending', null))).toEqual({ kind: 'not_available', reason: 'not_registered' });
    expect(workPermit(tp('tp_granted', null))).toEqual({ kind: 'not_available', reason: 'not_registered' });
    expect(workPermit(tp('tp_ended', '2024-01-01'))).toEqual({
      kind: 'not_available',
      reason: 'case_closed',
    });
  });
});

describe('healthCover (T21: 12 months from registration since 24 December 2019)', () => {
  it.each(PENDING.filter((s) => s !== 'lodged' && s !== 'referred'))(
    'an applicant in %s registered in 2026 is covered for 12 months',
    (state) => {
      expect(healthCover(ip(state))).toEqual({ kind: 'until', date: '2027-02-03', ruleId: 'T21-2019' });
    },
  );

  it('registered on the day Law 7196 took effect: covered until 24 December 2020', () => {
    expect(healthCover(ip('registered', { lodgedOn: '2019-12-20', registeredOn: '2019-12-24' }))).toEqual({
      kind: 'until',
      date: '2020-12-24',
      ruleId: 'T21-2019',
    });
  });

  it('month-end: registered 29 February 2028 → until 28 February 2029', () => {
    expect(healthCover(ip('interviewed', { lodgedOn: '2028-02-20', registeredOn: '2028-02-29' }))).toEqual({
      kind: 'until',
      date: '2029-02-28',
      ruleId: 'T21-2019',
    });
  });

  it('registered before 24 December 2019: no limit (judged by the rule in force at registration)', () => {
    expect(healthCover(ip('interviewed', { lodgedOn: '2019-12-01', registeredOn: '2019-12-23' }))).toEqual({
      kind: 'continues',
      reason: 'no_limit_when_registered',
    });
    expect(healthCover(ip('under_appeal', { lodgedOn: '2017-05-02', registeredOn: '2017-05-10' }))).toEqual({
      kind: 'continues',
      reason: 'no_limit_when_registered',
    });
  });

  it('continues for persons with special needs', () => {
    expect(healthCover(ip('interviewed', { hasSpecialNeeds: true }))).toEqual({
      kind: 'continues',
      reason: 'special_needs',
    });
  });

  it('not covered before registration', () => {
    for (const state of ['lodged', 'referred'] as const)
      expect(healthCover(ip(state, { registeredOn: null })), state).toEqual({
        kind: 'not_covered',
        reason: 'not_registered',
      });
    // Special needs do not replace registration.
    expect(healthCover(ip('lodged', { registeredOn: null, hasSpecialNeeds: true }))).toEqual({
      kind: 'not_covered',
      reason: 'not_registered',
    });
  });

  it('status holders stay covered', () => {
    expect(healthCover(ip('protected', { decision: 'refugee' }))).toEqual({
      kind: 'continues',
      reason: 'status_holder',
    });
  });

  it.each(['rejected_final', 'withdrawn', 'status_ended'] as const)(
    'ends when the case is closed (%s)',
    (state) => {
      expect(healthCover(ip(state, { hasSpecialNeeds: true }))).toEqual({
        kind: 'not_covered',
        reason: 'case_closed',
      });
    },
  );

  it('temporary protection: covered while granted, not after', () => {
    expect(healthCover(tp('tp_granted', '2026-01-20'))).toEqual({
      kind: 'continues',
      reason: 'temporary_protection',
    });
    expect(healthCover(tp('tp_ended', '2026-01-20'))).toEqual({ kind: 'not_covered', reason: 'case_closed' });
  });
});
