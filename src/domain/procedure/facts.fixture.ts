// Case facts for the procedure's tests: a fresh case on either track, or any state with
// overrides. The state lists are written out by hand, not taken from states.ts, so that a state
// moved from one track to the other there fails the tests.
import type { CaseFacts, CaseState } from './states.ts';

export const IP_STATES: readonly CaseState[] = [
  'lodged',
  'referred',
  'registered',
  'interview_scheduled',
  'interviewed',
  'decided',
  'notified',
  'under_appeal',
  'protected',
  'rejected_final',
  'withdrawn',
  'status_ended',
];
export const TP_STATES: readonly CaseState[] = ['tp_pending', 'tp_granted', 'tp_ended'];

export const FRESH_IP: CaseFacts = {
  track: 'international_protection',
  state: 'lodged',
  procedure: 'regular',
  decision: null,
  decisionBy: null,
  inadmissibilityGround: null,
  hqNotified: false,
  interviewsHeld: 0,
  missedInterviewsInARow: 0,
  missedReportingInARow: 0,
  openAppealWindows: [],
  pendingAppeal: null,
  delayNoticeOwed: false,
};
export const FRESH_TP: CaseFacts = { ...FRESH_IP, track: 'temporary_protection', state: 'tp_pending' };

/** A case in `state`, on the track that state belongs to, with the given facts changed. */
export function factsIn(state: CaseState, over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    ...FRESH_IP,
    track: TP_STATES.includes(state) ? 'temporary_protection' : 'international_protection',
    state,
    ...over,
  };
}
