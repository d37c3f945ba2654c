// The catalogue keys every resettlement and data-sharing code the server sends needs (read by the
// catalogue test, web/src/i18n.test.ts): the server's own lists, so a new code without words fails.
import {
  ORGANISATION_KINDS,
  REFERRAL_SERVICES,
  SHAREABLE_FIELDS,
  SHARING_PURPOSES,
} from '../../../../src/domain/sharing/boundary.ts';
import {
  PRIORITIES,
  REVIEW_OUTCOMES as RESETTLEMENT_REVIEW_OUTCOMES,
  STAGES as RESETTLEMENT_STAGES,
  STEPS as RESETTLEMENT_STEPS,
  SUBMISSION_CATEGORIES,
} from '../../../../src/domain/resettlement/resettlement.ts';
import {
  AGENCY_REFERRAL_STATUSES,
  DECISION_MODES,
  ELIGIBILITY_REFUSALS,
  TIMELINESS,
} from '../../api/sharing-codes.ts';

// Resettlement and sharing: the events a case's timeline holds (the referral and each step,
// resettlement.service.ts and resettlement.steps.ts), what each event's details say, the refusals
// a step or referral names (the field codes of its RULE_VIOLATION), and the rules it names.
const RESETTLEMENT_EVENTS = ['refer', ...Object.keys(RESETTLEMENT_STEPS)];
const RESETTLEMENT_EVENT_DETAILS = [
  'organisation',
  'state',
  'members',
  'accepted',
  'rejected',
  'departed',
  'priority',
  'primary',
  'secondary',
  'outcome',
  'mode',
  'targetDate',
  'medical',
  'orientation',
  'protectionCasesKept',
  'reason',
];
const SHARING_REFUSALS = ['consent_required', 'pre_departure_missing', 'no_agreement'];
const SHARING_RULES = ['CONSENT_REQUIRED', 'FOUR_EYES', 'STAGE', 'NO_AGREEMENT', 'RESETTLEMENT-ELIGIBILITY'];
const REFERRAL_ANSWERS = AGENCY_REFERRAL_STATUSES.filter((s) => s !== 'sent');

/** Every key the resettlement and sharing screens name from a code. */
export const SHARING_CATALOGUE_KEYS: string[] = [
  ...RESETTLEMENT_STAGES.map((c) => `rsStage.${c}`),
  ...PRIORITIES.map((c) => `rsPriority.${c}`),
  ...SUBMISSION_CATEGORIES.map((c) => `rsCategory.${c}`),
  ...RESETTLEMENT_REVIEW_OUTCOMES.map((c) => `rsReviewOutcome.${c}`),
  ...TIMELINESS.map((c) => `rsTimeliness.${c}`),
  ...DECISION_MODES.map((c) => `rsDecisionMode.${c}`),
  ...['accepted', 'rejected'].map((c) => `rsMemberDecision.${c}`),
  ...Object.keys(RESETTLEMENT_STEPS).flatMap((c) => [`rsStep.${c}`, `rsStepDone.${c}`]),
  ...RESETTLEMENT_EVENTS.map((c) => `rsEvent.${c}`),
  ...RESETTLEMENT_EVENT_DETAILS.map((c) => `rsEventDetail.${c}`),
  ...[...ELIGIBILITY_REFUSALS, ...SHARING_REFUSALS].map((c) => `refusal.${c}`),
  ...SHARING_RULES.map((c) => `rule.${c}`),
  ...SHAREABLE_FIELDS.map((c) => `shareField.${c}`),
  ...[...REFERRAL_SERVICES, ...SHARING_PURPOSES].map((c) => `sharingPurpose.${c}`),
  ...ORGANISATION_KINDS.map((c) => `organisationKind.${c}`),
  ...AGENCY_REFERRAL_STATUSES.map((c) => `agencyReferralStatus.${c}`),
  ...REFERRAL_ANSWERS.flatMap((c) => [`referralAnswer.${c}`, `referralAnswerDone.${c}`]),
  ...['byState', 'byCategory', 'byPriority', 'medicalCheck', 'orientationCheck'].map(
    (c) => `resettlement.${c}`,
  ),
  ...['inbox', 'outbox', 'reason', 'outcome'].map((c) => `agency.${c}`),
];
