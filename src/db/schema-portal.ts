// Table types for the public portal (migration 20261129160000).
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface PortalPageTable {
  id: Generated<string>;
  section: string;
  slug: string;
  classification: string;
  owner: string;
  source_lang: Generated<string>;
  sources: string[];
  exit_control: Generated<boolean>;
  created_at: CreatedAt;
}

export interface PortalTranslationTable {
  id: Generated<string>;
  page_id: string;
  lang: string;
  version: number;
  status: string;
  title: string;
  summary: string;
  body: string;
  uncertain: string | null;
  last_reviewed: string;
  next_review_due: string;
  source_version: number | null;
  minor_change: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  published_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface PortalContactTable {
  id: string;
  data: Json;
}

export interface PortalSectionTable {
  id: string;
  position: number;
  regime: string;
  titles: Json;
}

export interface PortalRedirectTable {
  from_path: string;
  to_path: string;
}

export interface PortalTables {
  portal_page: PortalPageTable;
  portal_translation: PortalTranslationTable;
  portal_contact: PortalContactTable;
  portal_section: PortalSectionTable;
  portal_redirect: PortalRedirectTable;
}

export interface DeliveryOutboxTable {
  id: Generated<number>;
  channel: string;
  destination: string;
  body: string;
  created_at: CreatedAt;
  sent_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  provider: string | null;
}

export interface ApplicantChallengeTable {
  token_hash: string;
  person_id: string | null;
  code_hash: string | null;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  attempts: Generated<number>;
  used_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  created_at: CreatedAt;
}

export interface ApplicantSessionTable {
  token_hash: string;
  person_id: string;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  ended_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface ApplicantAttemptTable {
  id: Generated<number>;
  key: string;
  attempted_at: CreatedAt;
}

export interface ContactChangeReportTable {
  id: Generated<string>;
  person_id: string;
  province_code: string | null;
  district: string | null;
  address: string | null;
  phone: string | null;
  reported_on: string;
  status: Generated<string>;
  reviewed_by: string | null;
  reviewed_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  created_at: CreatedAt;
}

export interface SelfServiceTables {
  delivery_outbox: DeliveryOutboxTable;
  applicant_challenge: ApplicantChallengeTable;
  applicant_session: ApplicantSessionTable;
  applicant_attempt: ApplicantAttemptTable;
  contact_change_report: ContactChangeReportTable;
}
