import { describe, expect, it } from 'vitest';
import { REMOVAL_BARS, removalGuard, type RemovalBar, type RemovalCaseFacts } from './non-refoulement.ts';
import type { CaseState } from './states.ts';

const TODAY = '2026-03-10';

function c(state: CaseState, appealWindowOpenUntil: string | null = null): RemovalCaseFacts {
  return {
    track: state.startsWith('tp_') ? 'temporary_protection' : 'international_protection',
    state,
    appealWindowOpenUntil,
  };
}

// LFIP Art. 4 and Art. 80: nobody is removed while an application, a decision's service, an
// appeal window or an appeal is pending, or while a protection status is held.
const EXPECTED: [CaseState, RemovalBar | null][] = [
  ['lodged', 'application_pending'],
  ['referred', 'application_pending'],
  ['registered', 'application_pending'],
  ['interview_scheduled', 'application_pending'],
  ['interviewed', 'application_pending'],
  ['decided', 'decision_not_served'],
  ['notified', 'decision_not_final'],
  ['under_appeal', 'appeal_pending'],
  ['protected', 'protection_status_held'],
  ['rejected_final', null],
  ['withdrawn', null],
  ['status_ended', null],
  ['tp_pending', 'temporary_protection_held'],
  ['tp_granted', 'temporary_protection_held'],
  ['tp_ended', null],
];

describe('removalGuard', () => {
  it('the table above covers every case state', () => {
    expect(EXPECTED).toHaveLength(15);
  });

  it.each(EXPECTED)('%s → %s', (state, bar) => {
    const g = removalGuard([c(state)], TODAY);
    expect(g).toEqual(bar ? { mayBeRemoved: false, bars: [bar] } : { mayBeRemoved: true, bars: [] });
  });

  it('a notified decision whose window is open bars removal as appeal_window_open, to the last day inclusive', () => {
    expect(removalGuard([c('notified', '2026-03-20')], TODAY)).toEqual({
      mayBeRemoved: false,
      bars: ['appeal_window_open'],
    });
    expect(removalGuard([c('notified', TODAY)], TODAY).bars).toEqual(['appeal_window_open']);
  });

  it('a notified decision is final, and no longer bars removal, the day after its last window ran out', () => {
    expect(removalGuard([c('notified', '2026-03-09')], TODAY)).toEqual({ mayBeRemoved: true, bars: [] });
    // With no window recorded the record cannot tell: not final until a person says so.
    expect(removalGuard([c('notified', null)], TODAY).bars).toEqual(['decision_not_final']);
  });

  it('the window date is ignored outside the notified state', () => {
    expect(removalGuard([c('rejected_final', '2026-03-20')], TODAY)).toEqual({
      mayBeRemoved: true,
      bars: [],
    });
    expect(removalGuard([c('under_appeal', '2026-03-20')], TODAY).bars).toEqual(['appeal_pending']);
  });

  it('no case, no bar', () => {
    expect(removalGuard([], TODAY)).toEqual({ mayBeRemoved: true, bars: [] });
  });

  it('several cases combine their bars, each once, in a stable order', () => {
    const g = removalGuard(
      [
        c('tp_granted'),
        c('rejected_final'),
        c('under_appeal'),
        c('notified', '2026-04-01'),
        c('under_appeal'),
      ],
      TODAY,
    );
    expect(g).toEqual({
      mayBeRemoved: false,
      bars: ['appeal_window_open', 'appeal_pending', 'temporary_protection_held'],
    });
  });

  it('one open case is enough to bar removal whatever the others say', () => {
    expect(removalGuard([c('rejected_final'), c('withdrawn'), c('registered')], TODAY)).toEqual({
      mayBeRemoved: false,
      bars: ['application_pending'],
    });
    expect(removalGuard([c('rejected_final'), c('withdrawn'), c('tp_ended')], TODAY)).toEqual({
      mayBeRemoved: true,
      bars: [],
    });
  });

  it('every bar can be produced', () => {
    const all = removalGuard(
      [
        c('lodged'),
        c('decided'),
        c('notified', '2026-03-11'),
        c('notified', null),
        c('under_appeal'),
        c('protected'),
        c('tp_pending'),
      ],
      TODAY,
    );
    expect(all.bars).toEqual([...REMOVAL_BARS]);
  });
});
