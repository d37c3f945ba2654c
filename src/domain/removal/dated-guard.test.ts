import { describe, expect, it } from 'vitest';
import { datedRemovalGuard, earliestRecordedDay, type DatedGuardInput } from './dated-guard.ts';

const enforceable = {
  state: 'enforceable',
  appealProtectiveLastDay: '2026-01-09',
  voluntaryDepartureUntil: null,
} as const;
const rejectedFinal = {
  track: 'international_protection',
  state: 'rejected_final',
  appealWindowOpenUntil: null,
} as const;

function ask(on: string, over: Partial<DatedGuardInput>) {
  return datedRemovalGuard({ on, cases: [rejectedFinal], removal: enforceable, protections: [], ...over });
}
const barsOn = (on: string, over: Partial<DatedGuardInput>) =>
  ask(on, over).bars.map((b) => `${b.bar}:${b.rule}:${b.lastDay ?? '-'}`);

describe('the dated removal guard', () => {
  // Each window: a day before it opens (where that exists), its first day, its last day, the day after.
  const windows: [string, Partial<DatedGuardInput>, [string, string[]][]][] = [
    [
      'the protection case appeal window (notified rejection, window to 2026-01-12)',
      {
        cases: [
          { track: 'international_protection', state: 'notified', appealWindowOpenUntil: '2026-01-12' },
        ],
      },
      [
        ['2026-01-02', ['appeal_window_open:LFIP-4:2026-01-12']],
        ['2026-01-12', ['appeal_window_open:LFIP-4:2026-01-12']],
        // Final the day after the last protective day (no appeal lodged).
        ['2026-01-13', []],
      ],
    ],
    [
      "the removal decision's appeal window (LFIP Art. 53, to 2026-01-09)",
      {
        removal: { state: 'notified', appealProtectiveLastDay: '2026-01-09', voluntaryDepartureUntil: null },
      },
      [
        ['2026-01-02', ['removal_appeal_window_open:LFIP-53:2026-01-09']],
        ['2026-01-09', ['removal_appeal_window_open:LFIP-53:2026-01-09']],
        ['2026-01-10', []],
      ],
    ],
    [
      'the voluntary-departure period (LFIP Art. 56, to 2026-02-01)',
      { removal: { ...enforceable, voluntaryDepartureUntil: '2026-02-01' } },
      [
        ['2026-01-20', ['voluntary_departure_running:LFIP-56:2026-02-01']],
        ['2026-02-01', ['voluntary_departure_running:LFIP-56:2026-02-01']],
        ['2026-02-02', []],
      ],
    ],
    [
      'an Art. 55(b) protection from 2026-01-05 to 2026-01-31',
      { protections: [{ ground: 'b', recordedOn: '2026-01-05', until: '2026-01-31', endedOn: null }] },
      [
        ['2026-01-04', []],
        ['2026-01-05', ['art55_protection:LFIP-55-b:2026-01-31']],
        ['2026-01-31', ['art55_protection:LFIP-55-b:2026-01-31']],
        ['2026-02-01', []],
      ],
    ],
    [
      'an Art. 55(d) protection ended on 2026-01-20',
      { protections: [{ ground: 'd', recordedOn: '2026-01-05', until: null, endedOn: '2026-01-20' }] },
      [
        ['2026-01-19', ['art55_protection:LFIP-55-d:-']],
        ['2026-01-20', []],
      ],
    ],
    [
      'an appeal pending before the court (no last day: it lasts until the judgment)',
      {
        removal: {
          state: 'under_appeal',
          appealProtectiveLastDay: '2026-01-09',
          voluntaryDepartureUntil: null,
        },
      },
      [
        ['2026-01-05', ['removal_appeal_pending:LFIP-53:-']],
        ['2027-01-05', ['removal_appeal_pending:LFIP-53:-']],
      ],
    ],
    [
      'a notified case with no window recorded (finality needs a person)',
      { cases: [{ track: 'international_protection', state: 'notified', appealWindowOpenUntil: null }] },
      [['2026-01-05', ['decision_not_final:LFIP-4:-']]],
    ],
    ['no removal decision at all', { removal: null }, [['2026-01-05', ['no_removal_decision:LFIP-52:-']]]],
  ];
  for (const [name, over, rows] of windows)
    describe(name, () => {
      it.each(rows)('on %s', (on, expected) => {
        expect(barsOn(on, over)).toEqual(expected);
        expect(ask(on, over).mayBeCarriedOut).toBe(expected.length === 0);
      });
    });

  it('lists every bar standing together, each once', () => {
    expect(
      barsOn('2026-01-06', {
        cases: [
          { track: 'international_protection', state: 'under_appeal', appealWindowOpenUntil: null },
          { track: 'international_protection', state: 'under_appeal', appealWindowOpenUntil: null },
        ],
        removal: { state: 'notified', appealProtectiveLastDay: '2026-01-09', voluntaryDepartureUntil: null },
        protections: [
          { ground: 'ç', recordedOn: '2026-01-01', until: null, endedOn: null },
          { ground: 'ç', recordedOn: '2026-01-02', until: null, endedOn: null },
        ],
      }),
    ).toEqual([
      'art55_protection:LFIP-55-ç:-',
      'appeal_pending:LFIP-4:-',
      'removal_appeal_window_open:LFIP-53:2026-01-09',
    ]);
  });

  it('takes the earliest recorded event as the first day one may ask about', () => {
    expect(earliestRecordedDay([null, '2025-03-01', undefined, '2024-11-30', '2025-01-01'])).toBe(
      '2024-11-30',
    );
    expect(earliestRecordedDay([null, undefined])).toBeNull();
  });
});
