-- Organisations and the data-sharing boundary (agreements per organisation and purpose, consent,
-- powers of attorney), referrals between agencies, and resettlement cases (domain.md §11, §12).

create table organisation (
  code text primary key check (code ~ '^[A-Z0-9-]{2,30}$'),
  name text not null,
  kind text not null check (kind in ('unhcr', 'partner', 'bar_association', 'resettlement_state')),
  country char(3),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  check (kind <> 'resettlement_state' or country is not null)
);

-- What an organisation may see of a person for one purpose: the fields the agreement lists.
create table sharing_agreement (
  id uuid primary key default gen_random_uuid(),
  organisation_code text not null references organisation (code),
  purpose text not null,
  fields text[] not null,
  reference text not null,
  valid_from date not null,
  valid_to date,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
create index sharing_agreement_lookup on sharing_agreement (organisation_code, purpose);

create table consent (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  organisation_code text not null references organisation (code),
  purpose text not null,
  given_on date not null,
  document text not null,
  withdrawn_on date,
  recorded_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index consent_person on consent (person_id, organisation_code, purpose);

create table power_of_attorney (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  lawyer_user_id uuid not null references app_user (id),
  document_reference text not null,
  notary text,
  issued_on date not null,
  valid_until date,
  revoked_on date,
  recorded_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index power_of_attorney_lawyer on power_of_attorney (lawyer_user_id, person_id);

create sequence agency_referral_serial start 1;

create table agency_referral (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  person_id uuid not null references person (id),
  member_ids uuid[] not null default '{}',
  -- null: referred by the migration authority itself.
  from_organisation text references organisation (code),
  to_organisation text not null references organisation (code),
  service text not null,
  status text not null check (status in ('sent', 'accepted', 'declined', 'closed')),
  sent_on date not null,
  note text,
  decided_on date,
  decline_reason text,
  outcome text,
  closed_on date,
  version integer not null default 1,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (status <> 'declined' or length(decline_reason) > 0)
);
create index agency_referral_inbox on agency_referral (to_organisation, status, sent_on);
create index agency_referral_person on agency_referral (person_id);

create sequence resettlement_serial start 1;

create table resettlement_case (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  principal_person_id uuid not null references person (id),
  province_code text not null,
  organisation_code text not null references organisation (code),
  stage text not null check (stage in ('referred', 'assessment', 'rrf', 'review', 'ready',
    'submitted', 'accepted', 'rejected', 'pre_departure', 'departed', 'withdrawn')),
  identified_on date not null,
  referral_reason text not null,
  priority text check (priority in ('emergency', 'urgent', 'normal')),
  primary_category text,
  secondary_category text,
  narrative text,
  prepared_by uuid references app_user (id),
  review_outcome text check (review_outcome in ('not_recommended', 'recommended_after_changes', 'recommended')),
  reviewed_by uuid references app_user (id),
  submitted_to char(3),
  submitted_on date,
  target_date date,
  state_decision_on date,
  decision_mode text check (decision_mode in ('interview', 'dossier')),
  medical_on date,
  orientation_on date,
  exit_permission_on date,
  departed_on date,
  closed_reason text,
  version integer not null default 1,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (primary_category is null or secondary_category is null or primary_category <> secondary_category)
);
create index resettlement_case_stage on resettlement_case (stage, priority);
create index resettlement_case_target on resettlement_case (target_date) where stage in ('submitted', 'accepted', 'pre_departure');

create table resettlement_member (
  case_id uuid not null references resettlement_case (id),
  person_id uuid not null references person (id),
  relationship text not null,
  state_decision text check (state_decision in ('accepted', 'rejected')),
  departed boolean not null default false,
  primary key (case_id, person_id)
);
create index resettlement_member_person on resettlement_member (person_id);

create table resettlement_event (
  id bigint generated always as identity primary key,
  case_id uuid not null references resettlement_case (id),
  kind text not null,
  occurred_on date not null,
  details jsonb not null default '{}',
  actor_user_id uuid references app_user (id),
  recorded_at timestamptz not null default now()
);
create index resettlement_event_case on resettlement_event (case_id, id);

create function resettlement_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'resettlement_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger resettlement_event_no_update before update or delete on resettlement_event
  for each row execute function resettlement_event_is_append_only();

-- UNHCR's target times from submission to departure (domain.md §12.2), as configuration.
create table resettlement_target (
  priority text primary key check (priority in ('emergency', 'urgent', 'normal')),
  days integer not null check (days > 0),
  source text not null
);
insert into resettlement_target (priority, days, source) values
  ('emergency', 7, 'UNHCR Resettlement Handbook: ideally within 7 days [RSH-prio]'),
  ('urgent', 42, 'about six weeks, secondary source [EXPAT-prio] (UNVERIFIED)'),
  ('normal', 365, 'about twelve months, secondary source [EXPAT-prio] (UNVERIFIED)');
