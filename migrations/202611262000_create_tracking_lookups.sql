-- Progress lookup (docs/product.md §7). Failed attempts are counted in the database so that every server
-- process shares them: per tracking code (5 failures lock it for 30 minutes) and per client address.
-- Keys are keyed hashes: neither the codes people typed nor their addresses are stored in clear.
create table tracking_attempts (
  scope text not null check (scope in ('code', 'ip', 'lost_code')),
  key_hash text not null,
  window_started_at timestamptz not null,
  failures integer not null default 0 check (failures >= 0),
  locked_until timestamptz,
  primary key (scope, key_hash)
);

-- A verified applicant's session: scoped to one application, 30 minutes idle. The cookie holds a
-- random token, this table its SHA-256.
create table applicant_sessions (
  token_hash text primary key,
  application_id uuid not null references applications (id),
  created_at timestamptz not null,
  last_seen_at timestamptz not null
);

create index applicant_sessions_application_idx on applicant_sessions (application_id);

-- The applicant-visible timeline (docs/product.md §7): one row per step the applicant may see. Internal notes
-- never go here; `public_note` is text written for the applicant.
create table application_events (
  id bigint generated always as identity primary key,
  application_id uuid not null references applications (id),
  occurred_at timestamptz not null,
  action text not null,
  from_stage text,
  to_stage text not null,
  public_note text
);

create index application_events_application_idx on application_events (application_id, id);
