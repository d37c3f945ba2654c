// The code lists of resettlement and data sharing that the screens label and offer. Each is a
// record of the server's own type, so a code added on the server fails the type check here until
// the screens know it (and the catalogue test until it has words).
import type {
  EligibilityRefusal,
  Priority,
  REVIEW_OUTCOMES as SERVER_REVIEW_OUTCOMES,
  Stage,
  SubmissionCategory,
  Timeliness,
} from '../../../src/domain/resettlement/resettlement.ts';
import type {
  OrganisationKind,
  ReferralService,
  ShareableField,
  SharingPurpose,
} from '../../../src/domain/sharing/boundary.ts';

function keys<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

export const STAGES = keys<Stage>({
  referred: true,
  assessment: true,
  rrf: true,
  review: true,
  ready: true,
  submitted: true,
  accepted: true,
  rejected: true,
  pre_departure: true,
  departed: true,
  withdrawn: true,
});
export const CLOSED_STAGES: readonly Stage[] = ['rejected', 'departed', 'withdrawn'];
export const OPEN_STAGES: readonly Stage[] = STAGES.filter((s) => !CLOSED_STAGES.includes(s));

/** Emergency first: the order of cards within a stage. */
export const PRIORITIES = keys<Priority>({ emergency: true, urgent: true, normal: true });

export const SUBMISSION_CATEGORIES = keys<SubmissionCategory>({
  legal_physical_protection: true,
  survivors_violence_torture: true,
  medical_needs: true,
  women_girls_at_risk: true,
  family_reunification: true,
  children_adolescents_at_risk: true,
  lack_of_alternative_solutions: true,
});

export type ReviewOutcome = (typeof SERVER_REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOMES = keys<ReviewOutcome>({
  recommended: true,
  recommended_after_changes: true,
  not_recommended: true,
});

export const TIMELINESS = keys<Timeliness>({
  on_track: true,
  at_risk: true,
  overdue: true,
  met: true,
  missed: true,
});

export const ELIGIBILITY_REFUSALS = keys<EligibilityRefusal>({
  status_not_eligible: true,
  obligations_not_met: true,
  not_vulnerable: true,
});

export const SHAREABLE_FIELDS = keys<ShareableField>({
  name: true,
  name_original: true,
  foreigner_id_number: true,
  date_of_birth: true,
  sex: true,
  nationality: true,
  languages: true,
  phone: true,
  email: true,
  address: true,
  specific_needs: true,
  protection_status: true,
});

export const REFERRAL_SERVICES = keys<ReferralService>({
  legal_aid: true,
  psychosocial_support: true,
  child_protection: true,
  health: true,
  resettlement_assessment: true,
});

export const SHARING_PURPOSES = keys<SharingPurpose>({
  legal_aid: true,
  psychosocial_support: true,
  child_protection: true,
  health: true,
  resettlement_assessment: true,
  resettlement: true,
  resettlement_submission: true,
});

export const ORGANISATION_KINDS = keys<OrganisationKind>({
  unhcr: true,
  partner: true,
  bar_association: true,
  resettlement_state: true,
});

/** An agency referral's status (the agency_referral table's check). */
export const AGENCY_REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'closed'] as const;
export type AgencyReferralStatus = (typeof AGENCY_REFERRAL_STATUSES)[number];

/** How the state decided (the resettlement_case table's check). */
export const DECISION_MODES = ['interview', 'dossier'] as const;
