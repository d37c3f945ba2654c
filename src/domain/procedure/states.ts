// The vocabulary of a protection case: its states, decisions, grounds, appeal bodies and the
// commands that move it. The transitions themselves are in machine.ts.

export const TRACKS = ['international_protection', 'temporary_protection'] as const;
export type Track = (typeof TRACKS)[number];

export const CASE_STATES = [
  // International protection (LFIP Arts. 65–81, 85–86)
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
  // Temporary protection (LFIP Art. 91, TPR): group-based, no individual status determination
  'tp_pending',
  'tp_granted',
  'tp_ended',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const FINAL_STATES: readonly CaseState[] = ['rejected_final', 'withdrawn', 'status_ended', 'tp_ended'];
/** States in which an international-protection application is pending (LFIP Art. 80, Art. 4). */
export const PENDING_STATES: readonly CaseState[] = [
  'lodged',
  'referred',
  'registered',
  'interview_scheduled',
  'interviewed',
  'decided',
  'notified',
  'under_appeal',
];

export const PROCEDURES = ['regular', 'accelerated'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const DECISIONS = [
  'refugee',
  'conditional_refugee',
  'subsidiary_protection',
  'rejected',
  'inadmissible',
  'excluded',
  'implicitly_withdrawn',
  'cessation',
  'cancellation',
] as const;
export type Decision = (typeof DECISIONS)[number];
export const POSITIVE_DECISIONS: readonly Decision[] = [
  'refugee',
  'conditional_refugee',
  'subsidiary_protection',
];
export const isPositive = (d: Decision | null) => d !== null && POSITIVE_DECISIONS.includes(d);

/** LFIP Art. 79(1): the seven grounds for the accelerated procedure. */
export const ACCELERATION_GROUNDS = [
  'no_protection_issue',
  'misleading_documents',
  'destroyed_documents_bad_faith',
  'applied_after_removal_detention',
  'applied_to_delay_removal',
  'public_order_threat',
  'subsequent_after_implicit_withdrawal',
] as const;
export type AccelerationGround = (typeof ACCELERATION_GROUNDS)[number];

/** LFIP Art. 72(1): (a), (b), (c), (ç). HQ must be told within 24 hours for (a) and (b). */
export const INADMISSIBILITY_GROUNDS = ['a', 'b', 'c', 'ç'] as const;
export type InadmissibilityGround = (typeof INADMISSIBILITY_GROUNDS)[number];
export const HQ_NOTICE_GROUNDS: readonly InadmissibilityGround[] = ['a', 'b'];

/** LFIP Art. 77(1) [OLGUN] [HELP-rights2017]. */
export const WITHDRAWAL_GROUNDS = [
  'missed_interviews',
  'missed_reporting',
  'absconded_from_detention',
  'left_assigned_province',
  'objected_to_data_collection',
  'registration_obligations_unmet',
] as const;
export type WithdrawalGround = (typeof WITHDRAWAL_GROUNDS)[number];

export const APPEAL_BODIES = ['ipec', 'administrative_court', 'regional_administrative_court'] as const;
export type AppealBody = (typeof APPEAL_BODIES)[number];
export const APPEAL_OUTCOMES = ['dismissed', 'annulled'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const LODGING_CHANNELS = ['directorate', 'police', 'gendarmerie', 'coast_guard'] as const;
export type LodgingChannel = (typeof LODGING_CHANNELS)[number];

// Temporary protection covers persons coming from Syria: Syrian nationals, Palestinians and
// stateless persons from Syria (TPR Provisional Art. 1). Country of origin is not yet recorded
// separately, so nationality stands in for it.
const TEMPORARY_PROTECTION_NATIONALITIES: ReadonlySet<string> = new Set(['SYR', 'PSE', 'XXA']);
export const mayHaveTemporaryProtection = (nationality: string) =>
  TEMPORARY_PROTECTION_NATIONALITIES.has(nationality);

export const TP_END_GROUNDS = ['resettled', 'left_turkiye', 'voluntary_return', 'other'] as const;

/** Who issued the decision that is being served or appealed. */
export const DECISION_ISSUERS = [
  'authority',
  'ipec',
  'administrative_court',
  'regional_administrative_court',
] as const;
export type DecisionBy = (typeof DECISION_ISSUERS)[number];

/** What the rules need to know about a case; the service builds it from the database. */
export interface CaseFacts {
  track: Track;
  state: CaseState;
  procedure: Procedure;
  decision: Decision | null;
  decisionBy: DecisionBy | null;
  inadmissibilityGround: InadmissibilityGround | null;
  hqNotified: boolean;
  interviewsHeld: number;
  missedInterviewsInARow: number;
  missedReportingInARow: number;
  /** Appeal bodies whose filing window is open today (by the protective last day). */
  openAppealWindows: readonly AppealBody[];
  pendingAppeal: AppealBody | null;
  /** The 6-month decision target (T5) has passed and the applicant has not yet been told. */
  delayNoticeOwed: boolean;
}

export type Command =
  | { action: 'refer_to_province'; provinceCode: string }
  | { action: 'register' }
  | { action: 'accelerate'; ground: AccelerationGround }
  | { action: 'return_to_regular' }
  | { action: 'assign_caseworker'; userId: string }
  | {
      action: 'schedule_interview';
      scheduledAt: string;
      location?: string | undefined;
      interpreterLanguage: string | null;
      attendees: string[];
    }
  | { action: 'record_interview'; record: string }
  | { action: 'record_missed_interview'; excused: boolean }
  | {
      action: 'decide';
      decision: Decision;
      reasons: string;
      inadmissibilityGround?: InadmissibilityGround | undefined;
      withdrawalGround?: WithdrawalGround | undefined;
    }
  | { action: 'notify_headquarters' }
  | { action: 'serve_decision' }
  | { action: 'serve_delay_notice' }
  | { action: 'file_appeal'; body: AppealBody }
  | { action: 'record_appeal_outcome'; outcome: AppealOutcome; reasons: string }
  | { action: 'finalise' }
  | { action: 'withdraw'; statement: string }
  | { action: 'set_reporting_schedule'; intervalDays: number; firstDueOn: string }
  | { action: 'record_reporting'; dueOn: string; attended: boolean }
  | { action: 'grant_temporary_protection' }
  | { action: 'end_temporary_protection'; ground: (typeof TP_END_GROUNDS)[number] };

export type Action = Command['action'];
