-- The staff decisions after acceptance (docs/product.md §9) with what the forms require: the ground of a
-- 中止 / 终结 / 报请上级院, the reasons and 释法说理 of a 不支持 decision, a resumption or closing note.
-- One row per action taken; the stage itself lives on applications, the timeline in
-- application_events, the who-and-when also in audit_events (which must hold no free text).
create table review_records (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  action text not null check (action in (
    'start_review', 'suspend', 'resume', 'escalate', 'decide_not_supported', 'terminate', 'close',
    'court_extension')),
  ground text,
  detail text check (length(detail) <= 5000),
  explanation text check (length(explanation) <= 5000),
  staff_id uuid not null references staff_accounts (id),
  recorded_at timestamptz not null,
  -- the application's version after the action
  application_version integer not null
);

create index review_records_application_idx on review_records (application_id, recorded_at);

-- 检察建议 drafts (两高规定 2016: approval by the 检察长 or 检察委员会 before it counts). The reviewer
-- edits while drafted or returned; a leader who did not draft it approves or returns it.
create table recommendation_drafts (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  status text not null check (status in ('drafted', 'approved', 'returned')),
  court_name text not null check (length(court_name) between 2 and 100),
  violations text not null check (length(violations) between 1 and 5000),
  recommendation text not null check (length(recommendation) between 1 and 5000),
  legal_basis text not null check (length(legal_basis) between 1 and 2000),
  drafted_by uuid not null references staff_accounts (id),
  drafted_at timestamptz not null,
  decided_by uuid references staff_accounts (id),
  decided_at timestamptz,
  return_comment text check (length(return_comment) <= 2000),
  version integer not null default 1,
  -- the drafter never approves their own text, whatever roles they hold
  check (status <> 'approved' or (decided_by is not null and decided_by <> drafted_by))
);

-- one draft per application is being worked on or has been approved
create unique index recommendation_drafts_one_per_application
  on recommendation_drafts (application_id);

-- The court's written reply to a 检察建议 (两高规定 第十三条); the letter itself is a material.
alter table application_materials drop constraint application_materials_slot_check;
alter table application_materials add constraint application_materials_slot_check check (slot in (
  'application_letter', 'identity', 'legal_documents', 'evidence', 'authorization', 'supplement',
  'court_reply'));

create table court_replies (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null unique references applications (id),
  replied_on date not null,
  outcome text not null check (outcome in ('adopted', 'partly_adopted', 'not_adopted')),
  note text check (length(note) <= 2000),
  material_id uuid not null references application_materials (id),
  recorded_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null
);
