-- Foundation: staff accounts, sessions, the append-only audit trail, and the person registry.
create extension if not exists pg_trgm;

create table app_user (
  id uuid primary key default gen_random_uuid(),
  username text not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name text not null,
  role text not null,
  province_code text,
  centre_id uuid,
  organisation text,
  password_hash text not null,
  preferred_language text not null default 'tr' check (preferred_language in ('tr', 'en', 'ar', 'fa')),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table auth_session (
  token_hash text primary key,
  user_id uuid not null references app_user (id),
  kind text not null check (kind in ('cookie', 'bearer')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index auth_session_user on auth_session (user_id);

create table login_attempt (
  id bigint generated always as identity primary key,
  username text not null,
  ip text not null,
  succeeded boolean not null,
  attempted_at timestamptz not null default now()
);
create index login_attempt_recent on login_attempt (username, attempted_at);

-- Audit: one row per create, update, read of personal data, and denied attempt.
-- seq is gap-free and hash-chained (hash = sha256(prev_hash || canonical event)).
create table audit_event (
  seq bigint primary key,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  actor_username text,
  action text not null,
  outcome text not null check (outcome in ('success', 'denied')),
  entity_type text not null,
  entity_id text,
  person_id uuid,
  purpose text,
  ip text,
  request_id text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null unique
);
create index audit_event_person on audit_event (person_id, seq) where person_id is not null;

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_is_append_only();

-- Foreigner identification numbers are 99 + a 7-digit serial + two check digits.
create sequence foreigner_id_serial minvalue 1 maxvalue 9999999 start 1000001;
create sequence document_serial start 100001;

create table person (
  id uuid primary key default gen_random_uuid(),
  foreigner_id_number char(11) not null unique check (foreigner_id_number ~ '^99[0-9]{9}$'),
  given_name text not null,
  family_name text not null,
  father_name text,
  mother_name text,
  given_name_original text,
  family_name_original text,
  sex text not null check (sex in ('female', 'male', 'other')),
  date_of_birth date,
  date_of_birth_precision text not null check (date_of_birth_precision in ('day', 'month', 'year', 'unknown')),
  place_of_birth text,
  nationality char(3) not null check (nationality ~ '^[A-Z]{3}$'),
  languages text[] not null default '{}',
  phone text,
  phone_digits text,
  email text,
  province_code text not null,
  district text,
  entry_type text not null check (entry_type in ('regular', 'irregular')),
  entry_date date,
  entry_place text,
  has_photo boolean not null default false,
  -- Demo data made by `koruma seed --demo`: shown with a "fictional" mark everywhere.
  fictional boolean not null default false,
  -- Derived for search and duplicate detection (see src/domain/names.ts).
  name_keys text[] not null default '{}',
  search_text text not null default '',
  registered_by uuid references app_user (id),
  registration_province_code text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index person_name_keys on person using gin (name_keys);
create index person_search_text on person using gin (search_text gin_trgm_ops);
create index person_phone on person (phone_digits) where phone_digits is not null;
create index person_birth on person (extract(year from date_of_birth));
create index person_province on person (province_code);

create table person_photo (
  person_id uuid primary key references person (id),
  content_type text not null check (content_type in ('image/jpeg', 'image/png')),
  data bytea not null
);

create table duplicate_review (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  candidate_person_ids uuid[] not null,
  reason text not null,
  decided_by uuid references app_user (id),
  decided_at timestamptz not null default now()
);
create index duplicate_review_person on duplicate_review (person_id);

create table household (
  id uuid primary key default gen_random_uuid(),
  principal_person_id uuid not null references person (id),
  created_at timestamptz not null default now(),
  created_by uuid references app_user (id)
);

create table household_membership (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references household (id),
  person_id uuid not null references person (id),
  relationship text not null,
  joined_at timestamptz not null default now(),
  left_at timestamptz,
  left_reason text
);
-- A person belongs to one household at a time; closed memberships are the history.
create unique index household_membership_current on household_membership (person_id) where left_at is null;
create index household_membership_household on household_membership (household_id);

create table person_specific_need (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  code text not null,
  note text,
  recorded_at timestamptz not null default now(),
  recorded_by uuid references app_user (id),
  removed_at timestamptz,
  removed_by uuid references app_user (id)
);
create unique index person_specific_need_current on person_specific_need (person_id, code) where removed_at is null;

-- Validity periods are rules with effective dates: the law moved them to the Ministry of Interior in 2019.
create table document_validity_rule (
  id text primary key,
  document_type text not null,
  validity_days integer,
  validity_months integer,
  effective_from date not null,
  effective_to date,
  source text not null,
  unverified boolean not null default false,
  check ((validity_days is null) <> (validity_months is null))
);

create table identity_document (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  type text not null,
  number text not null unique,
  issued_on date not null,
  expires_on date not null,
  status text not null check (status in ('valid', 'expired', 'lost', 'revoked', 'replaced')),
  status_reason text,
  validity_rule_id text not null references document_validity_rule (id),
  renewals integer not null default 0,
  issued_by uuid references app_user (id),
  province_code text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- At most one valid document of a type per person.
create unique index identity_document_one_valid on identity_document (person_id, type) where status = 'valid';
create index identity_document_person on identity_document (person_id);

create table identity_document_event (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references identity_document (id),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('issued', 'renewed', 'lost', 'revoked', 'expired')),
  expires_on date,
  reason text,
  at timestamptz not null default now(),
  by_user uuid references app_user (id)
);
create index identity_document_event_document on identity_document_event (document_id);

insert into document_validity_rule (id, document_type, validity_days, validity_months, effective_from, effective_to, source, unverified) values
  ('registration-30d-2014', 'registration_document', 30, null, '2014-04-11', null, 'PMM document list [GOC-docs]; LFIP/RFIP article unverified', true),
  ('ip-applicant-6m-2014', 'ip_applicant_id', null, 6, '2014-04-11', '2019-12-23', 'LFIP Art. 76 (pre-2019 text) [GOC-docs]', false),
  ('ip-applicant-6m-2019', 'ip_applicant_id', null, 6, '2019-12-24', null, 'Set by the Ministry of Interior since Law 7196 [ECRE-2019bill]; 6 months in practice', true),
  ('tp-id-12m-2014', 'temporary_protection_id', null, 12, '2014-10-22', null, 'TPR; validity set by PMM', true),
  ('status-holder-12m-2019', 'status_holder_id', null, 12, '2019-12-24', null, 'Set by the Ministry of Interior since Law 7196; 1 year for conditional refugees and subsidiary protection before 2019 [GOC-docs]', true);
