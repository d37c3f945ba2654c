// The table types the code imports. The tables are generated from the migrations into
// schema.generated.ts (`npm run db:types`; a test fails when it is stale); the rows the code
// passes around are named here.
import type { Insertable, Selectable } from 'kysely';
import type { Database } from './schema.generated.ts';

export type * from './schema.generated.ts';

export type AppUserRow = Selectable<Database['app_user']>;
export type AuditEventRow = Selectable<Database['audit_event']>;
export type PersonRow = Selectable<Database['person']>;
export type NewPerson = Insertable<Database['person']>;
export type IdentityDocumentRow = Selectable<Database['identity_document']>;
export type ProtectionCaseRow = Selectable<Database['protection_case']>;
export type CaseClockRow = Selectable<Database['case_clock']>;
export type CaseEventRow = Selectable<Database['case_event']>;
export type InterviewRow = Selectable<Database['interview']>;
export type CentreRow = Selectable<Database['centre']>;
export type CentreUnitRow = Selectable<Database['centre_unit']>;
export type RemovalDecisionRow = Selectable<Database['removal_decision']>;
export type DetentionRow = Selectable<Database['detention']>;
export type ResettlementCaseRow = Selectable<Database['resettlement_case']>;
export type AgencyReferralRow = Selectable<Database['agency_referral']>;
