-- 说明案件执行情况通知书 for a supervision lead (issue 15; decision 097): the cheapest follow-up of a
-- 消极执行 flag. Numbered like the other documents (document_number_templates); the court's written
-- answer is due a number of days after issue that the admin sets (the 两高规定's period could not be
-- checked against the official text). The PDF is drawn again from this row when asked for.

alter table document_number_templates drop constraint document_number_templates_kind_check;
alter table document_number_templates add constraint document_number_templates_kind_check
  check (kind in (
    'supplement_notice', 'acceptance_notice', 'non_acceptance_notice', 'referral_notice',
    'suspension_decision', 'termination_decision', 'not_supported_decision',
    'recommendation_notice', 'other_party_acceptance_notice', 'recommendation_letter',
    'follow_up_request', 'execution_inquiry'));

insert into document_number_templates (kind, type_code, template) values
  ('execution_inquiry', '说明', '{简称}检民执监{类}〔{年}〕{序号}号');

create table execution_inquiries (
  id uuid primary key default gen_random_uuid(),
  lead_id uuid not null references leads (id) on delete cascade,
  number text not null unique,
  court_name text not null,
  court_case_no text not null,
  -- what the court is asked to explain (the lead's evidence as the prosecutor edited it)
  questions text not null check (char_length(questions) between 1 and 3000),
  reply_days integer not null check (reply_days between 1 and 60),
  issued_on date not null,
  reply_due date not null,
  issued_by uuid not null references staff_accounts (id),
  issued_at timestamptz not null
);

create index execution_inquiries_lead_idx on execution_inquiries (lead_id, issued_at);
