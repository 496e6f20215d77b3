-- Staff sign-in (docs/product.md §8): 5 failed logins lock an account for 15 minutes; TOTP secrets are stored
-- encrypted with the data key; sessions are server-side, the cookie holds a random token and this
-- table its SHA-256; 30 minutes idle, 12 hours absolute.
alter table staff_accounts
  add column failed_logins integer not null default 0 check (failed_logins >= 0),
  add column locked_until timestamptz,
  add column totp_secret_encrypted text,
  add column totp_enabled_at timestamptz,
  -- a secret shown at enrolment, kept until the person proves it works with one code
  add column totp_pending_encrypted text,
  -- the last accepted TOTP time step: a code is accepted once (RFC 6238 §5.2)
  add column totp_last_step integer,
  add column password_changed_at timestamptz,
  add column last_login_at timestamptz;

create table staff_sessions (
  token_hash text primary key,
  staff_id uuid not null references staff_accounts (id),
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null
);

create index staff_sessions_staff_idx on staff_sessions (staff_id);
