-- The staff queue (docs/product.md §8, §14: p95 < 50 ms on 1,000,000 applications) and the daily digest.
--
-- The queue sorts on coalesce(next_due, 9999-12-31), id: applications without a running clock go
-- last, and the key is one non-null value, so the keyset condition is a plain row comparison that
-- an index can seek to. Every index below carries that key after its equality columns.
create index applications_queue_open_idx
  on applications ((coalesce(next_due, '9999-12-31'::date)), id)
  where stage not in ('not_accepted', 'referred', 'withdrawn', 'deemed_withdrawn', 'closed');

create index applications_queue_stage_idx
  on applications (stage, (coalesce(next_due, '9999-12-31'::date)), id);

create index applications_queue_court_idx
  on applications (court_code, (coalesce(next_due, '9999-12-31'::date)), id)
  where stage not in ('not_accepted', 'referred', 'withdrawn', 'deemed_withdrawn', 'closed');

create index applications_queue_assignee_idx
  on applications (assigned_staff_id, (coalesce(next_due, '9999-12-31'::date)), id)
  where stage not in ('not_accepted', 'referred', 'withdrawn', 'deemed_withdrawn', 'closed');

-- Search by applicant name: exact or prefix (LIKE 'x%'), whatever the database collation.
create index applications_applicant_name_idx on applications (applicant_name text_pattern_ops);

-- Flags are rare (可能重复, 材料不全 …): a GIN index finds them without walking the whole queue.
create index applications_flags_idx on applications using gin (flags);

-- Counts per stage for the queue's tabs. count(*) over a million rows takes longer than the whole
-- page may; these rows are kept exact by statement-level triggers in the same transaction as the
-- change. Each stage change briefly locks two of these rows; at a procuratorate's volume (tens of
-- applications a day) that serialises nothing noticeable.
create table application_stage_counts (
  stage text primary key,
  total integer not null check (total >= 0)
);

insert into application_stage_counts (stage, total)
  select s, (select count(*) from applications a where a.stage = s)
  from unnest(array[
    'submitted', 'supplement_requested', 'accepted', 'under_review', 'suspended', 'escalated',
    'decided_recommendation', 'court_replied', 'decided_not_supported', 'terminated',
    'not_accepted', 'referred', 'withdrawn', 'deemed_withdrawn', 'closed']) as s;

create function application_stage_counts_on_insert() returns trigger language plpgsql as $$
begin
  update application_stage_counts c set total = c.total + d.k
    from (select stage, count(*)::integer as k from new_rows group by stage) d
    where c.stage = d.stage;
  return null;
end
$$;

create function application_stage_counts_on_update() returns trigger language plpgsql as $$
begin
  update application_stage_counts c set total = c.total + d.k
    from (
      select stage, sum(k)::integer as k from (
        select o.stage, -1 as k from old_rows o join new_rows n on n.id = o.id
          where o.stage <> n.stage
        union all
        select n.stage, 1 as k from old_rows o join new_rows n on n.id = o.id
          where o.stage <> n.stage
      ) moves group by stage
    ) d
    where c.stage = d.stage and d.k <> 0;
  return null;
end
$$;

create function application_stage_counts_on_delete() returns trigger language plpgsql as $$
begin
  update application_stage_counts c set total = c.total - d.k
    from (select stage, count(*)::integer as k from old_rows group by stage) d
    where c.stage = d.stage;
  return null;
end
$$;

create trigger application_stage_counts_insert after insert on applications
  referencing new table as new_rows
  for each statement execute function application_stage_counts_on_insert();

create trigger application_stage_counts_update after update on applications
  referencing old table as old_rows new table as new_rows
  for each statement execute function application_stage_counts_on_update();

create trigger application_stage_counts_delete after delete on applications
  referencing old table as old_rows
  for each statement execute function application_stage_counts_on_delete();

-- The daily digest goes to an address staff give; none until they do.
alter table staff_accounts add column email text
  check (email is null or (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'));

-- One row per Beijing day the digest was sent: the first process to insert it sends, every other
-- process (and every later hourly run) finds it there and sends nothing.
create table digest_runs (
  day date primary key,
  sent_at timestamptz not null,
  recipients integer not null check (recipients >= 0)
);
