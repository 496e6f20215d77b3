-- Retention and purge (issue 18 item 4, legal review D22; PIPL 第十九条, 第四十七条). The periods
-- default in code (src/retention/retention-kinds.ts); a row here is an administrator's choice that
-- replaces the default. Months, counted from the day the purpose ended.
create table retention_periods (
  kind text primary key,
  months integer not null check (months between 1 and 1200),
  updated_by uuid not null references staff_accounts (id),
  updated_at timestamptz not null
);

-- A legal hold (a leader's staff action, audited): nothing of the subject is purged while a hold is
-- active. Lifting it keeps the row, so the history of holds stays readable.
create table legal_holds (
  id uuid primary key default gen_random_uuid(),
  subject_type text not null check (subject_type in ('application')),
  subject_id uuid not null,
  reason text not null check (char_length(reason) between 5 and 500),
  set_by uuid not null references staff_accounts (id),
  set_at timestamptz not null,
  lifted_by uuid references staff_accounts (id),
  lifted_at timestamptz,
  lift_reason text check (lift_reason is null or char_length(lift_reason) between 5 and 500),
  check ((lifted_at is null) = (lifted_by is null)),
  check ((lifted_at is null) = (lift_reason is null))
);

create unique index legal_holds_active_idx on legal_holds (subject_type, subject_id)
  where lifted_at is null;

-- When the personal data of a record was removed; its skeleton (stage, dates, events, clocks,
-- counts) stays, so the statistics do not change.
alter table applications add column purged_at timestamptz;
alter table collab_petitions add column purged_at timestamptz;
alter table ex_officio_cases add column purged_at timestamptz;
alter table court_cases add column purged_at timestamptz;
alter table exchange_log add column purged_at timestamptz;

-- The daily purge claims its China day here with a lease: one process purges at a time, a crashed
-- run's lease runs out and the next hourly run finishes the day (each case is its own transaction).
create table purge_runs (
  day date primary key,
  started_at timestamptz not null,
  lease_until timestamptz not null,
  finished_at timestamptz,
  counts jsonb
);

-- Files whose rows a committed purge removed, until the store has deleted them: a crash between the
-- commit and the deletion leaves the id here, and the next run deletes it (no orphan is left).
create table purge_pending_files (
  file_id text primary key,
  queued_at timestamptz not null
);

-- The audit log's own period (decision 078 keeps it append-only and hash-chained). Only a prefix in
-- id order is removed, by this owner-run function; the hash of the last removed chained row becomes
-- the chain's anchor, so the auditor's check still verifies every remaining row. The serving role
-- has no DELETE on audit_events in production, so the setting below opens nothing to it.
alter table audit_chain_head add column pruned_hash text;

create or replace function audit_events_refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and coalesce(current_setting('zhijian.audit_prune', true), '') = 'on' then
    return old;
  end if;
  raise exception 'audit_events is append-only' using errcode = '42501';
end
$$;

create function prune_audit_events(cutoff timestamptz) returns integer
language plpgsql security definer set search_path = public as $$
declare
  boundary bigint;
  head_id bigint;
  anchor text;
  removed integer;
begin
  select min(id) into boundary from audit_events where occurred_at >= cutoff;
  select last_id into head_id from audit_chain_head where id for update;
  -- the head row always stays, so the head keeps pointing at a row
  boundary := least(coalesce(boundary, head_id, 0), coalesce(head_id, boundary, 0));
  select row_hash into anchor from audit_events
    where id < boundary and row_hash is not null order by id desc limit 1;
  perform set_config('zhijian.audit_prune', 'on', true);
  delete from audit_events where id < boundary;
  get diagnostics removed = row_count;
  perform set_config('zhijian.audit_prune', 'off', true);
  if anchor is not null then
    update audit_chain_head set pruned_hash = anchor where id;
  end if;
  return removed;
end
$$;
