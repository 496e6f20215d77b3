-- Audit log (docs/product.md §8, 等保 安全审计): who did what to which object, when, from where, with what
-- result. Append-only: the trigger below refuses UPDATE, DELETE and TRUNCATE for every role.
create table audit_events (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_type text not null check (actor_type in ('applicant', 'staff', 'system')),
  -- staff account id, or the application id for an applicant; null for the system
  actor_id text,
  actor_roles text[] not null default '{}',
  ip text,
  action text not null check (action ~ '^[a-z_]+(\.[a-z_]+)*$'),
  object_type text not null,
  object_id text,
  result text not null check (result in ('success', 'failure', 'denied')),
  -- never personal data in clear: ids, counts, codes, masked values only
  details jsonb not null default '{}'
);

create index audit_events_object_idx on audit_events (object_type, object_id, occurred_at);
create index audit_events_time_idx on audit_events (occurred_at);

create function audit_events_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only' using errcode = '42501';
end
$$;

create trigger audit_events_no_update_or_delete
  before update or delete on audit_events
  for each row execute function audit_events_refuse_change();

create trigger audit_events_no_truncate
  before truncate on audit_events
  for each statement execute function audit_events_refuse_change();
