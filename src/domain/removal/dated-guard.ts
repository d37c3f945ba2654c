// "Could this removal be carried out on that day?" asked of what is recorded now: the protection
// procedure's bars (LFIP Art. 4), the open removal decision's own (Arts. 52-53, 56) and the
// Art. 55 protections, each with its rule and, where the record knows it, the last day it
// stands. A question only: carrying out is judged again, on the day itself, under locks.
import { barOf, type RemovalCaseFacts } from '../procedure/non-refoulement.ts';
import { executionBars, protectionActive, type Art55Ground, type RemovalFacts } from './removal.ts';

export interface DatedBar {
  bar: string;
  rule: string;
  /** The last day the bar stands on what is recorded now; null when it lasts until someone acts. */
  lastDay: string | null;
}

export interface DatedGuardInput {
  on: string;
  cases: readonly RemovalCaseFacts[];
  /** The person's open removal decision, if any: without one nothing can be carried out. */
  removal: RemovalFacts | null;
  protections: readonly {
    ground: Art55Ground;
    recordedOn: string;
    until: string | null;
    endedOn: string | null;
  }[];
}

export interface DatedGuard {
  on: string;
  mayBeCarriedOut: boolean;
  bars: DatedBar[];
}

/** The earliest day a question may be asked about: the first recorded event of the person. */
export function earliestRecordedDay(days: readonly (string | null | undefined)[]): string | null {
  let earliest: string | null = null;
  for (const d of days) if (d && (earliest === null || d < earliest)) earliest = d;
  return earliest;
}

export function datedRemovalGuard(input: DatedGuardInput): DatedGuard {
  const { on } = input;
  const bars: DatedBar[] = [];
  for (const p of input.protections)
    if (protectionActive(p, on) && !bars.some((b) => b.rule === `LFIP-55-${p.ground}`))
      bars.push({
        bar: 'art55_protection',
        rule: `LFIP-55-${p.ground}`,
        lastDay: p.until,
      });
  for (const c of input.cases) {
    const bar = barOf(c, on);
    if (bar && !bars.some((b) => b.bar === bar))
      bars.push({
        bar,
        rule: 'LFIP-4',
        lastDay: bar === 'appeal_window_open' ? c.appealWindowOpenUntil : null,
      });
  }
  if (input.removal === null) bars.push({ bar: 'no_removal_decision', rule: 'LFIP-52', lastDay: null });
  else
    for (const b of executionBars(input.removal, [], { mayBeRemoved: true, bars: [] }, on))
      bars.push({
        ...b,
        lastDay:
          b.bar === 'removal_appeal_window_open'
            ? input.removal.appealProtectiveLastDay
            : b.bar === 'voluntary_departure_running'
              ? input.removal.voluntaryDepartureUntil
              : null,
      });
  return { on, mayBeCarriedOut: bars.length === 0, bars };
}
