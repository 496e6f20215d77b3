-- The statutory clocks of docs/product.md §9, one row per clock an application has run. A clock is open until
-- `stopped_at`; a paused clock (中止审查) has `paused_on`, and the days it stood still are added to
-- `paused_days` when it resumes. `applications.next_due` is the earliest due date among the open,
-- running clocks, kept in step by src/deadlines/clocks.ts, so the staff queue sorts on an index.
create table application_clocks (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  kind text not null check (kind in (
    'procedural_reply', 'supplement', 'acceptance_notice', 'review', 'decision_notice',
    'court_reply')),
  started_on date not null,
  due date not null,
  explanation text not null,
  paused_on date,
  paused_days integer not null default 0 check (paused_days >= 0),
  extended_months integer not null default 0 check (extended_months between 0 and 12),
  stopped_at timestamptz,
  created_at timestamptz not null
);

create index application_clocks_application_idx on application_clocks (application_id, created_at);
create unique index application_clocks_one_open_per_kind
  on application_clocks (application_id, kind) where stopped_at is null;

alter table applications add column next_due date;

insert into application_clocks (application_id, kind, started_on, due, explanation, created_at)
  select id, 'procedural_reply', timezone('Asia/Shanghai', submitted_at)::date,
         procedural_reply_due, procedural_reply_explanation, submitted_at
  from applications where stage = 'submitted';

update applications set next_due = procedural_reply_due where stage = 'submitted';

create index applications_next_due_idx on applications (next_due, id);
