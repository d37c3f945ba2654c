// The procedure as an explicit state machine: one table says which role may take which action
// from which state, and under which further rule. `apply` is pure: it returns the next facts of
// the case or the rule that forbids the step. The service persists the result; tests walk the
// table (machine.test.ts) and random sequences of commands (machine.property.test.ts).
import type { Role } from '../access.ts';
import {
  FINAL_STATES,
  HQ_NOTICE_GROUNDS,
  isPositive,
  type Action,
  type CaseFacts,
  type CaseState,
  type Command,
  type Decision,
} from './states.ts';

export interface RuleBreach {
  /** Stable name of the rule, returned to clients in the problem's `rule` member. */
  rule: string;
  message: string;
}

interface Transition<A extends Action = Action> {
  action: A;
  roles: readonly Role[];
  from: readonly CaseState[];
  /** A rule on the case alone: when it fails, the action is not offered at all. */
  precondition?: (facts: CaseFacts) => RuleBreach | null;
  /** A rule on the case and on what the command asks for. */
  guard?: (facts: CaseFacts, cmd: Extract<Command, { action: A }>) => RuleBreach | null;
  next: (facts: CaseFacts, cmd: Extract<Command, { action: A }>) => CaseFacts;
}

const REG: Role = 'registration_officer';
const CW: Role = 'protection_caseworker';
const DM: Role = 'decision_maker';
const ADMIN: Role = 'administrator';

const BEFORE_DECISION: readonly CaseState[] = [
  'lodged',
  'referred',
  'registered',
  'interview_scheduled',
  'interviewed',
];
const OPEN_IP: readonly CaseState[] = [
  ...BEFORE_DECISION,
  'decided',
  'notified',
  'under_appeal',
  'protected',
];
const REPORTING: readonly CaseState[] = [
  'registered',
  'interview_scheduled',
  'interviewed',
  'decided',
  'notified',
  'under_appeal',
];

const breach = (rule: string, message: string): RuleBreach => ({ rule, message });
const same = (facts: CaseFacts) => facts;

/** The state a case returns to when a decision is annulled: the examination resumes. */
function reopenedState(facts: CaseFacts): CaseState {
  if (facts.decision === 'cessation' || facts.decision === 'cancellation') return 'protected';
  return facts.interviewsHeld > 0 ? 'interviewed' : 'registered';
}

function finalStateFor(decision: Decision | null): CaseState {
  if (decision === 'implicitly_withdrawn') return 'withdrawn';
  if (decision === 'cessation' || decision === 'cancellation') return 'status_ended';
  return 'rejected_final';
}

/** Decisions after which a court's dismissal is final (LFIP Art. 80, T11). */
function courtDecisionIsFinal(facts: CaseFacts): boolean {
  return facts.procedure === 'accelerated' || facts.decision === 'inadmissible';
}

function decisionGuard(facts: CaseFacts, cmd: Extract<Command, { action: 'decide' }>): RuleBreach | null {
  const d = cmd.decision;
  if (d === 'cessation' || d === 'cancellation') {
    return facts.state === 'protected'
      ? null
      : breach('LFIP-85-86', 'Cessation and cancellation apply to a status already granted');
  }
  if (facts.state === 'protected')
    return breach('LFIP-85-86', 'A status holder can only lose the status by cessation or cancellation');
  if (d === 'inadmissible') {
    if (!cmd.inadmissibilityGround) return breach('LFIP-72', 'Name the Art. 72 ground (a, b, c or ç)');
    return null;
  }
  if (d === 'implicitly_withdrawn') {
    if (!cmd.withdrawalGround) return breach('LFIP-77', 'Name the Art. 77 ground');
    if (cmd.withdrawalGround === 'missed_interviews' && facts.missedInterviewsInARow < 3)
      return breach('LFIP-77-T8', 'Implicit withdrawal needs three interviews missed in a row');
    if (cmd.withdrawalGround === 'missed_reporting' && facts.missedReportingInARow < 3)
      return breach('LFIP-77-T8', 'Implicit withdrawal needs three reporting duties missed in a row');
    return null;
  }
  if (facts.state !== 'interviewed')
    return breach('LFIP-75-78', 'A decision on the merits follows the personal interview');
  return null;
}

const TABLE: { [A in Action]: Transition<A> } = {
  refer_to_province: {
    action: 'refer_to_province',
    roles: [REG, ADMIN],
    from: ['lodged'],
    next: (f) => ({ ...f, state: 'referred' }),
  },
  register: {
    action: 'register',
    roles: [REG, ADMIN],
    from: ['lodged', 'referred'],
    next: (f) => ({ ...f, state: 'registered' }),
  },
  accelerate: {
    action: 'accelerate',
    roles: [CW, DM, ADMIN],
    from: ['lodged', 'registered', 'interview_scheduled', 'interviewed'],
    precondition: (f) =>
      f.procedure === 'accelerated'
        ? breach('LFIP-79', 'The case is already in the accelerated procedure')
        : null,
    next: (f) => ({ ...f, procedure: 'accelerated' }),
  },
  return_to_regular: {
    action: 'return_to_regular',
    roles: [CW, DM, ADMIN],
    from: BEFORE_DECISION,
    precondition: (f) =>
      f.procedure === 'regular' ? breach('LFIP-79', 'The case is already in the regular procedure') : null,
    next: (f) => ({ ...f, procedure: 'regular' }),
  },
  assign_caseworker: { action: 'assign_caseworker', roles: [CW, DM, ADMIN], from: OPEN_IP, next: same },
  schedule_interview: {
    action: 'schedule_interview',
    roles: [CW, ADMIN],
    from: ['registered', 'interview_scheduled', 'interviewed'],
    next: (f) => ({ ...f, state: 'interview_scheduled' }),
  },
  record_interview: {
    action: 'record_interview',
    roles: [CW, ADMIN],
    from: ['interview_scheduled'],
    next: (f) => ({
      ...f,
      state: 'interviewed',
      interviewsHeld: f.interviewsHeld + 1,
      missedInterviewsInARow: 0,
    }),
  },
  record_missed_interview: {
    action: 'record_missed_interview',
    roles: [CW, ADMIN],
    from: ['interview_scheduled'],
    next: (f, c) => ({
      ...f,
      state: f.interviewsHeld > 0 ? 'interviewed' : 'registered',
      // An excused absence does not count towards implicit withdrawal (Art. 77: "without excuse").
      missedInterviewsInARow: c.excused ? f.missedInterviewsInARow : f.missedInterviewsInARow + 1,
    }),
  },
  decide: {
    action: 'decide',
    roles: [DM, ADMIN],
    from: ['referred', 'registered', 'interview_scheduled', 'interviewed', 'protected'],
    guard: decisionGuard,
    next: (f, c) => ({
      ...f,
      state: 'decided',
      decision: c.decision,
      decisionBy: 'authority',
      inadmissibilityGround: c.decision === 'inadmissible' ? (c.inadmissibilityGround ?? null) : null,
      hqNotified: false,
    }),
  },
  notify_headquarters: {
    action: 'notify_headquarters',
    roles: [CW, DM, ADMIN],
    from: ['decided', 'notified', 'under_appeal'],
    precondition: (f) => {
      if (
        f.decision !== 'inadmissible' ||
        !f.inadmissibilityGround ||
        !HQ_NOTICE_GROUNDS.includes(f.inadmissibilityGround)
      )
        return breach('LFIP-72-T7', 'Headquarters is notified of inadmissibility on grounds (a) and (b)');
      return f.hqNotified ? breach('LFIP-72-T7', 'Headquarters has already been notified') : null;
    },
    next: (f) => ({ ...f, hqNotified: true }),
  },
  serve_decision: {
    action: 'serve_decision',
    roles: [CW, DM, ADMIN],
    from: ['decided'],
    next: (f) => ({ ...f, state: isPositive(f.decision) ? 'protected' : 'notified' }),
  },
  serve_delay_notice: {
    action: 'serve_delay_notice',
    roles: [CW, DM, ADMIN],
    from: BEFORE_DECISION,
    precondition: (f) =>
      f.delayNoticeOwed
        ? null
        : breach('LFIP-78-T5', 'No delay notice is owed: the six months have not passed or notice was given'),
    next: (f) => ({ ...f, delayNoticeOwed: false }),
  },
  file_appeal: {
    action: 'file_appeal',
    roles: [REG, CW, DM, ADMIN],
    from: ['notified'],
    precondition: (f) =>
      f.openAppealWindows.length > 0
        ? null
        : breach('LFIP-80', 'Every appeal window against this decision has closed'),
    guard: (f, c) =>
      f.openAppealWindows.includes(c.body)
        ? null
        : breach('LFIP-80', `No appeal to ${c.body} is open against this decision`),
    next: (f, c) => ({ ...f, state: 'under_appeal', pendingAppeal: c.body, openAppealWindows: [] }),
  },
  record_appeal_outcome: {
    action: 'record_appeal_outcome',
    roles: [CW, DM, ADMIN],
    from: ['under_appeal'],
    next: (f, c) => {
      const body = f.pendingAppeal;
      const base = { ...f, pendingAppeal: null };
      if (c.outcome === 'annulled') return { ...base, state: reopenedState(f), decisionBy: null };
      if (
        body === 'regional_administrative_court' ||
        (body === 'administrative_court' && courtDecisionIsFinal(f))
      )
        return { ...base, state: finalStateFor(f.decision) };
      // IPEC's rejection, or a first-instance court's, is served like a decision: a new window opens.
      return { ...base, state: 'notified', decisionBy: body };
    },
  },
  finalise: {
    action: 'finalise',
    roles: [CW, DM, ADMIN],
    from: ['notified'],
    precondition: (f) =>
      f.openAppealWindows.length > 0 ? breach('LFIP-80', 'An appeal window is still open') : null,
    next: (f) => ({ ...f, state: finalStateFor(f.decision) }),
  },
  withdraw: {
    action: 'withdraw',
    roles: [REG, CW, ADMIN],
    from: BEFORE_DECISION,
    next: (f) => ({ ...f, state: 'withdrawn' }),
  },
  set_reporting_schedule: {
    action: 'set_reporting_schedule',
    roles: [REG, CW, ADMIN],
    from: REPORTING,
    next: same,
  },
  record_reporting: {
    action: 'record_reporting',
    roles: [REG, CW, ADMIN],
    from: REPORTING,
    next: (f, c) => ({ ...f, missedReportingInARow: c.attended ? 0 : f.missedReportingInARow + 1 }),
  },
  grant_temporary_protection: {
    action: 'grant_temporary_protection',
    roles: [REG, DM, ADMIN],
    from: ['tp_pending'],
    next: (f) => ({ ...f, state: 'tp_granted' }),
  },
  end_temporary_protection: {
    action: 'end_temporary_protection',
    roles: [DM, ADMIN],
    from: ['tp_granted'],
    next: (f) => ({ ...f, state: 'tp_ended' }),
  },
};

export const TRANSITIONS: readonly Transition[] = Object.values(TABLE) as Transition[];

export type ApplyResult = { ok: true; facts: CaseFacts } | { ok: false; breach: RuleBreach };

export function apply(facts: CaseFacts, cmd: Command, role: Role): ApplyResult {
  const t = TABLE[cmd.action] as Transition;
  if (!t.roles.includes(role))
    return { ok: false, breach: breach('ROLE', `A ${role} may not ${cmd.action.replaceAll('_', ' ')}`) };
  if (!t.from.includes(facts.state)) {
    const why = FINAL_STATES.includes(facts.state) ? 'the case is closed' : `the case is ${facts.state}`;
    return { ok: false, breach: breach('STATE', `Cannot ${cmd.action.replaceAll('_', ' ')}: ${why}`) };
  }
  const problem = t.precondition?.(facts) ?? t.guard?.(facts, cmd);
  if (problem) return { ok: false, breach: problem };
  return { ok: true, facts: t.next(facts, cmd) };
}

/** Actions this role could take now (a guard on the command's details may still refuse one). */
export function availableActions(facts: CaseFacts, role: Role): Action[] {
  return TRANSITIONS.filter(
    (t) => t.roles.includes(role) && t.from.includes(facts.state) && !t.precondition?.(facts),
  ).map((t) => t.action);
}
