-- Formal notices (docs/product.md §10) join the evidence receipt in issued_documents, each with its number
-- (文号), unique across all documents. Numbers come from document_number_counters, one row per kind
-- and year, incremented in the transaction that issues the notice: a rolled-back action gives its
-- number back, and concurrent issuers of one kind wait on the row lock, so there are no gaps and
-- no duplicates.
alter table issued_documents drop constraint issued_documents_kind_check;
alter table issued_documents add constraint issued_documents_kind_check check (kind in (
  'evidence_receipt', 'supplement_notice', 'acceptance_notice', 'non_acceptance_notice',
  'referral_notice', 'suspension_decision', 'termination_decision', 'not_supported_decision',
  'recommendation_notice'));
alter table issued_documents add column number text;
create unique index issued_documents_number_idx on issued_documents (number) where number is not null;

create table document_number_counters (
  kind text not null,
  year integer not null check (year between 2000 and 2999),
  last integer not null check (last >= 1),
  primary key (kind, year)
);

-- The template of each kind's number. {简称} is the procuratorate's document abbreviation
-- (document_number_settings), {类} the kind's own code, {年} the year, {序号} the sequence.
create table document_number_templates (
  kind text primary key check (kind in (
    'supplement_notice', 'acceptance_notice', 'non_acceptance_notice', 'referral_notice',
    'suspension_decision', 'termination_decision', 'not_supported_decision',
    'recommendation_notice')),
  type_code text not null check (length(type_code) between 1 and 10),
  template text not null
    check (length(template) between 6 and 60 and position('{序号}' in template) > 0
           and position('{年}' in template) > 0),
  updated_at timestamptz not null default now(),
  updated_by uuid references staff_accounts (id)
);

create table document_number_settings (
  id smallint primary key default 1 check (id = 1),
  abbreviation text not null check (length(abbreviation) between 1 and 10),
  updated_at timestamptz not null default now(),
  updated_by uuid references staff_accounts (id)
);

-- 卫东区人民检察院 signs its documents 卫东检…; an administrator may change it.
insert into document_number_settings (id, abbreviation) values (1, '卫东');

insert into document_number_templates (kind, type_code, template) values
  ('supplement_notice', '补', '{简称}检民执监{类}〔{年}〕{序号}号'),
  ('acceptance_notice', '受', '{简称}检民执监{类}〔{年}〕{序号}号'),
  ('non_acceptance_notice', '不受', '{简称}检民执监{类}〔{年}〕{序号}号'),
  ('referral_notice', '告', '{简称}检民执监{类}〔{年}〕{序号}号'),
  ('suspension_decision', '中', '{简称}检民执监{类}〔{年}〕{序号}号'),
  ('termination_decision', '终', '{简称}检民执监{类}〔{年}〕{序号}号'),
  ('not_supported_decision', '不支持', '{简称}检民执监{类}〔{年}〕{序号}号'),
  ('recommendation_notice', '建', '{简称}检民执监{类}〔{年}〕{序号}号');
