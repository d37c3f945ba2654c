// When a decision becomes final (LFIP Art. 80, domain.md §4.9) as a fact the system derives, not a
// step a clerk must remember: on the day after the last protective day of the last appeal window
// open against it when no appeal was lodged, and with the final judgment otherwise. Until then,
// and whenever the record cannot tell (no window recorded, a judgment awaited), it is not final.
import { addDays } from '../calendar.ts';
import { FINAL_STATES, type CaseState } from './states.ts';

export interface FinalityFacts {
  state: CaseState;
  /** The latest protective last day of the appeal windows still open against the decision. */
  lastWindowDay: string | null;
  /** The day the case reached its final state (a final judgment, or the decision's finality recorded). */
  finalOn: string | null;
  /** The day a pending appeal was withdrawn: the decision stands, and its windows may still run. */
  appealWithdrawnOn?: string | null;
}

/** The first day the decision is final, if it is final on `on`; null while it is not (yet). */
export function finalSince(f: FinalityFacts, on: string): string | null {
  if (FINAL_STATES.includes(f.state)) return f.finalOn !== null && f.finalOn <= on ? f.finalOn : null;
  const withdrawn = f.state === 'under_appeal' ? (f.appealWithdrawnOn ?? null) : null;
  if (f.state !== 'notified' && withdrawn === null) return null;
  // A withdrawn appeal leaves the decision as if none had been lodged, but not before the withdrawal.
  const afterWindows = f.lastWindowDay === null ? null : addDays(f.lastWindowDay, 1);
  const since =
    withdrawn === null
      ? afterWindows
      : afterWindows === null || afterWindows < withdrawn
        ? withdrawn
        : afterWindows;
  return since !== null && since <= on ? since : null;
}

/** Whether a recorded state (as the event log stores it, a plain string) is a final one. */
export function isFinalState(state: string | null): boolean {
  return FINAL_STATES.some((s) => s === state);
}
