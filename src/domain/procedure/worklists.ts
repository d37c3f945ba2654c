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

/** The worklist group of a clock: each clock is on one group's ordered index range. */
export const CLOCK_GROUPS = [
  'interviews',
  'decisions',
  'appeal_windows',
  'appeal_decisions',
  'hq_notifications',
  'satellite_arrivals',
  'none',
] as const;
export type ClockGroup = (typeof CLOCK_GROUPS)[number];

export const CLOCK_GROUP: Readonly<Record<LimitCode, ClockGroup>> = {
  T1: 'satellite_arrivals',
  T3: 'interviews',
  'T6-interview': 'interviews',
  T5: 'decisions',
  'T6-decision': 'decisions',
  T7: 'hq_notifications',
  'T9-appeal': 'appeal_windows',
  T10: 'appeal_windows',
  'T10-other': 'appeal_windows',
  'T11-appeal': 'appeal_windows',
  'T11-inadmissible': 'appeal_windows',
  'T10-onward': 'appeal_windows',
  'T9-decision': 'appeal_decisions',
  'T11-decision': 'appeal_decisions',
  // Limits that are not case clocks (documents, rights, removal, applicants' own duties).
  T2: 'none',
  T4: 'none',
  'T12-appeal': 'none',
  'T12-decision': 'none',
  // Removal and detention keep their own dates (modules removal and detention).
  T13: 'none',
  T14: 'none',
  T15: 'none',
  'T16-initial': 'none',
  'T16-extension': 'none',
  'T16-review': 'none',
  T17: 'none',
  T18: 'none',
  T19: 'none',
  T20: 'none',
  T21: 'none',
  T22: 'none',
  'T23-employment': 'none',
  'T23-income': 'none',
  T24: 'none',
};

export type WorklistDefinition =
  | {
      kind: 'clock';
      group: Exclude<ClockGroup, 'none'>;
      /** Only these codes of the group. */
      codes?: readonly LimitCode[];
      /** 'overdue': last day passed; 'open': the window has not closed (protective last day). */
      when: 'any' | 'overdue' | 'open';
      states?: readonly CaseState[];
      delayNoticeOwed?: boolean;
    }
  | { kind: 'case' }
  | { kind: 'document'; horizonDays: number };

const PRE_DECISION: readonly CaseState[] = ['registered', 'interview_scheduled', 'interviewed'];

export const WORKLIST_DEFINITIONS: Readonly<Record<Worklist, WorklistDefinition>> = {
  interviews_to_schedule: { kind: 'clock', group: 'interviews', when: 'any', states: ['registered'] },
  interviews_overdue: { kind: 'clock', group: 'interviews', when: 'overdue' },
  decisions_due: { kind: 'clock', group: 'decisions', when: 'any', states: ['interviewed'] },
  delay_notices: { kind: 'clock', group: 'decisions', codes: ['T5'], when: 'overdue', delayNoticeOwed: true },
  notifications_to_serve: { kind: 'case' },
  hq_notifications: { kind: 'clock', group: 'hq_notifications', when: 'any' },
  appeal_windows: { kind: 'clock', group: 'appeal_windows', when: 'open' },
  appeal_decisions: { kind: 'clock', group: 'appeal_decisions', when: 'any' },
  finalise: { kind: 'case' },
  satellite_arrivals: { kind: 'clock', group: 'satellite_arrivals', when: 'any' },
  reporting_missed: { kind: 'case' },
  implicit_withdrawal: { kind: 'case' },
  documents_expiring: { kind: 'document', horizonDays: 30 },
};

export const IMPLICIT_WITHDRAWAL_STATES: readonly CaseState[] = PRE_DECISION;
/** Three missed interviews or reporting duties in a row (LFIP Art. 77, T8). */
export const MISSES_FOR_IMPLICIT_WITHDRAWAL = 3;
