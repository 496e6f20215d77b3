-- Legal review D13: cases that reach this procuratorate from another organ rather than from the
-- applicant. 规则 第四十二条: the upper procuratorate may hand a case it accepted down (交办) "并限定办理
-- 期限", with a 《交办通知书》 and the materials; the lower one may not hand it on, and reports its
-- 处理意见 within that limit — except under 第一百零七条: a case accepted under 第三十条第二款 (a 复议
-- ruling of the upper court) and handed down is decided here: 提请上级院监督, or 不支持监督申请.
-- 第三十六条: 信访 cases handed down under the 信访工作规定. 移送: another organ sends a matter with its
-- letter. Staff enter each with the source document; the limit is the one the document sets.
create table handed_down_cases (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('handed_down', 'petition_handed_down', 'transferred')),
  -- 第一百零七条: a 复议 ruling of the upper court, accepted there under 第三十条第二款
  review_ruling boolean not null default false,
  source_organ text not null check (length(source_organ) between 2 and 60),
  source_number text not null check (length(source_number) between 2 and 60),
  source_dated date not null,
  received_on date not null,
  -- the 办理期限 the source document sets (第四十二条 "限定办理期限"); a 移送 may set none
  due_on date,
  party_name text not null check (length(party_name) between 1 and 100),
  court_name text not null check (length(court_name) between 2 and 60),
  court_case_no text not null check (length(court_case_no) between 2 and 60),
  summary text not null check (length(summary) between 5 and 2000),
  document_key text not null,
  document_name text not null,
  document_sha256 text not null,
  document_size integer not null,
  document_type text not null check (document_type in ('application/pdf', 'image/jpeg', 'image/png')),
  outcome text check (outcome in ('reported', 'proposed_upward', 'not_supported', 'handled')),
  outcome_on date,
  outcome_note text check (length(outcome_note) between 5 and 2000),
  entered_by uuid not null references staff_accounts (id),
  entered_at timestamptz not null,
  closed_by uuid references staff_accounts (id),
  version integer not null default 1,
  constraint handed_down_due check (kind = 'transferred' or due_on is not null),
  constraint handed_down_107 check (not review_ruling or kind = 'handed_down'),
  constraint handed_down_outcome check (
    (outcome is null and outcome_on is null and outcome_note is null and closed_by is null)
    or (outcome is not null and outcome_on is not null and outcome_note is not null
      and closed_by is not null)
  )
);

create index handed_down_open_idx on handed_down_cases (due_on) where outcome is null;
