-- The international-protection procedure (LFIP Arts. 65–81, 85–86) and the temporary-protection
-- track: cases, their members, an append-only event history, running legal clocks, interviews,
-- reporting duties, decision letters, and the public-holiday calendar periods are counted with.

create table public_holiday (
  day date primary key,
  kind text not null check (kind in ('full', 'half_day_eve')),
  name text not null,
  source text not null
);

-- A year is "maintained" once its moving religious feasts have been entered; deadlines that
-- touch a year not listed here are flagged, because a feast day may be missing.
create table holiday_year (
  year integer primary key,
  confirmed_by text not null,
  confirmed_at timestamptz not null default now()
);

create sequence case_serial start 1;

create table protection_case (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  track text not null check (track in ('international_protection', 'temporary_protection')),
  state text not null,
  procedure text not null default 'regular' check (procedure in ('regular', 'accelerated')),
  acceleration_ground text,
  principal_person_id uuid not null references person (id),
  province_code text not null,
  lodged_province_code text not null,
  lodged_on date not null,
  lodged_via text not null check (lodged_via in ('directorate', 'police', 'gendarmerie', 'coast_guard')),
  registered_on date,
  tp_granted_on date,
  decision text,
  decision_by text,
  inadmissibility_ground text,
  hq_notified boolean not null default false,
  decided_on date,
  notified_on date,
  pending_appeal text,
  interviews_held integer not null default 0 check (interviews_held >= 0),
  missed_interviews_in_a_row integer not null default 0 check (missed_interviews_in_a_row >= 0),
  missed_reporting_in_a_row integer not null default 0 check (missed_reporting_in_a_row >= 0),
  delay_notice_served_on date,
  reporting_interval_days integer check (reporting_interval_days between 1 and 366),
  reporting_next_due date,
  assigned_caseworker_id uuid references app_user (id),
  -- Any member has an LFIP Art. 67 special need: such cases come first on every worklist.
  vulnerable boolean not null default false,
  last_event_on date not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index protection_case_state on protection_case (province_code, state, vulnerable desc, last_event_on);
create index protection_case_reporting on protection_case (province_code, reporting_next_due)
  where reporting_next_due is not null;
create index protection_case_missed on protection_case (province_code, missed_interviews_in_a_row, missed_reporting_in_a_row)
  where missed_interviews_in_a_row > 0 or missed_reporting_in_a_row > 0;

create table case_member (
  case_id uuid not null references protection_case (id),
  person_id uuid not null references person (id),
  role text not null check (role in ('principal', 'accompanying')),
  relationship text not null,
  -- LFIP Art. 65: adult family members consent in writing to be included.
  consent_given_on date,
  consent_document text,
  -- Cleared when the case closes, so a person can have at most one open case.
  open boolean not null default true,
  primary key (case_id, person_id)
);
create unique index case_member_one_open_case on case_member (person_id) where open;

-- Append-only: corrections are new events pointing at what they correct.
create table case_event (
  id bigint generated always as identity primary key,
  case_id uuid not null references protection_case (id),
  action text not null,
  occurred_on date not null,
  recorded_at timestamptz not null default now(),
  actor_user_id uuid references app_user (id),
  state_before text,
  state_after text not null,
  details jsonb not null default '{}',
  corrects_event_id bigint references case_event (id)
);
create index case_event_case on case_event (case_id, id);

create function case_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'case_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger case_event_no_update before update or delete on case_event
  for each row execute function case_event_is_append_only();
create trigger case_event_no_truncate before truncate on case_event
  for each statement execute function case_event_is_append_only();

-- A running legal time limit of a case. Province and vulnerability are copied in so that a
-- worklist is one range scan of one index, whatever the number of cases.
create table case_clock (
  id bigint generated always as identity primary key,
  case_id uuid not null references protection_case (id),
  code text not null,
  rule_id text not null,
  started_on date not null,
  started_by_event_id bigint not null references case_event (id),
  nominal_last_day date not null,
  last_day date not null,
  protective_last_day date not null,
  flags text[] not null default '{}',
  closed_on date,
  closed_by_event_id bigint references case_event (id),
  province_code text not null,
  vulnerable boolean not null
);
create index case_clock_case on case_clock (case_id);
create index case_clock_worklist on case_clock (province_code, code, vulnerable desc, last_day)
  where closed_on is null;

create table interview (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references protection_case (id),
  scheduled_at timestamptz not null,
  location text,
  interpreter_language text,
  -- RFIP: a psychologist, pedagogue or social worker may attend a child's interview.
  attendees text[] not null default '{}',
  status text not null check (status in ('scheduled', 'held', 'missed', 'excused', 'superseded')),
  held_on date,
  -- Confidential (LFIP Art. 75): read only by the assigned caseworker, the province's
  -- decision-makers and administrators, and every read is audited.
  record text,
  interviewer_id uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index interview_case on interview (case_id, scheduled_at);

create table reporting_check (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references protection_case (id),
  due_on date not null,
  attended boolean not null,
  recorded_by uuid references app_user (id),
  recorded_at timestamptz not null default now(),
  unique (case_id, due_on)
);

create table decision_letter (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references protection_case (id),
  event_id bigint not null references case_event (id),
  language text not null check (language in ('tr', 'en', 'ar', 'fa')),
  decision text not null,
  last_day date,
  html text not null,
  created_at timestamptz not null default now(),
  unique (event_id, language)
);

-- Law 2429: the fixed public holidays (15 July since 2017; 28 October afternoon a half day).
insert into public_holiday (day, kind, name, source)
select make_date(y, m, d), kind, name, 'Law 2429 [domain.md §0.1]'
from generate_series(2014, 2035) as y,
  (values (1, 1, 'full', 'new_year'), (4, 23, 'full', 'national_sovereignty_children'),
          (5, 1, 'full', 'labour_day'), (5, 19, 'full', 'youth_sports'),
          (7, 15, 'full', 'democracy_unity'), (8, 30, 'full', 'victory_day'),
          (10, 28, 'half_day_eve', 'republic_day_eve'), (10, 29, 'full', 'republic_day')) as f(m, d, kind, name)
where not (m = 7 and d = 15 and y < 2017);

-- 2026's religious feasts [domain.md §0.1; Diyanet calendar as reported in the press].
insert into public_holiday (day, kind, name, source) values
  ('2026-03-19', 'half_day_eve', 'ramadan_feast_eve', 'domain.md §0.1'),
  ('2026-03-20', 'full', 'ramadan_feast', 'domain.md §0.1'),
  ('2026-03-21', 'full', 'ramadan_feast', 'domain.md §0.1'),
  ('2026-03-22', 'full', 'ramadan_feast', 'domain.md §0.1'),
  ('2026-05-26', 'half_day_eve', 'sacrifice_feast_eve', 'domain.md §0.1'),
  ('2026-05-27', 'full', 'sacrifice_feast', 'domain.md §0.1'),
  ('2026-05-28', 'full', 'sacrifice_feast', 'domain.md §0.1'),
  ('2026-05-29', 'full', 'sacrifice_feast', 'domain.md §0.1'),
  ('2026-05-30', 'full', 'sacrifice_feast', 'domain.md §0.1');
insert into holiday_year (year, confirmed_by) values (2026, 'migration 20261129090000 (domain.md §0.1)');

-- Documents about to expire, per issuing directorate (the "documents expiring" worklist).
create index identity_document_expiring on identity_document (province_code, expires_on) where status = 'valid';
