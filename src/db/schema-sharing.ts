// Table types for organisations, the sharing boundary, referrals and resettlement
// (migration 20261129140000).
import type { ColumnType, Generated, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface OrganisationTable {
  code: string;
  name: string;
  kind: string;
  country: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface SharingAgreementTable {
  id: Generated<string>;
  organisation_code: string;
  purpose: string;
  fields: string[];
  reference: string;
  valid_from: string;
  valid_to: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ConsentTable {
  id: Generated<string>;
  person_id: string;
  organisation_code: string;
  purpose: string;
  given_on: string;
  document: string;
  withdrawn_on: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface PowerOfAttorneyTable {
  id: Generated<string>;
  person_id: string;
  lawyer_user_id: string;
  document_reference: string;
  notary: string | null;
  issued_on: string;
  valid_until: string | null;
  revoked_on: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface AgencyReferralTable {
  id: Generated<string>;
  reference: string;
  person_id: string;
  member_ids: Generated<string[]>;
  from_organisation: string | null;
  to_organisation: string;
  service: string;
  status: string;
  sent_on: string;
  note: string | null;
  decided_on: string | null;
  decline_reason: string | null;
  outcome: string | null;
  closed_on: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ResettlementCaseTable {
  id: Generated<string>;
  reference: string;
  principal_person_id: string;
  province_code: string;
  organisation_code: string;
  stage: string;
  identified_on: string;
  referral_reason: string;
  priority: string | null;
  primary_category: string | null;
  secondary_category: string | null;
  narrative: string | null;
  prepared_by: string | null;
  review_outcome: string | null;
  reviewed_by: string | null;
  submitted_to: string | null;
  submitted_on: string | null;
  target_date: string | null;
  state_decision_on: string | null;
  decision_mode: string | null;
  medical_on: string | null;
  orientation_on: string | null;
  exit_permission_on: string | null;
  departed_on: string | null;
  closed_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ResettlementMemberTable {
  case_id: string;
  person_id: string;
  relationship: string;
  state_decision: string | null;
  departed: Generated<boolean>;
}

export interface ResettlementEventTable {
  id: Generated<number>;
  case_id: string;
  kind: string;
  occurred_on: string;
  details: Json;
  actor_user_id: string | null;
  recorded_at: CreatedAt;
}

export interface ResettlementTargetTable {
  priority: string;
  days: number;
  source: string;
}

export interface SharingTables {
  organisation: OrganisationTable;
  sharing_agreement: SharingAgreementTable;
  consent: ConsentTable;
  power_of_attorney: PowerOfAttorneyTable;
  agency_referral: AgencyReferralTable;
  resettlement_case: ResettlementCaseTable;
  resettlement_member: ResettlementMemberTable;
  resettlement_event: ResettlementEventTable;
  resettlement_target: ResettlementTargetTable;
}

export type ResettlementCaseRow = Selectable<ResettlementCaseTable>;
export type AgencyReferralRow = Selectable<AgencyReferralTable>;
