// Resettlement to a third country (domain.md §11, §12): who may be referred, the stages of a case
// and who moves it, submission categories and priorities, and the timeliness of a case.
import { addDays, daysBetween } from '../calendar.ts';

/** UNHCR Resettlement Handbook (2022) submission categories; abbreviations are UNVERIFIED. */
export const SUBMISSION_CATEGORIES = [
  'legal_physical_protection',
  'survivors_violence_torture',
  'medical_needs',
  'women_girls_at_risk',
  'family_reunification',
  'children_adolescents_at_risk',
  'lack_of_alternative_solutions',
] as const;
export type SubmissionCategory = (typeof SUBMISSION_CATEGORIES)[number];

export const PRIORITIES = ['emergency', 'urgent', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const REVIEW_OUTCOMES = ['not_recommended', 'recommended_after_changes', 'recommended'] as const;

export const STAGES = [
  'referred',
  'assessment',
  'rrf',
  'review',
  'ready',
  'submitted',
  'accepted',
  'rejected',
  'pre_departure',
  'departed',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

export const OPEN_STAGES: readonly Stage[] = STAGES.filter(
  (s) => !['rejected', 'departed', 'withdrawn'].includes(s),
);

export type Actor = 'authority' | 'unhcr';

export const STEPS = {
  accept_referral: { by: 'unhcr', from: ['referred'], to: 'assessment' },
  prepare_rrf: { by: 'unhcr', from: ['assessment', 'rrf'], to: 'rrf' },
  send_to_review: { by: 'unhcr', from: ['rrf'], to: 'review' },
  review: { by: 'unhcr', from: ['review'], to: null },
  submit: { by: 'unhcr', from: ['ready'], to: 'submitted' },
  state_decision: { by: 'unhcr', from: ['submitted'], to: null },
  pre_departure: { by: 'unhcr', from: ['accepted', 'pre_departure'], to: 'pre_departure' },
  exit_permission: { by: 'authority', from: ['accepted', 'pre_departure'], to: 'pre_departure' },
  depart: { by: 'authority', from: ['pre_departure'], to: 'departed' },
  withdraw: { by: 'either', from: OPEN_STAGES, to: 'withdrawn' },
} as const satisfies Record<string, { by: Actor | 'either'; from: readonly Stage[]; to: Stage | null }>;
export type StepName = keyof typeof STEPS;

export function stepRefusal(step: StepName, stage: Stage, by: Actor): 'stage' | 'actor' | null {
  const s = STEPS[step];
  if (s.by !== 'either' && s.by !== by) return 'actor';
  return (s.from as readonly Stage[]).includes(stage) ? null : 'stage';
}

/** After the reviewing officer's outcome: ready to submit, back to the form, or closed. */
export function afterReview(outcome: (typeof REVIEW_OUTCOMES)[number]): Stage {
  if (outcome === 'recommended') return 'ready';
  if (outcome === 'recommended_after_changes') return 'rrf';
  return 'withdrawn';
}

/** A state's decision per member: all rejected closes the case; any accepted goes on. */
export function afterStateDecision(decisions: readonly ('accepted' | 'rejected')[]): Stage {
  return decisions.some((d) => d === 'accepted') ? 'accepted' : 'rejected';
}

export interface MemberEligibility {
  personId: string;
  /** The member's current protection: conditional refugee, temporary protection, or other. */
  protection: 'conditional_refugee' | 'temporary_protection' | 'other' | 'none';
  /** Reporting duties missed in a row on the member's case (the "signature duty"). */
  missedReportingInARow: number;
}

export type EligibilityRefusal = 'status_not_eligible' | 'obligations_not_met' | 'not_vulnerable';

/**
 * Only recognised conditional refugees and vulnerable temporary-protection holders who meet
 * their obligations are referred (domain.md §11).
 */
export function eligibilityRefusals(
  members: readonly MemberEligibility[],
  familyVulnerable: boolean,
): { personId: string; refusal: EligibilityRefusal }[] {
  const out: { personId: string; refusal: EligibilityRefusal }[] = [];
  for (const m of members) {
    if (m.protection !== 'conditional_refugee' && m.protection !== 'temporary_protection')
      out.push({ personId: m.personId, refusal: 'status_not_eligible' });
    else if (m.protection === 'temporary_protection' && !familyVulnerable)
      out.push({ personId: m.personId, refusal: 'not_vulnerable' });
    if (m.missedReportingInARow > 0) out.push({ personId: m.personId, refusal: 'obligations_not_met' });
  }
  return out;
}

/** The form's fields without which a case may not be submitted. */
export function missingForSubmission(c: {
  priority: string | null;
  primaryCategory: string | null;
  secondaryCategory: string | null;
  narrative: string | null;
}): string[] {
  const missing: string[] = [];
  if (!c.priority) missing.push('priority');
  if (!c.primaryCategory) missing.push('primaryCategory');
  if (!c.secondaryCategory) missing.push('secondaryCategory');
  if (!c.narrative || c.narrative.trim().length < 50) missing.push('narrative');
  return missing;
}

export const targetDate = (submittedOn: string, days: number) => addDays(submittedOn, days);

export type Timeliness = 'on_track' | 'at_risk' | 'overdue' | 'met' | 'missed';

/** At risk once three quarters of the target time have passed (emergency: after half). */
export function timeliness(
  c: { priority: Priority; submittedOn: string; targetDate: string; departedOn: string | null },
  today: string,
): Timeliness {
  if (c.departedOn) return c.departedOn <= c.targetDate ? 'met' : 'missed';
  if (today > c.targetDate) return 'overdue';
  const total = daysBetween(c.submittedOn, c.targetDate);
  const used = daysBetween(c.submittedOn, today);
  const share = c.priority === 'emergency' ? 0.5 : 0.75;
  return used >= total * share ? 'at_risk' : 'on_track';
}
