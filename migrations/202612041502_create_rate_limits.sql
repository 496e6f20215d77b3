-- Issue 12 F11, F12: per-address budgets for anonymous acts that cost storage or send email (drafts
-- started, upload bytes, resume emails). One row per (scope, keyed hash of the address or
-- recipient), counted atomically with an upsert so concurrent requests cannot slip past the limit.
create table rate_limits (
  scope text not null,
  key_hash text not null,
  window_started_at timestamptz not null,
  used bigint not null check (used >= 0),
  primary key (scope, key_hash)
);

create index rate_limits_window_idx on rate_limits (window_started_at);
