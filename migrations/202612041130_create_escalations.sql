-- 上下联动 (issue 16 item 5, docs/decisions/058-escalation-reports.md): a 请示报告 to the 市院 on one
-- application — 新类型、重大影响、复杂敏感 — with the question, the date sent, its number, and the
-- guidance received and its date. The existing 报请上级院 action stays the way to hand a case up.
create table collab_escalations (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  number text not null unique,
  reason text not null check (reason in ('new_type', 'major_impact', 'complex_sensitive')),
  question text not null check (char_length(question) between 1 and 4000),
  sent_on date not null,
  guidance text check (guidance is null or char_length(guidance) <= 4000),
  guidance_on date,
  created_by uuid not null references staff_accounts (id),
  created_at timestamptz not null,
  check ((guidance is null) = (guidance_on is null)),
  check (guidance_on is null or guidance_on >= sent_on)
);
create index collab_escalations_application_idx on collab_escalations (application_id, sent_on);
