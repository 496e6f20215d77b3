-- The 检察建议 register (issue 16; docs/decisions/050-recommendation-register.md): every 检察建议 in one
-- list — individual ones (from an application's review, or an ex-officio case), 类案 ones covering
-- several cases, and 社会治理检察建议 to another organ (两高规定 第十八条). A 检察建议 decided in an
-- application's review enters the register in the decision's transaction.
--
-- Two clocks live on the row: 规则 第一百零八条 — the 检察建议书 goes to the court within 15 days of
-- the decision (transfer_due) — and 两高规定 第十三条 — the court replies within 3 months of
-- *receiving* it (reply_due, set when service is recorded; +1 month with the court president's
-- approval). legal review D6: the reply clock never starts on the decision day.
create table recommendations (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('individual', 'similar_cases', 'social_governance')),
  origin text not null check (origin in ('application', 'ex_officio', 'register')),
  application_id uuid references applications (id),
  status text not null check (status in (
    'drafted', 'returned', 'awaiting_service', 'awaiting_reply', 'replied', 'closed')),
  number text unique,
  decided_on date,
  -- the 同级人民法院 from site settings' supervised courts (规则 第一百零六条、第一百零八条), or
  -- for a 社会治理检察建议 the organ named by hand
  addressee text not null check (char_length(addressee) between 2 and 100),
  addressee_court_code text,
  violations text not null check (char_length(violations) between 1 and 5000),
  recommendation text not null check (char_length(recommendation) between 1 and 5000),
  legal_basis text not null check (char_length(legal_basis) between 1 and 2000),
  transfer_due date,
  served_on date,
  service_method text check (service_method in ('direct', 'mail', 'electronic')),
  reply_due date,
  reply_due_explanation text,
  extended_on date,
  extension_letter text check (extension_letter is null or char_length(extension_letter) <= 200),
  drafted_by uuid not null references staff_accounts (id),
  drafted_at timestamptz not null,
  decided_by uuid references staff_accounts (id),
  return_comment text check (return_comment is null or char_length(return_comment) <= 2000),
  version integer not null default 1,
  check ((status in ('drafted', 'returned')) = (number is null)),
  check ((number is null) = (decided_on is null)),
  check ((served_on is null) = (service_method is null)),
  check ((served_on is null) = (reply_due is null)),
  check (kind <> 'social_governance' or addressee_court_code is null)
);

create index recommendations_decided_idx on recommendations (decided_on desc nulls first, id);
create index recommendations_application_idx on recommendations (application_id)
  where application_id is not null;

-- The cases a 检察建议 covers: one for an individual 建议, several for a 类案 建议. Each names the
-- court's 执行案号 and, when the case came in as an application, that application.
create table recommendation_cases (
  recommendation_id uuid not null references recommendations (id),
  position integer not null check (position >= 1),
  case_number text not null check (char_length(case_number) between 1 and 60),
  application_id uuid references applications (id),
  primary key (recommendation_id, position)
);

-- The 检察建议书 is numbered like the other documents, with its own counter and type code, which the
-- administrator may change on the document-numbers page.
alter table document_number_templates drop constraint document_number_templates_kind_check;
alter table document_number_templates add constraint document_number_templates_kind_check
  check (kind in (
    'supplement_notice', 'acceptance_notice', 'non_acceptance_notice', 'referral_notice',
    'suspension_decision', 'termination_decision', 'not_supported_decision',
    'recommendation_notice', 'other_party_acceptance_notice', 'recommendation_letter'));

insert into document_number_templates (kind, type_code, template) values
  ('recommendation_letter', '建议', '{简称}检民执监{类}〔{年}〕{序号}号');
