// Shapes of the Koruma API as the staff app uses them (see GET /api/v1/openapi.json).

export type Sex = 'female' | 'male' | 'other';
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';
export type EntryType = 'regular' | 'irregular';
export const DOCUMENT_STATUSES = ['valid', 'expired', 'lost', 'revoked', 'replaced'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Why the server thinks a record may be the same person (each is translated as `reason.<code>`). */
export const MATCH_REASONS = [
  'same_name',
  'name_variant',
  'name_in_other_script',
  'similar_spelling',
  'name_order_swapped',
  'same_father_name',
  'same_date_of_birth',
  'birth_year_off_by_one',
  'day_month_swapped',
  'same_birth_year',
  'same_nationality',
  'different_nationality',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export const ROLES = [
  'administrator',
  'registration_officer',
  'protection_caseworker',
  'decision_maker',
  'centre_staff',
  'unhcr_officer',
  'lawyer',
  'content_editor',
  'statistics_viewer',
] as const;

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  provinceCode: string | null;
  preferredLanguage: string;
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: User;
}

export interface PersonSummary {
  id: string;
  foreignerIdNumber: string;
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  fatherName: string | null;
  sex: Sex;
  dateOfBirth: string | null;
  dateOfBirthPrecision: DatePrecision;
  nationality: string;
  provinceCode: string;
  fictional: boolean;
}

export interface DocumentView {
  id: string;
  type: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  status: DocumentStatus;
  statusReason: string | null;
  renewals: number;
  validityRule: { id: string; source: string; unverified: boolean };
}

export interface HouseholdMember {
  personId: string;
  relationship: string;
  givenName: string;
  familyName: string;
  foreignerIdNumber: string;
  dateOfBirth: string | null;
  dateOfBirthPrecision: DatePrecision;
  sex: Sex;
}

export interface PersonView extends PersonSummary {
  motherName: string | null;
  placeOfBirth: string | null;
  languages: string[];
  phone: string | null;
  email: string | null;
  district: string | null;
  entryType: EntryType;
  entryDate: string | null;
  entryPlace: string | null;
  registrationProvinceCode: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  specificNeeds: { code: string; note: string | null; recordedAt: string }[];
  documents: DocumentView[];
  household: {
    id: string;
    principalPersonId: string;
    relationship: string;
    members: HouseholdMember[];
  } | null;
}

export interface MatchCandidate {
  personId: string;
  score: number;
  reasons: MatchReason[];
  summary: PersonSummary;
}

/** What POST /persons and the `person` of a household member accept. */
export interface PersonInput {
  givenName: string;
  familyName: string;
  fatherName?: string;
  motherName?: string;
  givenNameOriginal?: string;
  familyNameOriginal?: string;
  sex: Sex;
  dateOfBirth?: string;
  dateOfBirthPrecision: DatePrecision;
  placeOfBirth?: string;
  nationality: string;
  languages: string[];
  phone?: string;
  email?: string;
  provinceCode: string;
  district?: string;
  entryType: EntryType;
  entryDate?: string;
  entryPlace?: string;
  specificNeeds: string[];
  duplicateOverride?: { candidatePersonIds: string[]; reason: string };
}

export interface HouseholdResult {
  id: string;
  principalPersonId: string;
  members: HouseholdMember[];
}

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorUsername: string | null;
  action: string;
  outcome: 'success' | 'denied';
  entityType: string;
  entityId: string | null;
  personId: string | null;
  purpose: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface Labels {
  tr: string;
  en: string;
  ar: string;
  fa: string;
}

export interface Coded {
  code: string;
  labels: Labels;
}

export interface Reference {
  specificNeeds: (Coded & { group: string; family: 'statutory' | 'unhcr'; unverified: boolean })[];
  specificNeedGroups: Coded[];
  relationships: Coded[];
  documentTypes: Coded[];
  provinces: { code: string; name: string }[];
  nationalities: Coded[];
  languages: Coded[];
}

export interface Card {
  person: PersonSummary;
  document: DocumentView;
  qrPayload: string;
  qrSvg: string;
}
