// The procedure's code lists the forms offer. The types come from the server's schemas, and each
// list is written as a record of its type, so a code added on the server fails the type check
// here until the form knows it (and the catalogue test until it has words).
import type { CaseView, Command, LodgeInput } from '../../api/types.ts';

type Of<A extends Command['action']> = Extract<Command, { action: A }>;

function keys<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

export type Decision = Of<'decide'>['decision'];
export const DECISIONS = keys<Decision>({
  refugee: true,
  conditional_refugee: true,
  subsidiary_protection: true,
  rejected: true,
  inadmissible: true,
  excluded: true,
  implicitly_withdrawn: true,
  cessation: true,
  cancellation: true,
});
/** Decisions on a status already held (LFIP Arts. 85–86); the others are on an application. */
export const STATUS_DECISIONS: readonly Decision[] = ['cessation', 'cancellation'];

export const ACCELERATION_GROUNDS = keys<Of<'accelerate'>['ground']>({
  no_protection_issue: true,
  misleading_documents: true,
  destroyed_documents_bad_faith: true,
  applied_after_removal_detention: true,
  applied_to_delay_removal: true,
  public_order_threat: true,
  subsequent_after_implicit_withdrawal: true,
});

export const INADMISSIBILITY_GROUNDS = keys<NonNullable<Of<'decide'>['inadmissibilityGround']>>({
  a: true,
  b: true,
  c: true,
  ç: true,
});

export const WITHDRAWAL_GROUNDS = keys<NonNullable<Of<'decide'>['withdrawalGround']>>({
  missed_interviews: true,
  missed_reporting: true,
  absconded_from_detention: true,
  left_assigned_province: true,
  objected_to_data_collection: true,
  registration_obligations_unmet: true,
});

export const APPEAL_BODIES = keys<Of<'file_appeal'>['body']>({
  ipec: true,
  administrative_court: true,
  regional_administrative_court: true,
});

export const APPEAL_OUTCOMES = keys<Of<'record_appeal_outcome'>['outcome']>({
  dismissed: true,
  annulled: true,
});

export const TP_END_GROUNDS = keys<Of<'end_temporary_protection'>['ground']>({
  resettled: true,
  left_turkiye: true,
  voluntary_return: true,
  other: true,
});

export const ATTENDEES = keys<NonNullable<Of<'schedule_interview'>['attendees']>[number]>({
  psychologist: true,
  pedagogue: true,
  social_worker: true,
  legal_representative: true,
  guardian: true,
});

export const TRACKS = keys<LodgeInput['track']>({
  international_protection: true,
  temporary_protection: true,
});

export const LODGING_CHANNELS = keys<LodgeInput['lodgedVia']>({
  directorate: true,
  police: true,
  gendarmerie: true,
  coast_guard: true,
});

/** States after which nothing more happens on a case (a new application is a new case). */
export const FINAL_STATES: ReadonlySet<CaseView['state']> = new Set([
  'rejected_final',
  'withdrawn',
  'status_ended',
  'tp_ended',
]);
