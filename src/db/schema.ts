// Table types for Kysely, kept by hand beside the migrations (src/db/migrations).
// Generated<T>: the database fills it in when the insert leaves it out.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CentresTables } from './schema-centres.ts';
import type { SharingTables } from './schema-sharing.ts';
import type { PortalTables, SelfServiceTables } from './schema-portal.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: string;
  province_code: string | null;
  centre_id: string | null;
  organisation: string | null;
  password_hash: string;
  preferred_language: Generated<string>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AuthSessionTable {
  token_hash: string;
  user_id: string;
  kind: 'cookie' | 'bearer';
  created_at: CreatedAt;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface AuditEventTable {
  seq: number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_username: string | null;
  action: string;
  outcome: 'success' | 'denied';
  entity_type: string;
  entity_id: string | null;
  person_id: string | null;
  purpose: string | null;
  ip: string | null;
  request_id: string | null;
  details: Json;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface PersonTable {
  id: Generated<string>;
  foreigner_id_number: string;
  given_name: string;
  family_name: string;
  father_name: string | null;
  mother_name: string | null;
  given_name_original: string | null;
  family_name_original: string | null;
  sex: string;
  date_of_birth: string | null;
  date_of_birth_precision: string;
  place_of_birth: string | null;
  nationality: string;
  languages: string[];
  phone: string | null;
  phone_digits: string | null;
  email: string | null;
  province_code: string;
  district: string | null;
  entry_type: string;
  entry_date: string | null;
  entry_place: string | null;
  has_photo: Generated<boolean>;
  fictional: Generated<boolean>;
  name_keys: string[];
  search_text: string;
  registered_by: string | null;
  registration_province_code: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PersonPhotoTable {
  person_id: string;
  content_type: string;
  data: Uint8Array;
}

export interface DuplicateReviewTable {
  id: Generated<string>;
  person_id: string;
  candidate_person_ids: string[];
  reason: string;
  decided_by: string | null;
  decided_at: CreatedAt;
}

export interface HouseholdTable {
  id: Generated<string>;
  principal_person_id: string;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface HouseholdMembershipTable {
  id: Generated<string>;
  household_id: string;
  person_id: string;
  relationship: string;
  joined_at: CreatedAt;
  left_at: Date | null;
  left_reason: string | null;
}

export interface PersonSpecificNeedTable {
  id: Generated<string>;
  person_id: string;
  code: string;
  note: string | null;
  recorded_at: CreatedAt;
  recorded_by: string | null;
  removed_at: Date | null;
  removed_by: string | null;
}

export interface DocumentValidityRuleTable {
  id: string;
  document_type: string;
  validity_days: number | null;
  validity_months: number | null;
  effective_from: string;
  effective_to: string | null;
  source: string;
  unverified: boolean;
}

export interface IdentityDocumentTable {
  id: Generated<string>;
  person_id: string;
  type: string;
  number: string;
  issued_on: string;
  expires_on: string;
  status: string;
  status_reason: string | null;
  validity_rule_id: string;
  renewals: Generated<number>;
  issued_by: string | null;
  province_code: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IdentityDocumentEventTable {
  id: Generated<string>;
  document_id: string;
  person_id: string;
  kind: string;
  expires_on: string | null;
  reason: string | null;
  at: CreatedAt;
  by_user: string | null;
}

export interface PublicHolidayTable {
  day: string;
  kind: 'full' | 'half_day_eve';
  name: string;
  source: string;
}

export interface HolidayYearTable {
  year: number;
  confirmed_by: string;
  confirmed_at: Timestamp;
}

export interface ProtectionCaseTable {
  id: Generated<string>;
  reference: string;
  track: string;
  state: string;
  procedure: Generated<string>;
  acceleration_ground: string | null;
  principal_person_id: string;
  province_code: string;
  lodged_province_code: string;
  lodged_on: string;
  lodged_via: string;
  registered_on: string | null;
  tp_granted_on: string | null;
  decision: string | null;
  decision_by: string | null;
  inadmissibility_ground: string | null;
  hq_notified: Generated<boolean>;
  decided_on: string | null;
  notified_on: string | null;
  pending_appeal: string | null;
  interviews_held: Generated<number>;
  missed_interviews_in_a_row: Generated<number>;
  missed_reporting_in_a_row: Generated<number>;
  delay_notice_served_on: string | null;
  reporting_interval_days: number | null;
  reporting_next_due: string | null;
  assigned_caseworker_id: string | null;
  vulnerable: Generated<boolean>;
  last_event_on: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CaseMemberTable {
  case_id: string;
  person_id: string;
  role: 'principal' | 'accompanying';
  relationship: string;
  consent_given_on: string | null;
  consent_document: string | null;
  open: Generated<boolean>;
}

export interface CaseEventTable {
  id: Generated<number>;
  case_id: string;
  action: string;
  occurred_on: string;
  recorded_at: CreatedAt;
  actor_user_id: string | null;
  state_before: string | null;
  state_after: string;
  details: Json;
  corrects_event_id: number | null;
}

export interface CaseClockTable {
  id: Generated<number>;
  case_id: string;
  code: string;
  rule_id: string;
  started_on: string;
  started_by_event_id: number;
  nominal_last_day: string;
  last_day: string;
  protective_last_day: string;
  flags: string[];
  closed_on: string | null;
  closed_by_event_id: number | null;
  province_code: string;
  vulnerable: boolean;
  worklist: string;
}

export interface InterviewTable {
  id: Generated<string>;
  case_id: string;
  scheduled_at: Timestamp;
  location: string | null;
  interpreter_language: string | null;
  attendees: string[];
  status: 'scheduled' | 'held' | 'missed' | 'excused' | 'superseded';
  held_on: string | null;
  record: string | null;
  interviewer_id: string | null;
  created_at: CreatedAt;
}

export interface ReportingCheckTable {
  id: Generated<string>;
  case_id: string;
  due_on: string;
  attended: boolean;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface DecisionLetterTable {
  id: Generated<string>;
  case_id: string;
  event_id: number;
  language: string;
  decision: string;
  last_day: string | null;
  html: string;
  created_at: CreatedAt;
}

export interface Database extends CentresTables, SharingTables, PortalTables, SelfServiceTables {
  app_user: AppUserTable;
  auth_session: AuthSessionTable;
  login_attempt: LoginAttemptTable;
  audit_event: AuditEventTable;
  audit_head: AuditHeadTable;
  person: PersonTable;
  person_photo: PersonPhotoTable;
  duplicate_review: DuplicateReviewTable;
  household: HouseholdTable;
  household_membership: HouseholdMembershipTable;
  person_specific_need: PersonSpecificNeedTable;
  document_validity_rule: DocumentValidityRuleTable;
  identity_document: IdentityDocumentTable;
  identity_document_event: IdentityDocumentEventTable;
  public_holiday: PublicHolidayTable;
  holiday_year: HolidayYearTable;
  protection_case: ProtectionCaseTable;
  case_member: CaseMemberTable;
  case_event: CaseEventTable;
  case_clock: CaseClockTable;
  interview: InterviewTable;
  reporting_check: ReportingCheckTable;
  decision_letter: DecisionLetterTable;
}

export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type IdentityDocumentRow = Selectable<IdentityDocumentTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type ProtectionCaseRow = Selectable<ProtectionCaseTable>;
export type CaseClockRow = Selectable<CaseClockTable>;
export type CaseEventRow = Selectable<CaseEventTable>;
export type InterviewRow = Selectable<InterviewTable>;
