// Builds the pure domain's view of a case (CaseFacts) from its row and its clocks.
import type { CaseClockRow, ProtectionCaseRow } from '../../db/schema.ts';
import { APPEAL_WINDOWS } from '../../domain/procedure/clocks.ts';
import type { AppealBody, CaseFacts } from '../../domain/procedure/states.ts';

/** Appeal windows still open today, judged by the protective last day (never close one early). */
export function openAppealWindows(clocks: readonly CaseClockRow[], today: string): AppealBody[] {
  const open = new Set<AppealBody>();
  for (const c of clocks) {
    const body = APPEAL_WINDOWS[c.code];
    if (body && c.closed_on === null && today <= c.protective_last_day) open.add(body);
  }
  return [...open];
}

export function latestWindowDay(clocks: readonly CaseClockRow[]): string | null {
  let latest: string | null = null;
  for (const c of clocks) {
    if (APPEAL_WINDOWS[c.code] && c.closed_on === null && (latest === null || c.protective_last_day > latest))
      latest = c.protective_last_day;
  }
  return latest;
}

export function delayNoticeOwed(
  row: ProtectionCaseRow,
  clocks: readonly CaseClockRow[],
  today: string,
): boolean {
  if (row.delay_notice_served_on) return false;
  return clocks.some((c) => c.code === 'T5' && c.closed_on === null && c.last_day < today);
}

export function factsOf(
  row: ProtectionCaseRow,
  clocks: readonly CaseClockRow[],
  actOn: string,
  today: string,
): CaseFacts {
  return {
    track: row.track,
    state: row.state,
    procedure: row.procedure,
    decision: row.decision,
    decisionBy: row.decision_by,
    inadmissibilityGround: row.inadmissibility_ground,
    hqNotified: row.hq_notified,
    interviewsHeld: row.interviews_held,
    missedInterviewsInARow: row.missed_interviews_in_a_row,
    missedReportingInARow: row.missed_reporting_in_a_row,
    openAppealWindows: openAppealWindows(clocks, actOn),
    pendingAppeal: row.pending_appeal,
    delayNoticeOwed: delayNoticeOwed(row, clocks, today),
  };
}
