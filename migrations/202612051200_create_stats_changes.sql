-- Statistics (issue 17; docs/decisions/094-statistics-cache.md): the page keeps the figures it
-- computed, with the snapshot it computed them in, and serves them again until some transaction that
-- wrote to a table the figures read has committed since. Every such transaction leaves its id here
-- (one row per transaction, whatever it wrote): inserting needs no lock another writer waits for, and
-- the row is visible exactly when the transaction's writes are, so a reader cannot see new figures'
-- data without also seeing the row that invalidates its cache.
create table stats_changes (
  xid xid8 primary key,
  changed_at timestamptz not null default now()
);

create function stats_note_change() returns trigger language plpgsql as $$
begin
  insert into stats_changes (xid) values (pg_current_xact_id()) on conflict do nothing;
  return null;
end
$$;

-- The tables the figures read (src/stats/figures/*; a test compares this list with their SQL), and
-- the working-day calendar the medians count with.
create trigger stats_changes after insert or update or delete or truncate on applications
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on application_events
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on application_clocks
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on supplement_requests
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on court_replies
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on recommendations
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on recommendation_replies
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on recommendation_follow_ups
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on exchange_log
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on leads
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on ex_officio_cases
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on collab_meetings
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on collab_referrals
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on collab_petitions
  for each statement execute function stats_note_change();
create trigger stats_changes after insert or update or delete or truncate on calendar_overrides
  for each statement execute function stats_note_change();
