-- Applicant self-service: one-time sign-in codes sent through a delivery outbox, sessions,
-- attempts (rate limits per ID number and per address), and reported changes of address or
-- phone waiting for a caseworker.

create table delivery_outbox (
  id bigint generated always as identity primary key,
  channel text not null check (channel in ('sms', 'email')),
  destination text not null,
  body text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  provider text
);

create table applicant_challenge (
  token_hash text primary key,
  -- null when the details matched nobody: the answer must not tell the difference.
  person_id uuid references person (id),
  code_hash text,
  expires_at timestamptz not null,
  attempts integer not null default 0,
  used_at timestamptz,
  created_at timestamptz not null default now()
);

create table applicant_session (
  token_hash text primary key,
  person_id uuid not null references person (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz
);

create table applicant_attempt (
  id bigint generated always as identity primary key,
  key text not null,
  attempted_at timestamptz not null default now()
);
create index applicant_attempt_recent on applicant_attempt (key, attempted_at);

create table contact_change_report (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  province_code text,
  district text,
  address text,
  phone text,
  reported_on date not null,
  status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
  reviewed_by uuid references app_user (id),
  reviewed_at timestamptz,
  created_at timestamptz not null default now()
);
create index contact_change_report_pending on contact_change_report (status, reported_on) where status = 'pending';
