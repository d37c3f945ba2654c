import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../calendar.ts';
import { computeDeadline, holidayCalendar, type Holiday } from '../procedure/periods.ts';
import { ruleInForce } from '../procedure/time-limits.ts';
import {
  challengeDecisionDue,
  detentionLimits,
  nextReviewDue,
  reviewRefusal,
  type ReviewFacts,
} from './limits.ts';

// The limits of administrative detention (domain.md §9.3, §9.4; T15–T18 in §0). A period in
// months ends on the same day-number in the last month, or on that month's last day (§0.1). A
// limit on a deprivation of liberty never moves to a working day: a weekend or holiday cannot
// lengthen a detention.

// A few 2026 holidays (Law 2429): 1 May (Fri); Feast of Sacrifice 27–30 May (Wed–Sat);
// 29 Oct (Thu). 1 Jan 2027 (Fri).
const HOLIDAYS: Holiday[] = [
  { date: '2026-05-01', kind: 'full' },
  { date: '2026-05-27', kind: 'full' },
  { date: '2026-05-28', kind: 'full' },
  { date: '2026-05-29', kind: 'full' },
  { date: '2026-05-30', kind: 'full' },
  { date: '2026-10-29', kind: 'full' },
  { date: '2027-01-01', kind: 'full' },
];
const CAL = holidayCalendar(HOLIDAYS, [2026, 2027]);
const EMPTY = holidayCalendar([], []);

/** Noon in Türkiye (UTC+3) on a day. */
const at = (day: string) => new Date(`${day}T12:00:00+03:00`);

describe('detentionLimits: detention pending removal (Art. 57, T16)', () => {
  const ROWS: {
    what: string;
    ordered: string;
    initialUntil: string;
    extensionLimit: string;
    firstReviewDue: string;
  }[] = [
    {
      what: 'Mon 2 Mar 2026: 6 months to Wed 2 Sep, 6 more to Tue 2 Mar 2027',
      ordered: '2026-03-02',
      initialUntil: '2026-09-02',
      extensionLimit: '2027-03-02',
      firstReviewDue: '2026-04-02',
    },
    {
      what: '5 Mar 2026: ends on Sat 5 Sep, not moved to Monday; first review Sun 5 Apr, not moved',
      ordered: '2026-03-05',
      initialUntil: '2026-09-05',
      extensionLimit: '2027-03-05',
      firstReviewDue: '2026-04-05',
    },
    {
      what: '29 Apr 2026: ends on 29 Oct (Republic Day), not moved; first review 29 May (feast), not moved',
      ordered: '2026-04-29',
      initialUntil: '2026-10-29',
      extensionLimit: '2027-04-29',
      firstReviewDue: '2026-05-29',
    },
    {
      what: '31 Aug 2026: no 31 Feb, ends on the last day Sun 28 Feb 2027; extension to Sat 28 Aug 2027',
      ordered: '2026-08-31',
      initialUntil: '2027-02-28',
      extensionLimit: '2027-08-28',
      firstReviewDue: '2026-09-30',
    },
    {
      what: '31 Mar 2026: no 31 Sep, ends 30 Sep; extension 30 Mar 2027; first review 30 Apr',
      ordered: '2026-03-31',
      initialUntil: '2026-09-30',
      extensionLimit: '2027-03-30',
      firstReviewDue: '2026-04-30',
    },
    {
      what: '31 Aug 2027: leap year, ends 29 Feb 2028; extension 29 Aug 2028',
      ordered: '2027-08-31',
      initialUntil: '2028-02-29',
      extensionLimit: '2028-08-29',
      firstReviewDue: '2027-09-30',
    },
    {
      what: '1 Jul 2026: ends Fri 1 Jan 2027 (New Year), not moved',
      ordered: '2026-07-01',
      initialUntil: '2027-01-01',
      extensionLimit: '2027-07-01',
      firstReviewDue: '2026-08-01',
    },
    {
      what: '30 Nov 2026 across the year: ends 30 May 2027, extension 30 Nov 2027',
      ordered: '2026-11-30',
      initialUntil: '2027-05-30',
      extensionLimit: '2027-11-30',
      firstReviewDue: '2026-12-30',
    },
  ];

  it.each(ROWS)('$what', (row) => {
    const limits = detentionLimits('removal', at(row.ordered), row.ordered, CAL);
    expect(limits.initialUntil).toBe(row.initialUntil);
    expect(limits.extensionLimit).toBe(row.extensionLimit);
    expect(limits.firstReviewDue).toBe(row.firstReviewDue);
  });

  it.each(ROWS)('same days with no holidays at all: $ordered', (row) => {
    const limits = detentionLimits('removal', at(row.ordered), row.ordered, EMPTY);
    expect([limits.initialUntil, limits.extensionLimit, limits.firstReviewDue]).toEqual([
      row.initialUntil,
      row.extensionLimit,
      row.firstReviewDue,
    ]);
  });

  it('an ordinary 6-month period ending on a weekend would move; detention does not', () => {
    // T5 (decision target, 6 months) from 5 Mar 2026 ends on Sat 5 Sep and moves to Mon 7 Sep.
    expect(computeDeadline(ruleInForce('T5', '2026-03-05')!, '2026-03-05', CAL).lastDay).toBe('2026-09-07');
    expect(detentionLimits('removal', at('2026-03-05'), '2026-03-05', CAL).initialUntil).toBe('2026-09-05');
  });

  it('no limit before LFIP came into force (11 April 2014)', () => {
    expect(() => detentionLimits('removal', at('2014-04-10'), '2014-04-10', CAL)).toThrow();
    expect(detentionLimits('removal', at('2014-04-11'), '2014-04-11', CAL).initialUntil).toBe('2014-10-11');
  });
});

describe('detentionLimits: transfer to a removal centre within 48 hours (T15)', () => {
  it('48 hours to the minute from the order', () => {
    const limits = detentionLimits('removal', new Date('2026-03-06T15:30:00Z'), '2026-03-06', CAL);
    expect(limits.transferDueAt.toISOString()).toBe('2026-03-08T15:30:00.000Z');
  });

  it('counted in hours, over a weekend and a holiday alike (Thu 28 May, feast, 22:45 Türkiye time)', () => {
    const limits = detentionLimits('removal', new Date('2026-05-28T22:45:00+03:00'), '2026-05-28', CAL);
    expect(limits.transferDueAt.toISOString()).toBe('2026-05-30T19:45:00.000Z'); // Sat 30 May, 22:45 in Türkiye
  });

  it('the same for an applicant held under Art. 68', () => {
    const limits = detentionLimits('ip_applicant', new Date('2026-03-06T09:00:00Z'), '2026-03-06', CAL);
    expect(limits.transferDueAt.toISOString()).toBe('2026-03-08T09:00:00.000Z');
  });
});

describe('detentionLimits: an international-protection applicant (Art. 68, T18: at most 30 days)', () => {
  it.each([
    // ordered, initialUntil, firstReviewDue (a month later, but never after the last day)
    [
      'Mon 2 Mar 2026: 30 days to Wed 1 Apr; the review is due by then',
      '2026-03-02',
      '2026-04-01',
      '2026-04-01',
    ],
    ['1 Apr 2026: 30 days to Fri 1 May (holiday), not moved', '2026-04-01', '2026-05-01', '2026-05-01'],
    [
      '1 Feb 2026: 30 days to 3 Mar; a month is 1 Mar (Sun), before the end',
      '2026-02-01',
      '2026-03-03',
      '2026-03-01',
    ],
    ['31 Jan 2026: 30 days to Mon 2 Mar; a month is 28 Feb', '2026-01-31', '2026-03-02', '2026-02-28'],
    ['Thu 30 Apr 2026: 30 days to Sat 30 May (feast), not moved', '2026-04-30', '2026-05-30', '2026-05-30'],
  ])('%s', (_what, ordered, initialUntil, firstReview) => {
    const limits = detentionLimits('ip_applicant', at(ordered), ordered, CAL);
    expect(limits.initialUntil).toBe(initialUntil);
    expect(limits.firstReviewDue).toBe(firstReview);
  });

  it('no extension', () => {
    expect(detentionLimits('ip_applicant', at('2026-03-02'), '2026-03-02', CAL).extensionLimit).toBeNull();
  });
});

describe('nextReviewDue: every month, never after the day detention must end', () => {
  it.each([
    ['a month after the order', '2026-03-02', '2026-09-02', '2026-04-02'],
    ['31 Jan → 28 Feb (no 31 Feb)', '2026-01-31', '2026-09-02', '2026-02-28'],
    ['30 Dec → 30 Jan across the year', '2026-12-30', '2027-06-30', '2027-01-30'],
    ['a month would pass the end: the end day', '2026-08-15', '2026-09-02', '2026-09-02'],
    ['a month lands exactly on the end day', '2026-08-02', '2026-09-02', '2026-09-02'],
    ['a month falls one day before the end', '2026-08-01', '2026-09-02', '2026-09-01'],
    ['reviewed on the last day: the last day', '2026-09-02', '2026-09-02', '2026-09-02'],
    ['Sat 5 Sep stays a Saturday', '2026-08-05', '2026-12-31', '2026-09-05'],
  ])('%s', (_what, last, mustEnd, expected) => {
    expect(nextReviewDue(last, mustEnd)).toBe(expected);
  });
});

describe('reviewRefusal', () => {
  // Ordered Mon 2 Mar 2026: initial 6 months to 2 Sep 2026, the extension may reach 2 Mar 2027.
  const REMOVAL: ReviewFacts = {
    basis: 'removal',
    initialUntil: '2026-09-02',
    extendedUntil: null,
    extensionLimit: '2027-03-02',
  };
  const EXTENDED: ReviewFacts = { ...REMOVAL, extendedUntil: '2026-12-02' };
  // An applicant ordered 2 Mar 2026: 30 days to 1 Apr, no extension.
  const APPLICANT: ReviewFacts = {
    basis: 'ip_applicant',
    initialUntil: '2026-04-01',
    extendedUntil: null,
    extensionLimit: null,
  };
  const extend = (reviewedOn: string, extendUntil: string | undefined, extensionReason?: string) => ({
    outcome: 'extend' as const,
    reviewedOn,
    extendUntil,
    extensionReason,
  });

  describe('continue', () => {
    it('within the six months: allowed, up to and including the last day', () => {
      expect(reviewRefusal(REMOVAL, { outcome: 'continue', reviewedOn: '2026-04-02' })).toBeNull();
      expect(reviewRefusal(REMOVAL, { outcome: 'continue', reviewedOn: '2026-09-02' })).toBeNull();
    });

    it('the day after the last day: review_after_maximum', () => {
      expect(reviewRefusal(REMOVAL, { outcome: 'continue', reviewedOn: '2026-09-03' })).toBe(
        'review_after_maximum',
      );
    });

    it('after an extension, the extended day is the end (not the extension limit)', () => {
      expect(reviewRefusal(EXTENDED, { outcome: 'continue', reviewedOn: '2026-12-02' })).toBeNull();
      expect(reviewRefusal(EXTENDED, { outcome: 'continue', reviewedOn: '2026-12-03' })).toBe(
        'review_after_maximum',
      );
    });

    it('an applicant: to day 30 (1 Apr), not day 31', () => {
      expect(reviewRefusal(APPLICANT, { outcome: 'continue', reviewedOn: '2026-04-01' })).toBeNull();
      expect(reviewRefusal(APPLICANT, { outcome: 'continue', reviewedOn: '2026-04-02' })).toBe(
        'review_after_maximum',
      );
    });
  });

  describe('release', () => {
    it.each([
      ['removal, within the period', REMOVAL, '2026-05-01'],
      ['removal, after the maximum', REMOVAL, '2027-06-01'],
      ['extended', EXTENDED, '2026-12-10'],
      ['applicant, after 30 days', APPLICANT, '2026-04-15'],
    ] as const)('may always be recorded: %s', (_what, d, reviewedOn) => {
      expect(reviewRefusal(d, { outcome: 'release', reviewedOn })).toBeNull();
    });
  });

  describe('extend', () => {
    it('non-cooperation, reviewed before the six months end, to within the limit: allowed', () => {
      expect(reviewRefusal(REMOVAL, extend('2026-08-20', '2026-12-02', 'non_cooperation'))).toBeNull();
    });

    it('false information about the country: allowed', () => {
      expect(
        reviewRefusal(REMOVAL, extend('2026-08-20', '2026-11-15', 'false_information_about_country')),
      ).toBeNull();
    });

    it('to exactly the limit (6 more months, 2 Mar 2027): allowed', () => {
      expect(reviewRefusal(REMOVAL, extend('2026-09-01', '2027-03-02', 'non_cooperation'))).toBeNull();
    });

    it('one day over the limit (3 Mar 2027): extension_beyond_maximum', () => {
      expect(reviewRefusal(REMOVAL, extend('2026-09-01', '2027-03-03', 'non_cooperation'))).toBe(
        'extension_beyond_maximum',
      );
    });

    it('reviewed on the last day of the six months: allowed', () => {
      expect(reviewRefusal(REMOVAL, extend('2026-09-02', '2027-01-15', 'non_cooperation'))).toBeNull();
    });

    it('reviewed after the six months ended: review_after_maximum (detention cannot be revived)', () => {
      expect(reviewRefusal(REMOVAL, extend('2026-09-03', '2027-01-15', 'non_cooperation'))).toBe(
        'review_after_maximum',
      );
    });

    it('an applicant’s detention is never extended: extension_not_allowed', () => {
      expect(reviewRefusal(APPLICANT, extend('2026-03-20', '2026-04-20', 'non_cooperation'))).toBe(
        'extension_not_allowed',
      );
    });

    it('a removal detention with no extension limit recorded cannot be extended', () => {
      expect(
        reviewRefusal(
          { ...REMOVAL, extensionLimit: null },
          extend('2026-08-20', '2026-12-02', 'non_cooperation'),
        ),
      ).toBe('extension_not_allowed');
    });

    it('only one extension: already_extended', () => {
      expect(reviewRefusal(EXTENDED, extend('2026-11-20', '2027-03-02', 'non_cooperation'))).toBe(
        'already_extended',
      );
    });

    it('no reason given: extension_reason_required', () => {
      expect(reviewRefusal(REMOVAL, extend('2026-08-20', '2026-12-02'))).toBe('extension_reason_required');
      expect(reviewRefusal(REMOVAL, extend('2026-08-20', '2026-12-02', ''))).toBe(
        'extension_reason_required',
      );
    });

    it('only non-cooperation or false information about the country extends it (Art. 57)', () => {
      expect(reviewRefusal(REMOVAL, extend('2026-08-20', '2026-12-02', 'awaiting_travel_documents'))).toBe(
        'extension_reason_required',
      );
      expect(
        reviewRefusal(REMOVAL, extend('2026-08-20', '2026-12-02', 'false_information_about_country')),
      ).toBeNull();
    });

    it('an extension must reach past the six months, and must say to when', () => {
      // Not an extension at all; refused (the module names it extension_beyond_maximum).
      expect(reviewRefusal(REMOVAL, extend('2026-08-20', '2026-09-02', 'non_cooperation'))).not.toBeNull();
      expect(reviewRefusal(REMOVAL, extend('2026-08-20', undefined, 'non_cooperation'))).not.toBeNull();
      expect(reviewRefusal(REMOVAL, extend('2026-08-20', '2026-09-03', 'non_cooperation'))).toBeNull();
    });

    it('property: with a reason and a timely review, allowed exactly when the day is after the six months and within the limit', () => {
      fc.assert(
        fc.property(fc.integer({ min: -10, max: 200 }), (offset) => {
          const until = addDays('2026-09-02', offset);
          const refusal = reviewRefusal(REMOVAL, extend('2026-08-25', until, 'non_cooperation'));
          const allowed = until > '2026-09-02' && until <= '2027-03-02';
          expect(refusal === null).toBe(allowed);
        }),
      );
    });
  });
});

describe('challengeDecisionDue: the criminal judgeship of peace decides within 5 days (T17)', () => {
  it.each([
    ['lodged Wed 4 Mar 2026: Mon 9 Mar', '2026-03-04', '2026-03-09'],
    ['lodged Mon 2 Mar: Sat 7 Mar, not moved to Monday', '2026-03-02', '2026-03-07'],
    ['lodged Tue 3 Mar: Sun 8 Mar, not moved', '2026-03-03', '2026-03-08'],
    ['lodged Sun 24 May: Fri 29 May (feast), not moved', '2026-05-24', '2026-05-29'],
    ['lodged Sat 24 Oct: Thu 29 Oct (Republic Day), not moved', '2026-10-24', '2026-10-29'],
    ['lodged 27 Dec 2026: Fri 1 Jan 2027 (New Year), not moved', '2026-12-27', '2027-01-01'],
    ['lodged 28 Feb 2026: 5 Mar', '2026-02-28', '2026-03-05'],
  ])('%s', (_what, lodged, due) => {
    expect(challengeDecisionDue(lodged, CAL)).toBe(due);
  });

  it('an ordinary 5-day period from 2 Mar would move to Mon 9 Mar; this one does not', () => {
    expect(computeDeadline(ruleInForce('T6-decision', '2026-03-02')!, '2026-03-02', CAL).lastDay).toBe(
      '2026-03-09',
    );
    expect(challengeDecisionDue('2026-03-02', CAL)).toBe('2026-03-07');
  });
});

describe('detentionLimits: properties', () => {
  const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const pad = (n: number) => String(n).padStart(2, '0');
  /** Same day-number `months` later, or the last day of that month (domain.md §0.1), worked out here. */
  function monthsLater(iso: string, months: number): string {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const index = y * 12 + (m - 1) + months;
    const ty = Math.floor(index / 12);
    const tm = (index % 12) + 1;
    const days = tm === 2 && leap(ty) ? 29 : DIM[tm - 1]!;
    return `${ty}-${pad(tm)}-${pad(Math.min(d, days))}`;
  }

  const orderDay = fc
    .integer({ min: 0, max: daysBetween('2014-04-11', '2040-12-31') })
    .map((n) => addDays('2014-04-11', n));
  // Arbitrary holidays, full days, anywhere around the order.
  const holidays = fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 40 });

  it('removal: 6 months, then at most 6 more, reviewed within a month; no holiday moves any of them', () => {
    fc.assert(
      fc.property(orderDay, holidays, (ordered, offsets) => {
        const cal = holidayCalendar(
          offsets.map((n) => ({ date: addDays(ordered, n), kind: 'full' as const })),
          [],
        );
        const limits = detentionLimits('removal', at(ordered), ordered, cal);
        expect(limits.initialUntil).toBe(monthsLater(ordered, 6));
        expect(limits.extensionLimit).toBe(monthsLater(limits.initialUntil, 6));
        expect(limits.extensionLimit! <= monthsLater(ordered, 12)).toBe(true);
        expect(limits.firstReviewDue).toBe(monthsLater(ordered, 1));
        expect(limits.transferDueAt.getTime() - at(ordered).getTime()).toBe(48 * 3600_000);
        expect(detentionLimits('removal', at(ordered), ordered, EMPTY)).toEqual(limits);
      }),
    );
  });

  it('applicant: exactly 30 days after the order, reviewed on or before that day; no holiday moves it', () => {
    fc.assert(
      fc.property(orderDay, holidays, (ordered, offsets) => {
        const cal = holidayCalendar(
          offsets.map((n) => ({ date: addDays(ordered, n), kind: 'full' as const })),
          [],
        );
        const limits = detentionLimits('ip_applicant', at(ordered), ordered, cal);
        expect(daysBetween(ordered, limits.initialUntil)).toBe(30);
        expect(limits.extensionLimit).toBeNull();
        expect(limits.firstReviewDue > ordered).toBe(true);
        expect(limits.firstReviewDue <= limits.initialUntil).toBe(true);
      }),
    );
  });

  it('nextReviewDue is never after the end, never more than a month away, and after the last review', () => {
    fc.assert(
      fc.property(orderDay, fc.integer({ min: 0, max: 400 }), (last, gap) => {
        const mustEnd = addDays(last, gap);
        const due = nextReviewDue(last, mustEnd);
        expect(due <= mustEnd).toBe(true);
        expect(due <= monthsLater(last, 1)).toBe(true);
        if (gap > 0) expect(due > last).toBe(true);
      }),
    );
  });
});
