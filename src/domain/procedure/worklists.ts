// The worklists of caseworkers and decision-makers: which cases need which act, soonest legal
// deadline first and applicants with special needs (LFIP Art. 67) before everyone else.
import type { LimitCode } from './time-limits.ts';
import type { CaseState } from './states.ts';

export const WORKLISTS = [
  'interviews_to_schedule',
  'interviews_overdue',
  'decisions_due',
  'delay_notices',
  'notifications_to_serve',
  'hq_notifications',
  'appeal_windows',
  'appeal_decisions',
  'finalise',
  'satellite_arrivals',
  'reporting_missed',
  'implicit_withdrawal',
  'documents_expiring',
] as const;
export type Worklist = (typeof WORKLISTS)[number];

export type WorklistDefinition =
  | {
      kind: 'clock';
      codes: readonly LimitCode[];
      /** 'overdue': last day passed; 'open': the window has not closed (protective last day). */
      when: 'any' | 'overdue' | 'open';
      states?: readonly CaseState[];
      delayNoticeOwed?: boolean;
    }
  | { kind: 'case' }
  | { kind: 'document'; horizonDays: number };

const PRE_DECISION: readonly CaseState[] = ['registered', 'interview_scheduled', 'interviewed'];

export const WORKLIST_DEFINITIONS: Readonly<Record<Worklist, WorklistDefinition>> = {
  interviews_to_schedule: {
    kind: 'clock',
    codes: ['T3', 'T6-interview'],
    when: 'any',
    states: ['registered'],
  },
  interviews_overdue: { kind: 'clock', codes: ['T3', 'T6-interview'], when: 'overdue' },
  decisions_due: { kind: 'clock', codes: ['T5', 'T6-decision'], when: 'any', states: ['interviewed'] },
  delay_notices: { kind: 'clock', codes: ['T5'], when: 'overdue', delayNoticeOwed: true },
  notifications_to_serve: { kind: 'case' },
  hq_notifications: { kind: 'clock', codes: ['T7'], when: 'any' },
  appeal_windows: {
    kind: 'clock',
    codes: ['T9-appeal', 'T10', 'T10-other', 'T11-appeal', 'T11-inadmissible', 'T10-onward'],
    when: 'open',
  },
  appeal_decisions: { kind: 'clock', codes: ['T9-decision', 'T11-decision'], when: 'any' },
  finalise: { kind: 'case' },
  satellite_arrivals: { kind: 'clock', codes: ['T1'], when: 'any' },
  reporting_missed: { kind: 'case' },
  implicit_withdrawal: { kind: 'case' },
  documents_expiring: { kind: 'document', horizonDays: 30 },
};

export const IMPLICIT_WITHDRAWAL_STATES: readonly CaseState[] = PRE_DECISION;
/** Three missed interviews or reporting duties in a row (LFIP Art. 77, T8). */
export const MISSES_FOR_IMPLICIT_WITHDRAWAL = 3;
