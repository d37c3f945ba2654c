// The data-sharing boundary between the migration authority and the organisations it works with
// (UNHCR, partners, bar associations, resettlement states). Deny by default: an organisation
// sees a person only for a purpose a referral or a resettlement case gives it, with the person's
// consent in force, and then only the fields its agreement for that purpose lists.

/** The fields of a person that an agreement may list (nothing else can ever be shared). */
export const SHAREABLE_FIELDS = [
  'name',
  'name_original',
  'foreigner_id_number',
  'date_of_birth',
  'sex',
  'nationality',
  'languages',
  'phone',
  'email',
  'address',
  'specific_needs',
  'protection_status',
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];

/** Services one agency refers a person to another for. */
export const REFERRAL_SERVICES = [
  'legal_aid',
  'psychosocial_support',
  'child_protection',
  'health',
  'resettlement_assessment',
] as const;
export type ReferralService = (typeof REFERRAL_SERVICES)[number];

/** Purposes of sharing: a referral's service, resettlement, a submission to a state, a lawyer. */
export const SHARING_PURPOSES = [...REFERRAL_SERVICES, 'resettlement', 'resettlement_submission'] as const;
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];
export const isReferralService = (purpose: SharingPurpose): purpose is ReferralService =>
  purpose !== 'resettlement' && purpose !== 'resettlement_submission';

export const ORGANISATION_KINDS = ['unhcr', 'partner', 'bar_association', 'resettlement_state'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * What a lawyer sees of a client who has given them power of attorney: enough to represent
 * them (identity, contact, the state of their case), nothing about their needs or family.
 */
export const LAWYER_FIELDS: readonly ShareableField[] = [
  'name',
  'name_original',
  'foreigner_id_number',
  'date_of_birth',
  'nationality',
  'languages',
  'phone',
  'email',
  'address',
  'protection_status',
];

export interface Dated {
  from: string;
  to: string | null;
}

export const inForce = (d: Dated, on: string) => d.from <= on && (d.to === null || on <= d.to);

export interface BoundaryFacts {
  /** The person was referred to the organisation for this purpose (or is in its resettlement case). */
  shared: boolean;
  /** Consent of the person to this organisation for this purpose, given and not withdrawn. */
  consentInForce: boolean;
  /** The fields of the organisation's agreement for the purpose in force today, if any. */
  agreementFields: readonly string[] | null;
}

export type BoundaryAnswer =
  | { allowed: true; fields: ShareableField[] }
  | { allowed: false; reason: 'not_shared' | 'no_consent' | 'no_agreement' };

export function boundary(facts: BoundaryFacts): BoundaryAnswer {
  if (!facts.shared) return { allowed: false, reason: 'not_shared' };
  if (!facts.consentInForce) return { allowed: false, reason: 'no_consent' };
  if (!facts.agreementFields) return { allowed: false, reason: 'no_agreement' };
  const listed = new Set(facts.agreementFields);
  return { allowed: true, fields: SHAREABLE_FIELDS.filter((f) => listed.has(f)) };
}

/** Keeps only the listed fields of a record (the projection every shared read goes through). */
export function project<T extends Partial<Record<ShareableField, unknown>>>(
  record: T,
  fields: readonly ShareableField[],
): Partial<T> {
  const out: Partial<T> = {};
  for (const f of fields) if (f in record) (out as Record<string, unknown>)[f] = record[f];
  return out;
}
