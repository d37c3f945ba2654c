// Table types for centres, placements, care, removal and detention (migration 20261129120000).
import type { ColumnType, Generated, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface CentreTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  province_code: string;
  operator: string;
  operator_name: string | null;
  protocol_reference: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface CentreUnitTable {
  id: Generated<string>;
  centre_id: string;
  name: string;
  unit_type: string;
  sex_restriction: string | null;
  capacity: number;
  occupied: Generated<number>;
  active: Generated<boolean>;
}

export interface PlacementTable {
  id: Generated<string>;
  person_id: string;
  centre_id: string;
  unit_id: string;
  admission_id: string;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
  absent_since: string | null;
  absence_reason: string | null;
  detention_id: string | null;
  created_by: string | null;
  ended_by: string | null;
  created_at: CreatedAt;
}

export interface PlacementAbsenceTable {
  id: Generated<string>;
  placement_id: string;
  left_on: string;
  returned_on: string | null;
  reason: string;
  recorded_by: string | null;
}

export interface AccommodationRequestTable {
  id: Generated<string>;
  person_id: string;
  member_ids: string[];
  province_code: string;
  requested_on: string;
  status: string;
  admission_id: string | null;
  closed_on: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ResidentServiceTable {
  id: Generated<string>;
  person_id: string;
  centre_id: string;
  category: string;
  delivered_on: string;
  delivered_by: string;
  provider: string | null;
  summary: string | null;
  created_at: CreatedAt;
}

export interface ResidentHealthNoteTable {
  service_id: string;
  note: string;
}

export interface ChildProtectionReferralTable {
  id: Generated<string>;
  person_id: string;
  centre_id: string | null;
  institution: string;
  referred_on: string;
  reference: string | null;
  status: string;
  status_on: string;
  note: string | null;
  created_by: string | null;
  updated_by: string | null;
}

export interface CentreVisitTable {
  id: Generated<string>;
  centre_id: string;
  person_id: string;
  visitor_kind: string;
  visitor_name: string;
  visitor_organisation: string | null;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  status: string;
  confidential: boolean;
  notes: string | null;
  refusal_reason: string | null;
  requested_by: string | null;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  created_at: CreatedAt;
}

export interface RemovalDecisionTable {
  id: Generated<string>;
  reference: string;
  person_id: string;
  province_code: string;
  grounds: string[];
  destination_country: string | null;
  apprehended_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  decided_on: string;
  state: string;
  notified_on: string | null;
  appeal_last_day: string | null;
  appeal_protective_last_day: string | null;
  appeal_rule_id: string | null;
  voluntary_departure_days: number | null;
  voluntary_departure_until: string | null;
  exit_permit_number: string | null;
  appeal_lodged_on: string | null;
  appeal_decision_due: string | null;
  appeal_outcome: string | null;
  appeal_decided_on: string | null;
  carried_out_on: string | null;
  closed_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface RemovalEventTable {
  id: Generated<number>;
  removal_id: string;
  kind: string;
  occurred_on: string;
  details: Json;
  actor_user_id: string | null;
  recorded_at: CreatedAt;
}

export interface RemovalProtectionTable {
  id: Generated<string>;
  person_id: string;
  ground: string;
  recorded_on: string;
  until: string | null;
  ended_on: string | null;
  basis: string;
  recorded_by: string | null;
}

export interface DetentionTable {
  id: Generated<string>;
  reference: string;
  person_id: string;
  province_code: string;
  basis: string;
  removal_id: string | null;
  grounds: string[];
  ordered_at: ColumnType<Date, Date | string, Date | string>;
  ordered_on: string;
  transfer_due_at: ColumnType<Date, Date | string, Date | string>;
  transferred_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  centre_id: string | null;
  initial_until: string;
  extended_until: string | null;
  extension_reason: string | null;
  next_review_due: string;
  state: string;
  released_on: string | null;
  release_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface DetentionReviewTable {
  id: Generated<string>;
  detention_id: string;
  reviewed_on: string;
  outcome: string;
  reasons: string;
  late: boolean;
  reviewed_by: string | null;
  created_at: CreatedAt;
}

export interface DetentionChallengeTable {
  id: Generated<string>;
  detention_id: string;
  lodged_on: string;
  decision_due: string;
  decided_on: string | null;
  outcome: string | null;
  recorded_by: string | null;
}

export interface AlternativeMeasureTable {
  id: Generated<string>;
  person_id: string;
  detention_id: string | null;
  removal_id: string | null;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  details: string | null;
  imposed_by: string | null;
  created_at: CreatedAt;
}

export interface CentresTables {
  centre: CentreTable;
  centre_unit: CentreUnitTable;
  placement: PlacementTable;
  placement_absence: PlacementAbsenceTable;
  accommodation_request: AccommodationRequestTable;
  resident_service: ResidentServiceTable;
  resident_health_note: ResidentHealthNoteTable;
  child_protection_referral: ChildProtectionReferralTable;
  centre_visit: CentreVisitTable;
  removal_decision: RemovalDecisionTable;
  removal_event: RemovalEventTable;
  removal_protection: RemovalProtectionTable;
  detention: DetentionTable;
  detention_review: DetentionReviewTable;
  detention_challenge: DetentionChallengeTable;
  alternative_measure: AlternativeMeasureTable;
}

export type CentreRow = Selectable<CentreTable>;
export type CentreUnitRow = Selectable<CentreUnitTable>;
export type RemovalDecisionRow = Selectable<RemovalDecisionTable>;
export type DetentionRow = Selectable<DetentionTable>;
