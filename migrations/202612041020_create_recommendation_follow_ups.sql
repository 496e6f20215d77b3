-- 跟进监督 (两高规定 第十四条; 规则 第一百二十四条第（二）、（三）项): when the court has not replied by
-- its date, did not adopt the 检察建议, adopted part of it without reasons that stand, or has not
-- done a promised measure by its date, the procuratorate may urge a reply (督促回复函), 提请上一级人民
-- 检察院跟进监督 (a numbered notice with its PDF) or make a new 检察建议. Each step is one row with
-- its own due date.
create table recommendation_follow_ups (
  id uuid primary key default gen_random_uuid(),
  recommendation_id uuid not null references recommendations (id),
  kind text not null check (kind in ('urge_reply', 'escalate', 'new_recommendation')),
  ground text not null check (ground in ('overdue', 'not_adopted', 'reasons_rejected',
    'measure_overdue')),
  taken_on date not null,
  due date,
  due_explanation text,
  number text unique,
  note text check (note is null or char_length(note) <= 2000),
  new_recommendation_id uuid references recommendations (id),
  file_key text,
  file_sha256 text check (file_sha256 is null or file_sha256 ~ '^[0-9a-f]{64}$'),
  file_size integer,
  recorded_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null,
  check ((kind = 'escalate') = (number is not null)),
  check ((number is null) = (file_key is null)),
  check ((kind = 'new_recommendation') = (new_recommendation_id is not null))
);

create index recommendation_follow_ups_rec_idx on recommendation_follow_ups (recommendation_id);

alter table document_number_templates drop constraint document_number_templates_kind_check;
alter table document_number_templates add constraint document_number_templates_kind_check
  check (kind in (
    'supplement_notice', 'acceptance_notice', 'non_acceptance_notice', 'referral_notice',
    'suspension_decision', 'termination_decision', 'not_supported_decision',
    'recommendation_notice', 'other_party_acceptance_notice', 'recommendation_letter',
    'follow_up_request'));

insert into document_number_templates (kind, type_code, template) values
  ('follow_up_request', '提跟', '{简称}检民执监{类}〔{年}〕{序号}号');
