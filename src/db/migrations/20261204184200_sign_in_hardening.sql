-- Sign-in hardening (issue 13, part 5): throttling by (account, address) pair instead of an
-- account lock, and a TOTP second factor with one-time recovery codes.

-- What an attempt was for (the password, or the second step), and when an administrator or a
-- completed sign-in cleared it from the throttle. Rows are kept: the counter only ignores them.
alter table login_attempt
  add column kind text not null default 'password' check (kind in ('password', 'second_factor')),
  add column cleared_at timestamptz;
create index login_attempt_pair on login_attempt (username, ip, attempted_at) where cleared_at is null and not succeeded;
create index login_attempt_ip on login_attempt (ip, attempted_at) where cleared_at is null and not succeeded;

-- The TOTP secret, encrypted when KORUMA_TOTP_KEY is set ("v1:" AES-256-GCM, bound to the
-- user's id) or marked "plain:" when not; the last accepted time step, so a code is used once.
alter table app_user
  add column totp_secret text,
  add column totp_enrolled_at timestamptz,
  add column totp_last_step bigint;

-- Between a right password and the second step: a short-lived challenge, stored hashed like a
-- session token. During enrolment it also holds the secret being set up.
create table sign_in_challenge (
  token_hash text primary key,
  user_id uuid not null references app_user (id),
  stage text not null check (stage in ('code', 'enrol')),
  pending_secret text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index sign_in_challenge_user on sign_in_challenge (user_id);

-- One-time recovery codes: SHA-256 of a 50-bit random code (high entropy, so a fast hash is
-- enough, as for session tokens); shown once at enrolment.
create table recovery_code (
  id bigint generated always as identity primary key,
  user_id uuid not null references app_user (id),
  code_hash text not null,
  created_at timestamptz not null default now(),
  used_at timestamptz,
  unique (user_id, code_hash)
);
