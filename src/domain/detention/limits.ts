// The legal limits of administrative detention (LFIP Art. 57, 57/A, 68). Pure: every limit is
// counted with the time-limit table's rule in force on the day the detention was ordered.
import { addMonths } from '../calendar.ts';
import { computeDeadline, type HolidayCalendar } from '../procedure/periods.ts';
import { ruleInForce, type LimitCode } from '../procedure/time-limits.ts';

export const DETENTION_BASES = ['removal', 'ip_applicant'] as const;
export type DetentionBasis = (typeof DETENTION_BASES)[number];

/** Art. 57 grounds for detention pending removal (domain.md §9.3). */
export const REMOVAL_DETENTION_GROUNDS = [
  'absconding_risk',
  'entry_exit_breach',
  'false_or_forged_documents',
  'not_left_in_time',
  'public_order_security_health_threat',
] as const;

/** Art. 68 grounds for detaining an applicant (domain.md §9.4). */
export const APPLICANT_DETENTION_GROUNDS = [
  'identity_verification',
  'border_irregular_entry',
  'claim_elements',
  'public_order_security_danger',
] as const;

/** Art. 57: the only reasons the six months may be extended. */
export const EXTENSION_REASONS = ['non_cooperation', 'false_information_about_country'] as const;

/** Art. 57/A alternatives to detention. */
export const ALTERNATIVE_KINDS = [
  'residence_at_address',
  'reporting',
  'family_based_return',
  'return_counselling',
  'public_benefit_work',
  'guarantee',
  'electronic_monitoring',
] as const;

export const REVIEW_OUTCOMES = ['continue', 'extend', 'release'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

function lastDay(
  code: LimitCode,
  from: string,
  calendar: HolidayCalendar,
): { lastDay: string; ruleId: string } {
  const rule = ruleInForce(code, from);
  if (!rule) throw new Error(`no rule for ${code} on ${from}`);
  return { lastDay: computeDeadline(rule, from, calendar).lastDay, ruleId: rule.id };
}

export interface DetentionLimits {
  /** The police may hold the person 48 hours before the transfer to a removal centre (T15). */
  transferDueAt: Date;
  /** The last day of detention without an extension (T16-initial, or T18 for an applicant). */
  initialUntil: string;
  /** The last day the one extension may reach (T16-extension); null where none is possible. */
  extensionLimit: string | null;
  /** The first monthly review (T16-review). */
  firstReviewDue: string;
}

export function detentionLimits(
  basis: DetentionBasis,
  orderedAt: Date,
  orderedOn: string,
  calendar: HolidayCalendar,
): DetentionLimits {
  const initial = lastDay(basis === 'removal' ? 'T16-initial' : 'T18', orderedOn, calendar).lastDay;
  const transferHours = ruleInForce('T15', orderedOn)?.amount ?? 48;
  return {
    transferDueAt: new Date(orderedAt.getTime() + transferHours * 3600_000),
    initialUntil: initial,
    extensionLimit: basis === 'removal' ? lastDay('T16-extension', initial, calendar).lastDay : null,
    firstReviewDue: nextReviewDue(orderedOn, initial),
  };
}

/** A month after the last review (or the order), never after the day detention must end. */
export function nextReviewDue(lastReviewOrOrder: string, mustEndOn: string): string {
  const due = addMonths(lastReviewOrOrder, 1);
  return due < mustEndOn ? due : mustEndOn;
}

export type ReviewRefusal =
  | 'review_after_maximum'
  | 'extension_not_allowed'
  | 'extension_reason_required'
  | 'extension_beyond_maximum'
  | 'already_extended';

export interface ReviewFacts {
  basis: DetentionBasis;
  initialUntil: string;
  extendedUntil: string | null;
  extensionLimit: string | null;
}

/**
 * Whether a review with this outcome may be recorded; a detention can go on only through a
 * review, and never past its legal maximum.
 */
export function reviewRefusal(
  d: ReviewFacts,
  review: {
    outcome: ReviewOutcome;
    reviewedOn: string;
    extendUntil?: string | undefined;
    extensionReason?: string | undefined;
  },
): ReviewRefusal | null {
  const mustEnd = d.extendedUntil ?? d.initialUntil;
  if (review.outcome === 'release') return null;
  if (review.outcome === 'continue') return review.reviewedOn > mustEnd ? 'review_after_maximum' : null;
  if (d.basis !== 'removal' || d.extensionLimit === null) return 'extension_not_allowed';
  if (d.extendedUntil !== null) return 'already_extended';
  // Art. 57: only a failure to cooperate or false information about the country extends it.
  if (!review.extensionReason || !(EXTENSION_REASONS as readonly string[]).includes(review.extensionReason))
    return 'extension_reason_required';
  if (review.reviewedOn > d.initialUntil) return 'review_after_maximum';
  if (!review.extendUntil || review.extendUntil > d.extensionLimit || review.extendUntil <= d.initialUntil)
    return 'extension_beyond_maximum';
  return null;
}

/** The challenge before the criminal judgeship of peace is decided within 5 days (T17). */
export function challengeDecisionDue(lodgedOn: string, calendar: HolidayCalendar): string {
  return lastDay('T17', lodgedOn, calendar).lastDay;
}

export interface DetentionClock {
  code: 'T15' | 'T16-review' | 'T16-initial' | 'T16-extension' | 'T18' | 'T17';
  lastDay: string;
  overdue: boolean;
}
