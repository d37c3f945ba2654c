import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline, holidayCalendar } from '../procedure/periods.ts';
import { REMOVAL_BARS, removalGuard, type RemovalGuard } from '../procedure/non-refoulement.ts';
import { ruleInForce } from '../procedure/time-limits.ts';
import {
  ART55_GROUNDS,
  REMOVAL_STATES,
  executionBars,
  protectionActive,
  voluntaryDepartureBar,
  type ExecutionBar,
  type RemovalFacts,
  type RemovalState,
} from './removal.ts';

// Removal decisions and the bars to carrying one out (domain.md §9.1, §9.2, §4.9 T12/T14).
const TODAY = '2026-03-10'; // Tuesday

const CLEAR: RemovalGuard = { mayBeRemoved: true, bars: [] };

function facts(
  state: RemovalState,
  appealProtectiveLastDay: string | null = null,
  voluntaryDepartureUntil: string | null = null,
): RemovalFacts {
  return { state, appealProtectiveLastDay, voluntaryDepartureUntil };
}

const barsOf = (bars: ExecutionBar[]) => bars.map((b) => b.bar);

describe('voluntaryDepartureBar (Art. 56): who gets no period to leave voluntarily', () => {
  it('an absconding risk gets no period', () => {
    expect(voluntaryDepartureBar(['visa_overstay'], true)).toBe('absconding_risk');
    expect(voluntaryDepartureBar([], true)).toBe('absconding_risk');
  });

  it.each([
    ['breach of the entry/exit rules', 'entry_exit_breach'],
    ['false or forged documents', 'false_information_or_documents'],
    ['a threat to public order, security or health', 'public_order_security_health_threat'],
  ] as const)('%s gets no period', (_what, ground) => {
    expect(voluntaryDepartureBar([ground], false)).toBe(ground);
  });

  it.each([
    'visa_overstay',
    'residence_permit_overstay',
    'residence_permit_cancelled',
    'residence_extension_refused',
    'unauthorised_work',
    'illegitimate_livelihood',
    'protection_ended_no_right_to_stay',
  ] as const)('%s alone, no absconding risk: a period may be given', (ground) => {
    expect(voluntaryDepartureBar([ground], false)).toBeNull();
  });

  it('no grounds and no absconding risk: no bar', () => {
    expect(voluntaryDepartureBar([], false)).toBeNull();
  });

  it('one barring ground among ordinary ones is enough', () => {
    expect(voluntaryDepartureBar(['visa_overstay', 'unauthorised_work', 'entry_exit_breach'], false)).toBe(
      'entry_exit_breach',
    );
  });

  it('the absconding risk is named even when a barring ground is present too', () => {
    expect(voluntaryDepartureBar(['false_information_or_documents'], true)).toBe('absconding_risk');
  });
});

describe('executionBars: LFIP Art. 55 protections', () => {
  it.each(ART55_GROUNDS)('ground (%s) bars removal under rule LFIP-55-%s', (ground) => {
    expect(executionBars(facts('enforceable'), [ground], CLEAR, TODAY)).toEqual([
      { bar: 'art55_protection', rule: `LFIP-55-${ground}` },
    ]);
  });

  it('the five grounds are a, b, c, ç, d', () => {
    expect([...ART55_GROUNDS]).toEqual(['a', 'b', 'c', 'ç', 'd']);
  });

  it('the rules read LFIP-55-a … LFIP-55-d, with ç for trafficking victims', () => {
    const bars = executionBars(facts('enforceable'), ['a', 'b', 'c', 'ç', 'd'], CLEAR, TODAY);
    expect(bars.map((b) => b.rule).sort()).toEqual([
      'LFIP-55-a',
      'LFIP-55-b',
      'LFIP-55-c',
      'LFIP-55-d',
      'LFIP-55-ç',
    ]);
    expect(new Set(barsOf(bars))).toEqual(new Set(['art55_protection']));
  });

  it('two protections on the same ground give one bar', () => {
    expect(executionBars(facts('enforceable'), ['b', 'b'], CLEAR, TODAY)).toEqual([
      { bar: 'art55_protection', rule: 'LFIP-55-b' },
    ]);
  });

  it('a protection adds to the other bars, it does not replace them', () => {
    const bars = executionBars(facts('under_appeal'), ['ç'], CLEAR, TODAY);
    expect(bars).toContainEqual({ bar: 'art55_protection', rule: 'LFIP-55-ç' });
    expect(bars).toContainEqual({ bar: 'removal_appeal_pending', rule: 'LFIP-53' });
    expect(bars).toHaveLength(2);
  });
});

describe('executionBars: the protection procedure (LFIP Art. 4, removalGuard)', () => {
  it('each bar of the procedure is a bar to removal under LFIP-4', () => {
    const guard = removalGuard(
      [
        { track: 'international_protection', state: 'interviewed', appealWindowOpenUntil: null },
        { track: 'international_protection', state: 'protected', appealWindowOpenUntil: null },
      ],
      TODAY,
    );
    expect(guard.bars).toEqual(['application_pending', 'protection_status_held']);
    expect(executionBars(facts('enforceable'), [], guard, TODAY)).toEqual([
      { bar: 'application_pending', rule: 'LFIP-4' },
      { bar: 'protection_status_held', rule: 'LFIP-4' },
    ]);
  });

  it.each(REMOVAL_BARS)('%s → LFIP-4', (bar) => {
    expect(executionBars(facts('enforceable'), [], { mayBeRemoved: false, bars: [bar] }, TODAY)).toEqual([
      { bar, rule: 'LFIP-4' },
    ]);
  });

  it('a rejection that is final leaves nothing from the procedure', () => {
    const guard = removalGuard(
      [{ track: 'international_protection', state: 'rejected_final', appealWindowOpenUntil: null }],
      TODAY,
    );
    expect(executionBars(facts('enforceable'), [], guard, TODAY)).toEqual([]);
  });
});

describe('executionBars: the removal decision itself', () => {
  it('decided but not notified: cannot be carried out', () => {
    expect(barsOf(executionBars(facts('decided'), [], CLEAR, TODAY))).toEqual(['removal_not_notified']);
  });

  it('notified, appeal window open until its last day inclusive (Art. 53)', () => {
    expect(executionBars(facts('notified', '2026-03-12'), [], CLEAR, TODAY)).toEqual([
      { bar: 'removal_appeal_window_open', rule: 'LFIP-53' },
    ]);
    expect(executionBars(facts('notified', TODAY), [], CLEAR, TODAY)).toEqual([
      { bar: 'removal_appeal_window_open', rule: 'LFIP-53' },
    ]);
  });

  it('notified, the window’s last day has passed: no bar', () => {
    expect(executionBars(facts('notified', '2026-03-09'), [], CLEAR, TODAY)).toEqual([]);
  });

  it('notified, last day of the window not known: treated as still open', () => {
    expect(barsOf(executionBars(facts('notified', null), [], CLEAR, TODAY))).toEqual([
      'removal_appeal_window_open',
    ]);
  });

  it('7 days from notification on Mon 2 Mar 2026: barred through Mon 9 Mar, free on Tue 10 Mar', () => {
    const cal = holidayCalendar([], [2026]);
    const rule = ruleInForce('T12-appeal', '2026-03-02');
    expect(rule?.amount).toBe(7);
    const window = computeDeadline(rule!, '2026-03-02', cal).protectiveLastDay;
    expect(window).toBe('2026-03-09');
    expect(barsOf(executionBars(facts('notified', window), [], CLEAR, '2026-03-09'))).toEqual([
      'removal_appeal_window_open',
    ]);
    expect(executionBars(facts('notified', window), [], CLEAR, '2026-03-10')).toEqual([]);
  });

  it('7 days from Fri 22 May 2026 end on the feast (Fri 29 May): the window stays open to Mon 1 Jun', () => {
    const cal = holidayCalendar(
      ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30'].map((date) => ({
        date,
        kind: 'full' as const,
      })),
      [2026],
    );
    const window = computeDeadline(
      ruleInForce('T12-appeal', '2026-05-22')!,
      '2026-05-22',
      cal,
    ).protectiveLastDay;
    expect(window).toBe('2026-06-01');
    for (const day of ['2026-05-29', '2026-05-31', '2026-06-01'])
      expect(barsOf(executionBars(facts('notified', window), [], CLEAR, day)), day).toEqual([
        'removal_appeal_window_open',
      ]);
    expect(executionBars(facts('notified', window), [], CLEAR, '2026-06-02')).toEqual([]);
  });

  it('appeal pending: suspends removal (Art. 53)', () => {
    expect(executionBars(facts('under_appeal'), [], CLEAR, TODAY)).toEqual([
      { bar: 'removal_appeal_pending', rule: 'LFIP-53' },
    ]);
  });

  it('appeal pending, even after the window date has passed', () => {
    expect(barsOf(executionBars(facts('under_appeal', '2026-03-01'), [], CLEAR, TODAY))).toEqual([
      'removal_appeal_pending',
    ]);
  });

  it('enforceable, nothing else: may be carried out', () => {
    expect(executionBars(facts('enforceable'), [], CLEAR, TODAY)).toEqual([]);
  });

  it.each(['carried_out', 'annulled', 'cancelled'] as const)('%s: closed, nothing to carry out', (state) => {
    expect(barsOf(executionBars(facts(state), [], CLEAR, TODAY))).toEqual(['removal_closed']);
  });
});

describe('executionBars: voluntary departure (Art. 56)', () => {
  it('running through its last day inclusive', () => {
    for (const today of ['2026-03-10', '2026-03-31', '2026-04-01'])
      expect(executionBars(facts('enforceable', null, '2026-04-01'), [], CLEAR, today), today).toEqual([
        { bar: 'voluntary_departure_running', rule: 'LFIP-56' },
      ]);
  });

  it('the day after its last day, the removal may go ahead', () => {
    expect(executionBars(facts('enforceable', null, '2026-04-01'), [], CLEAR, '2026-04-02')).toEqual([]);
  });

  it('runs alongside an open appeal window', () => {
    const bars = barsOf(executionBars(facts('notified', '2026-03-12', '2026-04-01'), [], CLEAR, TODAY));
    expect(bars.sort()).toEqual(['removal_appeal_window_open', 'voluntary_departure_running']);
  });

  it('a notified decision whose window has passed but whose departure period runs is still barred', () => {
    expect(barsOf(executionBars(facts('notified', '2026-03-09', '2026-03-20'), [], CLEAR, TODAY))).toEqual([
      'voluntary_departure_running',
    ]);
  });
});

describe('executionBars: properties', () => {
  const day = fc.integer({ min: 0, max: 6 }).map((n) => `2026-03-${String(8 + n).padStart(2, '0')}`);
  const removal = fc.record({
    state: fc.constantFrom(...REMOVAL_STATES),
    appealProtectiveLastDay: fc.option(day, { nil: null }),
    voluntaryDepartureUntil: fc.option(day, { nil: null }),
  });
  const protections = fc.array(fc.constantFrom(...ART55_GROUNDS), { maxLength: 4 });
  const guard = fc
    .subarray([...REMOVAL_BARS])
    .map((bars): RemovalGuard => ({ mayBeRemoved: bars.length === 0, bars }));

  it('removal goes ahead only for an enforceable (or notified, window passed) decision with nothing else in the way', () => {
    fc.assert(
      fc.property(removal, protections, guard, day, (r, p, g, today) => {
        const decisionReady =
          r.state === 'enforceable' ||
          (r.state === 'notified' && r.appealProtectiveLastDay !== null && today > r.appealProtectiveLastDay);
        const departing = r.voluntaryDepartureUntil !== null && today <= r.voluntaryDepartureUntil;
        const clear = decisionReady && !departing && p.length === 0 && g.bars.length === 0;
        expect(executionBars(r, p, g, today).length === 0).toBe(clear);
      }),
    );
  });

  it('every protection and every procedure bar is listed with its rule', () => {
    fc.assert(
      fc.property(removal, protections, guard, day, (r, p, g, today) => {
        const bars = executionBars(r, p, g, today);
        for (const ground of p)
          expect(bars).toContainEqual({ bar: 'art55_protection', rule: `LFIP-55-${ground}` });
        for (const bar of g.bars) expect(bars).toContainEqual({ bar, rule: 'LFIP-4' });
      }),
    );
  });

  it('adding a protection never lifts a bar', () => {
    fc.assert(
      fc.property(
        removal,
        protections,
        fc.constantFrom(...ART55_GROUNDS),
        guard,
        day,
        (r, p, extra, g, today) => {
          const before = executionBars(r, p, g, today);
          const after = executionBars(r, [...p, extra], g, today);
          for (const b of before) expect(after).toContainEqual(b);
          expect(after.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('protectionActive: from the day recorded, through `until`, up to (not on) the day it ended', () => {
  const p = (recordedOn: string, until: string | null, endedOn: string | null) => ({
    recordedOn,
    until,
    endedOn,
  });

  it('not before it is recorded; from the day it is recorded', () => {
    expect(protectionActive(p('2026-03-01', null, null), '2026-02-28')).toBe(false);
    expect(protectionActive(p('2026-03-01', null, null), '2026-03-01')).toBe(true);
  });

  it('open-ended: in force indefinitely', () => {
    expect(protectionActive(p('2026-03-01', null, null), '2030-12-31')).toBe(true);
  });

  it('`until` is the last day in force (inclusive)', () => {
    expect(protectionActive(p('2026-03-01', '2026-03-31', null), '2026-03-31')).toBe(true);
    expect(protectionActive(p('2026-03-01', '2026-03-31', null), '2026-04-01')).toBe(false);
  });

  it('`ended_on` is the first day no longer in force (exclusive)', () => {
    expect(protectionActive(p('2026-03-01', null, '2026-03-15'), '2026-03-14')).toBe(true);
    expect(protectionActive(p('2026-03-01', null, '2026-03-15'), '2026-03-15')).toBe(false);
  });

  it('ended before its `until`: the end wins', () => {
    expect(protectionActive(p('2026-03-01', '2026-06-30', '2026-03-15'), '2026-04-01')).toBe(false);
  });

  it('ended on the day it was recorded: never in force', () => {
    expect(protectionActive(p('2026-03-01', null, '2026-03-01'), '2026-03-01')).toBe(false);
  });
});
