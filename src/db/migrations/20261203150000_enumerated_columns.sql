-- The enumerated text columns that had no CHECK list: each now admits exactly the values of the
-- domain constant the code writes from (test/db/enumerated-columns.test.ts keeps the two equal),
-- so their generated table types are unions rather than strings. Null stays allowed where the
-- column is nullable.

-- src/domain/procedure/states.ts: CASE_STATES, DECISIONS, DECISION_ISSUERS,
-- INADMISSIBILITY_GROUNDS, APPEAL_BODIES.
alter table protection_case add constraint protection_case_state_check check (state in (
  'lodged', 'referred', 'registered', 'interview_scheduled', 'interviewed', 'decided', 'notified',
  'under_appeal', 'protected', 'rejected_final', 'withdrawn', 'status_ended',
  'tp_pending', 'tp_granted', 'tp_ended'));
alter table protection_case add constraint protection_case_decision_check check (decision in (
  'refugee', 'conditional_refugee', 'subsidiary_protection', 'rejected', 'inadmissible', 'excluded',
  'implicitly_withdrawn', 'cessation', 'cancellation'));
alter table protection_case add constraint protection_case_decision_by_check check (decision_by in (
  'authority', 'ipec', 'administrative_court', 'regional_administrative_court'));
alter table protection_case add constraint protection_case_inadmissibility_ground_check
  check (inadmissibility_ground in ('a', 'b', 'c', 'ç'));
alter table protection_case add constraint protection_case_pending_appeal_check check (pending_appeal in (
  'ipec', 'administrative_court', 'regional_administrative_court'));

-- src/domain/procedure/time-limits.ts: LIMIT_CODES.
alter table case_clock add constraint case_clock_code_check check (code in (
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6-interview', 'T6-decision', 'T7', 'T9-appeal', 'T9-decision',
  'T10', 'T10-onward', 'T10-other', 'T11-appeal', 'T11-inadmissible', 'T11-decision',
  'T12-appeal', 'T12-decision', 'T13', 'T14', 'T15', 'T16-initial', 'T16-extension', 'T16-review',
  'T17', 'T18', 'T19', 'T20', 'T21', 'T22', 'T23-employment', 'T23-income', 'T24'));

-- src/domain/access.ts: ROLES.
alter table app_user add constraint app_user_role_check check (role in (
  'administrator', 'registration_officer', 'protection_caseworker', 'decision_maker', 'centre_staff',
  'health_staff', 'removal_officer', 'unhcr_officer', 'partner_officer', 'lawyer', 'content_editor',
  'statistics_viewer'));

-- src/domain/sharing/boundary.ts: REFERRAL_SERVICES.
alter table agency_referral add constraint agency_referral_service_check check (service in (
  'legal_aid', 'psychosocial_support', 'child_protection', 'health', 'resettlement_assessment'));
