-- Issue 12 F16: a hash chain over the audit log. Each new row carries the hash of the row before it
-- and its own hash over every column; the auditor page recomputes the chain, so a row edited or
-- deleted by someone able to bypass the append-only trigger (a superuser, the table owner) breaks
-- it visibly. One head row, locked by every insert until its transaction ends, keeps the chain in
-- the order rows are written even with concurrent transactions. Rows older than this migration
-- carry no hash and are not part of the chain.
alter table audit_events add column prev_hash text;
alter table audit_events add column row_hash text;

create table audit_chain_head (
  id boolean primary key default true check (id),
  last_id bigint,
  last_hash text not null
);

insert into audit_chain_head (id, last_id, last_hash) values (true, null, 'genesis');

-- Every column in a canonical JSON array (jsonb text and epoch seconds do not depend on settings).
create function audit_event_hash(prev text, e audit_events) returns text
language sql immutable as $$
  select encode(sha256(convert_to(prev || jsonb_build_array(
    e.id, extract(epoch from e.occurred_at), e.actor_type, e.actor_id, e.actor_roles, e.ip,
    e.action, e.object_type, e.object_id, e.result, e.details)::text, 'UTF8')), 'hex')
$$;

create function audit_events_chain() returns trigger language plpgsql as $$
declare
  previous text;
begin
  select last_hash into previous from audit_chain_head where id for update;
  new.prev_hash := previous;
  new.row_hash := audit_event_hash(previous, new);
  update audit_chain_head set last_id = new.id, last_hash = new.row_hash where id;
  return new;
end
$$;

create trigger audit_events_chain
  before insert on audit_events
  for each row execute function audit_events_chain();
