-- 联席会议 (issue 16 item 2, docs/decisions/055-collaboration-meetings.md): meetings with the court and
-- the 市院 — 法检"两长"联席会, the information-exchange 联席会, 市院–中院会商 (上下联动) and other 会商 —
-- their minutes (纪要) as a checked upload, the exchanges, cases and 检察建议 they dealt with, and
-- the action items they agreed, each with an owner, a due date and a status. Open action items due
-- soon go into the daily digest.
create table collab_meetings (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('chiefs', 'info_exchange', 'city_consult', 'other')),
  held_on date not null,
  place text not null check (char_length(place) between 1 and 100),
  chair text not null check (char_length(chair) between 1 and 50),
  -- [{ "organisation": "…", "people": "…" }], one entry per organisation
  participants jsonb not null,
  agenda text not null check (char_length(agenda) between 1 and 2000),
  decisions text check (decisions is null or char_length(decisions) <= 4000),
  -- 检察建议 discussed, by number, until the register (/staff/recommendations) can be linked by id
  recommendation_refs text check (recommendation_refs is null or char_length(recommendation_refs) <= 500),
  minutes_key text,
  minutes_name text,
  minutes_sha256 text check (minutes_sha256 is null or minutes_sha256 ~ '^[0-9a-f]{64}$'),
  minutes_size integer check (minutes_size is null or minutes_size >= 0),
  recorded_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null,
  check ((minutes_key is null) = (minutes_sha256 is null) and (minutes_key is null) = (minutes_name is null)
    and (minutes_key is null) = (minutes_size is null))
);
create index collab_meetings_held_on_idx on collab_meetings (held_on desc, recorded_at desc);

create table collab_meeting_exchanges (
  meeting_id uuid not null references collab_meetings (id),
  exchange_id uuid not null references exchange_log (id),
  primary key (meeting_id, exchange_id)
);

create table collab_meeting_cases (
  meeting_id uuid not null references collab_meetings (id),
  application_id uuid not null references applications (id),
  primary key (meeting_id, application_id)
);
create index collab_meeting_cases_application_idx on collab_meeting_cases (application_id);

create table collab_action_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references collab_meetings (id),
  description text not null check (char_length(description) between 1 and 500),
  -- a colleague (who then gets it in the digest) or an organisation named in words
  owner_staff_id uuid references staff_accounts (id),
  owner_organisation text check (owner_organisation is null or char_length(owner_organisation) between 1 and 100),
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'done', 'dropped')),
  status_note text check (status_note is null or char_length(status_note) <= 500),
  closed_at timestamptz,
  created_by uuid not null references staff_accounts (id),
  created_at timestamptz not null,
  check ((owner_staff_id is null) <> (owner_organisation is null)),
  check ((status = 'open') = (closed_at is null))
);
create index collab_action_items_open_due_idx on collab_action_items (due_on) where status = 'open';
