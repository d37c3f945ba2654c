-- Centres (reception and accommodation, removal, temporary accommodation), placements and beds,
-- services and visits for residents, child-protection referrals, removal decisions (LFIP Arts.
-- 52-56) with the Art. 55 protections, and administrative detention (Arts. 57, 57/A, 68).

create table centre (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z0-9-]{2,20}$'),
  name text not null,
  kind text not null check (kind in ('reception', 'removal', 'temporary_accommodation')),
  province_code text not null,
  operator text not null check (operator in ('authority', 'partner')),
  -- A partner runs the centre under a protocol with the authority (2014 Regulation).
  operator_name text,
  protocol_reference text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  check (operator = 'authority' or (operator_name is not null and protocol_reference is not null))
);
create index centre_province on centre (province_code);

-- `occupied` is kept in step with the open placements of the unit inside every placing
-- transaction; the check constraint is the last line of defence against overbooking.
create table centre_unit (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centre (id),
  name text not null,
  unit_type text not null check (unit_type in ('wing', 'room', 'family', 'child')),
  sex_restriction text check (sex_restriction in ('female', 'male')),
  capacity integer not null check (capacity > 0),
  occupied integer not null default 0,
  active boolean not null default true,
  unique (centre_id, name),
  check (occupied >= 0 and occupied <= capacity)
);

create table placement (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  centre_id uuid not null references centre (id),
  unit_id uuid not null references centre_unit (id),
  -- The people admitted together (a family) share one admission id.
  admission_id uuid not null,
  started_on date not null,
  ended_on date,
  end_reason text check (end_reason in ('transferred', 'discharged', 'released', 'removed')),
  absent_since date,
  absence_reason text,
  detention_id uuid,
  created_by uuid references app_user (id),
  ended_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check ((ended_on is null) = (end_reason is null)),
  check (ended_on is null or ended_on >= started_on)
);
create unique index placement_current on placement (person_id) where ended_on is null;
create index placement_unit_open on placement (unit_id) where ended_on is null;
create index placement_centre_dates on placement (centre_id, started_on, ended_on);

create table placement_absence (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references placement (id),
  left_on date not null,
  returned_on date,
  reason text not null,
  recorded_by uuid references app_user (id)
);

-- Waiting list for accommodation: vulnerable people first (LFIP Art. 67, Art. 95), then by date.
create table accommodation_request (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  member_ids uuid[] not null,
  province_code text not null,
  requested_on date not null,
  status text not null check (status in ('waiting', 'placed', 'withdrawn')),
  admission_id uuid,
  closed_on date,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create unique index accommodation_request_open on accommodation_request (person_id) where status = 'waiting';
create index accommodation_request_waiting on accommodation_request (requested_on, created_at) where status = 'waiting';

create table resident_service (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  centre_id uuid not null references centre (id),
  category text not null check (category in ('health_emergency', 'health_primary', 'psychosocial',
    'education_enrolment', 'education_attendance', 'social', 'legal_information')),
  delivered_on date not null,
  delivered_by uuid not null references app_user (id),
  provider text,
  summary text,
  created_at timestamptz not null default now()
);
create index resident_service_person on resident_service (person_id, delivered_on);

-- Health notes live apart so that no query for the services log can carry them by accident.
create table resident_health_note (
  service_id uuid primary key references resident_service (id),
  note text not null
);

create table child_protection_referral (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  centre_id uuid references centre (id),
  institution text not null,
  referred_on date not null,
  reference text,
  status text not null check (status in ('referred', 'accepted', 'placed', 'closed')),
  status_on date not null,
  note text,
  created_by uuid references app_user (id),
  updated_by uuid references app_user (id)
);
create index child_protection_referral_person on child_protection_referral (person_id);

create table centre_visit (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centre (id),
  person_id uuid not null references person (id),
  visitor_kind text not null check (visitor_kind in ('relative', 'lawyer', 'legal_representative',
    'notary', 'consular', 'unhcr')),
  visitor_name text not null,
  visitor_organisation text,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  status text not null check (status in ('requested', 'scheduled', 'refused', 'held', 'cancelled')),
  -- Meetings with lawyers, legal representatives and UNHCR are confidential: no notes exist.
  confidential boolean not null,
  notes text,
  refusal_reason text,
  requested_by uuid references app_user (id),
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  check (ends_at > starts_at),
  check (status <> 'refused' or length(refusal_reason) > 0),
  check (not confidential or notes is null)
);
create index centre_visit_calendar on centre_visit (centre_id, starts_at);
create index centre_visit_refused on centre_visit (starts_at) where status = 'refused';

create sequence removal_serial start 1;

create table removal_decision (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  person_id uuid not null references person (id),
  province_code text not null,
  grounds text[] not null check (cardinality(grounds) > 0),
  destination_country char(3),
  apprehended_at timestamptz,
  decided_on date not null,
  state text not null check (state in ('decided', 'notified', 'under_appeal', 'enforceable',
    'carried_out', 'annulled', 'cancelled')),
  notified_on date,
  appeal_last_day date,
  appeal_protective_last_day date,
  appeal_rule_id text,
  voluntary_departure_days integer check (voluntary_departure_days between 15 and 30),
  voluntary_departure_until date,
  exit_permit_number text,
  appeal_lodged_on date,
  appeal_decision_due date,
  appeal_outcome text check (appeal_outcome in ('upheld', 'annulled')),
  appeal_decided_on date,
  carried_out_on date,
  closed_reason text,
  version integer not null default 1,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create unique index removal_decision_open on removal_decision (person_id)
  where state not in ('carried_out', 'annulled', 'cancelled');
create index removal_decision_province on removal_decision (province_code, state);

create table removal_event (
  id bigint generated always as identity primary key,
  removal_id uuid not null references removal_decision (id),
  kind text not null,
  occurred_on date not null,
  details jsonb not null default '{}',
  actor_user_id uuid references app_user (id),
  recorded_at timestamptz not null default now()
);
create index removal_event_removal on removal_event (removal_id, id);

-- LFIP Art. 55: circumstances in which no removal decision may be taken (and none carried out).
create table removal_protection (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  ground text not null check (ground in ('a', 'b', 'c', 'ç', 'd')),
  recorded_on date not null,
  until date,
  ended_on date,
  basis text not null,
  recorded_by uuid references app_user (id)
);
create index removal_protection_person on removal_protection (person_id) where ended_on is null;

create sequence detention_serial start 1;

create table detention (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  person_id uuid not null references person (id),
  province_code text not null,
  basis text not null check (basis in ('removal', 'ip_applicant')),
  removal_id uuid references removal_decision (id),
  grounds text[] not null check (cardinality(grounds) > 0),
  ordered_at timestamptz not null,
  ordered_on date not null,
  transfer_due_at timestamptz not null,
  transferred_at timestamptz,
  centre_id uuid references centre (id),
  initial_until date not null,
  extended_until date,
  extension_reason text,
  next_review_due date not null,
  state text not null check (state in ('detained', 'released')),
  released_on date,
  release_reason text,
  version integer not null default 1,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (extended_until is null or extended_until > initial_until),
  check ((state = 'released') = (released_on is not null))
);
create unique index detention_open on detention (person_id) where state = 'detained';
create index detention_review_due on detention (province_code, next_review_due) where state = 'detained';
create index detention_centre on detention (centre_id) where state = 'detained';

create table detention_review (
  id uuid primary key default gen_random_uuid(),
  detention_id uuid not null references detention (id),
  reviewed_on date not null,
  outcome text not null check (outcome in ('continue', 'extend', 'release')),
  reasons text not null,
  late boolean not null,
  reviewed_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index detention_review_detention on detention_review (detention_id, reviewed_on);

create table detention_challenge (
  id uuid primary key default gen_random_uuid(),
  detention_id uuid not null references detention (id),
  lodged_on date not null,
  decision_due date not null,
  decided_on date,
  outcome text check (outcome in ('release_ordered', 'rejected')),
  recorded_by uuid references app_user (id)
);

-- LFIP Art. 57/A: alternatives to detention.
create table alternative_measure (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  detention_id uuid references detention (id),
  removal_id uuid references removal_decision (id),
  kind text not null check (kind in ('residence_at_address', 'reporting', 'family_based_return',
    'return_counselling', 'public_benefit_work', 'guarantee', 'electronic_monitoring')),
  starts_on date not null,
  ends_on date,
  details text,
  imposed_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index alternative_measure_person on alternative_measure (person_id);

-- A user scoped to a centre must name a real one from now on.
alter table app_user add constraint app_user_centre_fk foreign key (centre_id) references centre (id);
