// LFIP Art. 4: no one within the scope of the Law is sent where they would face torture,
// inhuman or degrading treatment, or persecution. This is the single place that says whether a
// person may be removed as far as the protection procedure is concerned; removal orders (a later
// module) must call it, and may add bars of their own (Art. 55), never remove one.
import { finalSince } from './finality.ts';
import type { CaseState, Track } from './states.ts';

export interface RemovalCaseFacts {
  track: Track;
  state: CaseState;
  /** The latest protective last day of the case's appeal windows still running, if any. */
  appealWindowOpenUntil: string | null;
}

export const REMOVAL_BARS = [
  'application_pending',
  'decision_not_served',
  'appeal_window_open',
  'decision_not_final',
  'appeal_pending',
  'protection_status_held',
  'temporary_protection_held',
] as const;
export type RemovalBar = (typeof REMOVAL_BARS)[number];

export interface RemovalGuard {
  mayBeRemoved: boolean;
  bars: RemovalBar[];
}

/** The bar one case sets on a day, if any. */
export function barOf(c: RemovalCaseFacts, today: string): RemovalBar | null {
  switch (c.state) {
    case 'lodged':
    case 'referred':
    case 'registered':
    case 'interview_scheduled':
    case 'interviewed':
      return 'application_pending';
    case 'decided':
      return 'decision_not_served';
    case 'notified':
      if (c.appealWindowOpenUntil !== null && today <= c.appealWindowOpenUntil) return 'appeal_window_open';
      // Final the day after its last window ran out with no appeal; with no window recorded the
      // record cannot tell, and the decision is not final until a person says so.
      return finalSince({ state: c.state, lastWindowDay: c.appealWindowOpenUntil, finalOn: null }, today)
        ? null
        : 'decision_not_final';
    case 'under_appeal':
      return 'appeal_pending';
    case 'protected':
      return 'protection_status_held';
    case 'tp_pending':
    case 'tp_granted':
      return 'temporary_protection_held';
    case 'rejected_final':
    case 'withdrawn':
    case 'status_ended':
    case 'tp_ended':
      return null;
  }
}

/** Whether the procedure allows removing a person, with every bar that forbids it. */
export function removalGuard(cases: readonly RemovalCaseFacts[], today: string): RemovalGuard {
  const bars = new Set<RemovalBar>();
  for (const c of cases) {
    const bar = barOf(c, today);
    if (bar) bars.add(bar);
  }
  return { mayBeRemoved: bars.size === 0, bars: REMOVAL_BARS.filter((b) => bars.has(b)) };
}
