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
