import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import {
  OPEN_STAGES,
  PRIORITIES,
  REVIEW_OUTCOMES,
  STAGES,
  STEPS,
  afterReview,
  afterStateDecision,
  eligibilityRefusals,
  missingForSubmission,
  stepRefusal,
  targetDate,
  timeliness,
  type Actor,
  type MemberEligibility,
  type Priority,
  type Stage,
  type StepName,
} from './resettlement.ts';

// Resettlement to a third country (domain.md §11, §12). Not application-based: the authority
// refers recognised conditional refugees and vulnerable temporary-protection holders who meet
// their obligations (incl. the signature duty); UNHCR assesses, prepares the Resettlement
// Registration Form (RRF), has it reviewed by a second officer, submits it with a priority and
// two categories, and records the receiving state's decision (split decisions exist); the
// authority grants exit permission and records the departure. Target times from submission to
// departure (§12.2): emergency ≤7 days, urgent ~6 weeks (42 days), normal ~12 months (365 days).

const SUBMITTED = '2026-03-10'; // Tuesday
const EMERGENCY_DAYS = 7;
const URGENT_DAYS = 42;
const NORMAL_DAYS = 365;

const member = (
  personId: string,
  protection: MemberEligibility['protection'],
  missedReportingInARow = 0,
): MemberEligibility => ({ personId, protection, missedReportingInARow });

describe('eligibilityRefusals: who may be referred (§11)', () => {
  it('a recognised conditional refugee meeting their obligations is eligible', () => {
    expect(eligibilityRefusals([member('p1', 'conditional_refugee')], false)).toEqual([]);
    expect(eligibilityRefusals([member('p1', 'conditional_refugee')], true)).toEqual([]);
  });

  it('a temporary-protection holder in a vulnerable family is eligible', () => {
    expect(eligibilityRefusals([member('p1', 'temporary_protection')], true)).toEqual([]);
  });

  it('a temporary-protection holder in a family that is not vulnerable is refused', () => {
    expect(eligibilityRefusals([member('p1', 'temporary_protection')], false)).toEqual([
      { personId: 'p1', refusal: 'not_vulnerable' },
    ]);
  });

  it.each([
    ['another protection', 'other'],
    ['no protection', 'none'],
  ] as const)('%s: status_not_eligible, vulnerable or not', (_what, protection) => {
    for (const vulnerable of [true, false])
      expect(eligibilityRefusals([member('p1', protection)], vulnerable)).toEqual([
        { personId: 'p1', refusal: 'status_not_eligible' },
      ]);
  });

  it.each([1, 2, 3])(
    'a conditional refugee who missed %i reporting duties in a row: obligations_not_met',
    (n) => {
      expect(eligibilityRefusals([member('p1', 'conditional_refugee', n)], true)).toEqual([
        { personId: 'p1', refusal: 'obligations_not_met' },
      ]);
    },
  );

  it('a vulnerable temporary-protection holder who missed the signature duty: obligations_not_met', () => {
    expect(eligibilityRefusals([member('p1', 'temporary_protection', 1)], true)).toEqual([
      { personId: 'p1', refusal: 'obligations_not_met' },
    ]);
  });

  it('a member with two grounds gets both refusals: status first, then obligations', () => {
    expect(eligibilityRefusals([member('p1', 'none', 2)], true)).toEqual([
      { personId: 'p1', refusal: 'status_not_eligible' },
      { personId: 'p1', refusal: 'obligations_not_met' },
    ]);
    expect(eligibilityRefusals([member('p1', 'temporary_protection', 1)], false)).toEqual([
      { personId: 'p1', refusal: 'not_vulnerable' },
      { personId: 'p1', refusal: 'obligations_not_met' },
    ]);
  });

  it('a family: each member is judged, refusals listed member by member', () => {
    const family = [
      member('father', 'conditional_refugee', 1),
      member('mother', 'conditional_refugee'),
      member('son', 'other'),
      member('daughter', 'temporary_protection'),
    ];
    expect(eligibilityRefusals(family, false)).toEqual([
      { personId: 'father', refusal: 'obligations_not_met' },
      { personId: 'son', refusal: 'status_not_eligible' },
      { personId: 'daughter', refusal: 'not_vulnerable' },
    ]);
  });

  it('a vulnerable family of conditional refugees and TP holders, all reporting: no refusal', () => {
    const family = [
      member('a', 'conditional_refugee'),
      member('b', 'temporary_protection'),
      member('c', 'temporary_protection'),
    ];
    expect(eligibilityRefusals(family, true)).toEqual([]);
  });

  it('no members: no refusal', () => {
    expect(eligibilityRefusals([], false)).toEqual([]);
  });

  it('property: a member is refused nothing exactly when eligible and reporting', () => {
    const arb = fc.array(
      fc.record({
        personId: fc.uuid(),
        protection: fc.constantFrom('conditional_refugee', 'temporary_protection', 'other', 'none' as const),
        missedReportingInARow: fc.nat({ max: 5 }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, fc.boolean(), (members, vulnerable) => {
        const refusals = eligibilityRefusals(members, vulnerable);
        for (const m of members) {
          const eligible =
            (m.protection === 'conditional_refugee' ||
              (m.protection === 'temporary_protection' && vulnerable)) &&
            m.missedReportingInARow === 0;
          expect(refusals.some((r) => r.personId === m.personId)).toBe(!eligible);
        }
        for (const r of refusals) expect(members.map((m) => m.personId)).toContain(r.personId);
      }),
    );
  });
});

describe('stepRefusal: who moves a case, and from which stages', () => {
  // Written out by hand: UNHCR accepts the referral, prepares the RRF, has it reviewed, records
  // the review, submits, records the state's decision and arranges pre-departure; the authority
  // grants exit permission and records the departure; either may withdraw an open case.
  const WHO: Record<StepName, Actor | 'either'> = {
    accept_referral: 'unhcr',
    prepare_rrf: 'unhcr',
    send_to_review: 'unhcr',
    review: 'unhcr',
    submit: 'unhcr',
    state_decision: 'unhcr',
    pre_departure: 'unhcr',
    exit_permission: 'authority',
    depart: 'authority',
    withdraw: 'either',
  };
  const FROM: Record<StepName, Stage[]> = {
    accept_referral: ['referred'],
    prepare_rrf: ['assessment', 'rrf'],
    send_to_review: ['rrf'],
    review: ['review'],
    submit: ['ready'],
    state_decision: ['submitted'],
    pre_departure: ['accepted', 'pre_departure'],
    exit_permission: ['accepted', 'pre_departure'],
    depart: ['pre_departure'],
    withdraw: ['referred', 'assessment', 'rrf', 'review', 'ready', 'submitted', 'accepted', 'pre_departure'],
  };
  const ACTORS: Actor[] = ['unhcr', 'authority'];

  it('the steps are exactly these ten', () => {
    expect(Object.keys(STEPS).sort()).toEqual(Object.keys(WHO).sort());
  });

  it('the stages, in order, and the open ones (all but rejected, departed, withdrawn)', () => {
    expect([...STAGES]).toEqual([
      'referred',
      'assessment',
      'rrf',
      'review',
      'ready',
      'submitted',
      'accepted',
      'rejected',
      'pre_departure',
      'departed',
      'withdrawn',
    ]);
    expect([...OPEN_STAGES]).toEqual(FROM.withdraw);
  });

  it('where each step leads (review and state decision depend on their outcome)', () => {
    expect(Object.fromEntries(Object.entries(STEPS).map(([k, s]) => [k, s.to]))).toEqual({
      accept_referral: 'assessment',
      prepare_rrf: 'rrf',
      send_to_review: 'review',
      review: null,
      submit: 'submitted',
      state_decision: null,
      pre_departure: 'pre_departure',
      exit_permission: 'pre_departure',
      depart: 'departed',
      withdraw: 'withdrawn',
    });
  });

  const cases = (Object.keys(WHO) as StepName[]).flatMap((step) =>
    STAGES.flatMap((stage) =>
      ACTORS.map((actor) => {
        const expected =
          WHO[step] !== 'either' && WHO[step] !== actor
            ? 'actor'
            : FROM[step].includes(stage)
              ? null
              : 'stage';
        return [step, stage, actor, expected] as const;
      }),
    ),
  );

  it.each(cases)('%s at %s by %s: %s', (step, stage, actor, expected) => {
    expect(stepRefusal(step, stage, actor)).toBe(expected);
  });

  it('the wrong actor is named before the wrong stage', () => {
    expect(stepRefusal('submit', 'departed', 'authority')).toBe('actor');
    expect(stepRefusal('depart', 'referred', 'unhcr')).toBe('actor');
  });

  it('nobody moves a closed case: no step from rejected, departed or withdrawn', () => {
    for (const step of Object.keys(WHO) as StepName[])
      for (const stage of ['rejected', 'departed', 'withdrawn'] as const)
        for (const actor of ACTORS) expect(stepRefusal(step, stage, actor)).not.toBeNull();
  });
});

describe('afterReview: the Reviewing Officer (§12.3)', () => {
  it.each([
    ['recommended', 'ready'],
    ['recommended_after_changes', 'rrf'],
    ['not_recommended', 'withdrawn'],
  ] as const)('%s → %s', (outcome, stage) => {
    expect(afterReview(outcome)).toBe(stage);
  });

  it('the three outcomes are those of §12.3', () => {
    expect([...REVIEW_OUTCOMES].sort()).toEqual([
      'not_recommended',
      'recommended',
      'recommended_after_changes',
    ]);
  });
});

describe('afterStateDecision: the receiving state decides per member (§12.3)', () => {
  it('one member accepted: accepted', () => {
    expect(afterStateDecision(['accepted'])).toBe('accepted');
  });

  it('one member rejected: rejected', () => {
    expect(afterStateDecision(['rejected'])).toBe('rejected');
  });

  it('all members accepted: accepted', () => {
    expect(afterStateDecision(['accepted', 'accepted', 'accepted'])).toBe('accepted');
  });

  it('all members rejected: the case is rejected', () => {
    expect(afterStateDecision(['rejected', 'rejected', 'rejected', 'rejected'])).toBe('rejected');
  });

  it('a split decision (four of five accepted): the case goes on as accepted', () => {
    expect(afterStateDecision(['accepted', 'accepted', 'rejected', 'accepted', 'accepted'])).toBe('accepted');
  });

  it('a split decision with a single member accepted, listed last: accepted', () => {
    expect(afterStateDecision(['rejected', 'rejected', 'accepted'])).toBe('accepted');
  });

  it('property: accepted exactly when at least one member is accepted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('accepted', 'rejected' as const), { minLength: 1 }),
        (decisions) => {
          expect(afterStateDecision(decisions)).toBe(
            decisions.includes('accepted') ? 'accepted' : 'rejected',
          );
        },
      ),
    );
  });
});

describe('missingForSubmission: the RRF fields a submission needs (§12.1, §12.2)', () => {
  const NARRATIVE =
    'Single mother of three; the youngest needs heart surgery that is not available in Türkiye.';
  const COMPLETE = {
    priority: 'urgent',
    primaryCategory: 'medical_needs',
    secondaryCategory: 'women_girls_at_risk',
    narrative: NARRATIVE,
  };

  it('a complete form misses nothing', () => {
    expect(missingForSubmission(COMPLETE)).toEqual([]);
  });

  it('an empty form misses everything, in order', () => {
    expect(
      missingForSubmission({
        priority: null,
        primaryCategory: null,
        secondaryCategory: null,
        narrative: null,
      }),
    ).toEqual(['priority', 'primaryCategory', 'secondaryCategory', 'narrative']);
  });

  it('no priority', () => {
    expect(missingForSubmission({ ...COMPLETE, priority: null })).toEqual(['priority']);
  });

  it('every case needs two categories: without the primary', () => {
    expect(missingForSubmission({ ...COMPLETE, primaryCategory: null })).toEqual(['primaryCategory']);
  });

  it('every case needs two categories: without the secondary', () => {
    expect(missingForSubmission({ ...COMPLETE, secondaryCategory: null })).toEqual(['secondaryCategory']);
  });

  it('empty strings count as missing', () => {
    expect(
      missingForSubmission({ priority: '', primaryCategory: '', secondaryCategory: '', narrative: '' }),
    ).toEqual(['priority', 'primaryCategory', 'secondaryCategory', 'narrative']);
  });

  it('a narrative of 49 characters is too short', () => {
    expect(missingForSubmission({ ...COMPLETE, narrative: 'x'.repeat(49) })).toEqual(['narrative']);
  });

  it('a narrative of exactly 50 characters is enough', () => {
    expect(missingForSubmission({ ...COMPLETE, narrative: 'x'.repeat(50) })).toEqual([]);
  });

  it('surrounding spaces do not count towards the 50 characters', () => {
    expect(missingForSubmission({ ...COMPLETE, narrative: `   ${'x'.repeat(49)}\n\n  ` })).toEqual([
      'narrative',
    ]);
    expect(missingForSubmission({ ...COMPLETE, narrative: `  ${'x'.repeat(50)}  ` })).toEqual([]);
  });

  it('a narrative of spaces only is missing', () => {
    expect(missingForSubmission({ ...COMPLETE, narrative: ' '.repeat(80) })).toEqual(['narrative']);
  });
});

describe('targetDate: submission plus the target time of the priority (§12.2)', () => {
  it('emergency, 7 days: submitted Tue 10 Mar 2026, depart by Tue 17 Mar', () => {
    expect(targetDate(SUBMITTED, EMERGENCY_DAYS)).toBe('2026-03-17');
  });

  it('urgent, about 6 weeks (42 days): by Tue 21 Apr 2026', () => {
    expect(targetDate(SUBMITTED, URGENT_DAYS)).toBe('2026-04-21');
  });

  it('normal, about 12 months (365 days): by Wed 10 Mar 2027', () => {
    expect(targetDate(SUBMITTED, NORMAL_DAYS)).toBe('2027-03-10');
  });

  it('across the turn of the year: 28 Dec 2026 + 7 days is Mon 4 Jan 2027', () => {
    expect(targetDate('2026-12-28', EMERGENCY_DAYS)).toBe('2027-01-04');
  });

  it('across a leap day: 25 Feb 2028 + 7 days is Fri 3 Mar 2028', () => {
    expect(targetDate('2028-02-25', EMERGENCY_DAYS)).toBe('2028-03-03');
  });
});

describe('timeliness: is the case on its way to departure within the target time?', () => {
  const kase = (priority: Priority, days: number, departedOn: string | null = null) => ({
    priority,
    submittedOn: SUBMITTED,
    targetDate: addDays(SUBMITTED, days),
    departedOn,
  });

  describe('after departure: met or missed, whatever the day', () => {
    it('departed before the target: met', () => {
      expect(timeliness(kase('emergency', EMERGENCY_DAYS, '2026-03-14'), '2026-03-14')).toBe('met');
    });

    it('departed on the target day itself: met (≤ 7 days)', () => {
      expect(timeliness(kase('emergency', EMERGENCY_DAYS, '2026-03-17'), '2026-03-17')).toBe('met');
    });

    it('departed the day after the target: missed', () => {
      expect(timeliness(kase('emergency', EMERGENCY_DAYS, '2026-03-18'), '2026-03-18')).toBe('missed');
    });

    it('met stays met long after the target', () => {
      expect(timeliness(kase('urgent', URGENT_DAYS, '2026-04-20'), '2027-01-01')).toBe('met');
    });

    it('a normal case departing after 13 months: missed', () => {
      expect(timeliness(kase('normal', NORMAL_DAYS, '2027-04-10'), '2027-04-10')).toBe('missed');
    });
  });

  describe('not departed, past the target: overdue', () => {
    it.each([
      ['emergency', EMERGENCY_DAYS, '2026-03-18'],
      ['urgent', URGENT_DAYS, '2026-04-22'],
      ['normal', NORMAL_DAYS, '2027-03-11'],
    ] as const)('%s: the day after the target is overdue', (priority, days, today) => {
      expect(timeliness(kase(priority, days), today)).toBe('overdue');
    });

    it.each([
      ['emergency', EMERGENCY_DAYS, '2026-03-17'],
      ['urgent', URGENT_DAYS, '2026-04-21'],
      ['normal', NORMAL_DAYS, '2027-03-10'],
    ] as const)('%s: on the target day itself it is at risk, not yet overdue', (priority, days, today) => {
      expect(timeliness(kase(priority, days), today)).toBe('at_risk');
    });
  });

  describe('emergency (7 days): at risk from half the target time', () => {
    it('on the day of submission: on track', () => {
      expect(timeliness(kase('emergency', EMERGENCY_DAYS), SUBMITTED)).toBe('on_track');
    });

    it('3 days in (less than 3.5): on track', () => {
      expect(timeliness(kase('emergency', EMERGENCY_DAYS), '2026-03-13')).toBe('on_track');
    });

    it('4 days in (3.5 passed): at risk', () => {
      expect(timeliness(kase('emergency', EMERGENCY_DAYS), '2026-03-14')).toBe('at_risk');
    });
  });

  describe('urgent (42 days): at risk from three quarters of the target time', () => {
    it('21 days in (half): still on track, unlike an emergency', () => {
      expect(timeliness(kase('urgent', URGENT_DAYS), '2026-03-31')).toBe('on_track');
    });

    it('31 days in (less than 31.5): on track', () => {
      expect(timeliness(kase('urgent', URGENT_DAYS), '2026-04-10')).toBe('on_track');
    });

    it('32 days in (31.5 passed): at risk', () => {
      expect(timeliness(kase('urgent', URGENT_DAYS), '2026-04-11')).toBe('at_risk');
    });
  });

  describe('normal (365 days): at risk from three quarters of the target time', () => {
    it('273 days in (less than 273.75): on track', () => {
      expect(timeliness(kase('normal', NORMAL_DAYS), '2026-12-08')).toBe('on_track');
    });

    it('274 days in (273.75 passed): at risk', () => {
      expect(timeliness(kase('normal', NORMAL_DAYS), '2026-12-09')).toBe('at_risk');
    });
  });

  describe('exactly at the threshold: at risk from that day', () => {
    it('emergency with a 6-day target: day 2 on track, day 3 (exactly half) at risk', () => {
      expect(timeliness(kase('emergency', 6), addDays(SUBMITTED, 2))).toBe('on_track');
      expect(timeliness(kase('emergency', 6), addDays(SUBMITTED, 3))).toBe('at_risk');
    });

    it('urgent with a 28-day target: day 20 on track, day 21 (exactly three quarters) at risk', () => {
      expect(timeliness(kase('urgent', 28), '2026-03-30')).toBe('on_track');
      expect(timeliness(kase('urgent', 28), '2026-03-31')).toBe('at_risk');
    });

    it('normal with a 360-day target: day 269 on track, day 270 (exactly three quarters) at risk', () => {
      expect(timeliness(kase('normal', 360), '2026-12-04')).toBe('on_track');
      expect(timeliness(kase('normal', 360), '2026-12-05')).toBe('at_risk');
    });
  });

  describe('properties', () => {
    const priority = fc.constantFrom(...PRIORITIES);
    const total = fc.integer({ min: 1, max: 400 });

    it('not departed: on track, then at risk from the threshold, then overdue after the target', () => {
      fc.assert(
        fc.property(priority, total, fc.integer({ min: 0, max: 450 }), (p, days, used) => {
          const share = p === 'emergency' ? 1 / 2 : 3 / 4;
          const expected = used > days ? 'overdue' : used >= days * share ? 'at_risk' : 'on_track';
          expect(timeliness(kase(p, days), addDays(SUBMITTED, used))).toBe(expected);
        }),
      );
    });

    it('as the days pass, a case never goes back (on track → at risk → overdue)', () => {
      const rank = { on_track: 0, at_risk: 1, overdue: 2 } as Record<string, number>;
      fc.assert(
        fc.property(priority, total, fc.nat({ max: 450 }), fc.nat({ max: 450 }), (p, days, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const c = kase(p, days);
          expect(rank[timeliness(c, addDays(SUBMITTED, early))]!).toBeLessThanOrEqual(
            rank[timeliness(c, addDays(SUBMITTED, late))]!,
          );
        }),
      );
    });

    it('an emergency is at risk no later than an urgent or normal case with the same dates', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('urgent', 'normal' as const),
          total,
          fc.nat({ max: 400 }),
          (p, days, used) => {
            const today = addDays(SUBMITTED, used);
            if (timeliness(kase(p, days), today) === 'at_risk')
              expect(timeliness(kase('emergency', days), today)).toBe('at_risk');
          },
        ),
      );
    });

    it('departed: met exactly when the departure is on or before the target, whatever today is', () => {
      fc.assert(
        fc.property(priority, total, fc.nat({ max: 450 }), fc.nat({ max: 900 }), (p, days, dep, now) => {
          const c = kase(p, days, addDays(SUBMITTED, dep));
          expect(timeliness(c, addDays(SUBMITTED, now))).toBe(dep <= days ? 'met' : 'missed');
        }),
      );
    });
  });
});
