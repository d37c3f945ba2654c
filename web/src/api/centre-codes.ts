// The code lists the centre, removal and detention forms offer. Each is written as a record of the
// server's own type, so a code added on the server fails the type check here until the form
// knows it (and the catalogue test until it has words).
import type { z } from 'zod';
import type { Art55Ground, RemovalGround, RemovalState } from '../../../src/domain/removal/removal.ts';
import type {
  EXTENSION_REASONS as SERVER_EXTENSION_REASONS,
  REMOVAL_DETENTION_GROUNDS as SERVER_DETENTION_GROUNDS,
  ReviewOutcome,
} from '../../../src/domain/detention/limits.ts';
import type { serviceInput, visitInput } from '../../../src/modules/care/care.schema.ts';
import type { alternativeInput } from '../../../src/modules/removal/removal.schema.ts';

function keys<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

export type ServiceCategory = z.infer<typeof serviceInput>['category'];
export const SERVICE_CATEGORIES = keys<ServiceCategory>({
  health_primary: true,
  health_emergency: true,
  psychosocial: true,
  education_enrolment: true,
  education_attendance: true,
  social: true,
  legal_information: true,
});
/** Health care is recorded, with its note, by health staff only (care.service.ts). */
export const HEALTH_CATEGORIES: readonly ServiceCategory[] = ['health_emergency', 'health_primary'];

export type VisitorKind = z.infer<typeof visitInput>['visitorKind'];
export const VISITOR_KINDS = keys<VisitorKind>({
  relative: true,
  lawyer: true,
  legal_representative: true,
  unhcr: true,
  notary: true,
  consular: true,
});
/** Meetings nothing of which is written down (care.service.ts CONFIDENTIAL_VISITORS). */
export const CONFIDENTIAL_VISITORS: readonly VisitorKind[] = ['lawyer', 'legal_representative', 'unhcr'];

export const REMOVAL_GROUNDS = keys<RemovalGround>({
  penal_code_art59: true,
  terrorist_or_criminal_organisation: true,
  false_information_or_documents: true,
  illegitimate_livelihood: true,
  public_order_security_health_threat: true,
  visa_overstay: true,
  residence_permit_cancelled: true,
  residence_permit_overstay: true,
  unauthorised_work: true,
  entry_exit_breach: true,
  entry_ban_breach: true,
  protection_ended_no_right_to_stay: true,
  residence_extension_refused: true,
  listed_terrorist_links: true,
});

export const ART55_GROUNDS = keys<Art55Ground>({ a: true, b: true, c: true, ç: true, d: true });

export const REMOVAL_DETENTION_GROUNDS = keys<(typeof SERVER_DETENTION_GROUNDS)[number]>({
  absconding_risk: true,
  entry_exit_breach: true,
  false_or_forged_documents: true,
  not_left_in_time: true,
  public_order_security_health_threat: true,
});

export type ExtensionReason = (typeof SERVER_EXTENSION_REASONS)[number];
export const EXTENSION_REASONS = keys<ExtensionReason>({
  non_cooperation: true,
  false_information_about_country: true,
});

export const REVIEW_OUTCOMES = keys<ReviewOutcome>({ continue: true, extend: true, release: true });

export type AlternativeKind = z.infer<typeof alternativeInput>['kind'];
export const ALTERNATIVE_KINDS = keys<AlternativeKind>({
  residence_at_address: true,
  reporting: true,
  family_based_return: true,
  return_counselling: true,
  public_benefit_work: true,
  guarantee: true,
  electronic_monitoring: true,
});

export const REMOVAL_STATES = keys<RemovalState>({
  decided: true,
  notified: true,
  under_appeal: true,
  enforceable: true,
  carried_out: true,
  annulled: true,
  cancelled: true,
});
