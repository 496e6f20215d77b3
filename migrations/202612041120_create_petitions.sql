-- 涉执信访 (issue 16 item 4, docs/decisions/057-enforcement-petitions.md): petitions about enforcement
-- received by the procuratorate or shared by the court, the 信访人 (phone and ID number encrypted like
-- applicants', the name masked in lists), joint handling with the court, the outcome, and the
-- 信访工作条例 time limits (告知 15 日 第二十三条, 办结 60 日 and one extension of up to 30 日 第三十四条,
-- checked against LawRefBook/Laws 行政法规/信访工作条例.md). 转为监督申请 links the petition to the
-- counter-intake draft it started; the application is the draft's.
insert into collab_period_settings (key, days, label, basis, verified) values
  ('petition_notice', 15, '书面告知信访人', '信访工作条例 第二十三条第二款', true),
  ('petition_handling', 60, '信访事项办结', '信访工作条例 第三十四条', true),
  ('petition_extension', 30, '延长办理期限（最多）', '信访工作条例 第三十四条', true);

create table collab_petitions (
  id uuid primary key default gen_random_uuid(),
  petitioner_name text not null check (char_length(petitioner_name) between 1 and 50),
  petitioner_phone_encrypted bytea not null,
  petitioner_id_encrypted bytea,
  channel text not null check (channel in ('visit', 'letter', 'phone', 'online', 'court')),
  received_on date not null,
  court_name text not null check (char_length(court_name) between 1 and 100),
  court_case_number text check (court_case_number is null or char_length(court_case_number) <= 60),
  complaint text not null check (char_length(complaint) between 1 and 4000),
  notified_on date,
  extended_on date,
  extension_reason text check (extension_reason is null or char_length(extension_reason) <= 500),
  outcome text check (outcome in ('resolved', 'converted', 'transferred', 'rejected')),
  outcome_on date,
  outcome_reasons text check (outcome_reasons is null or char_length(outcome_reasons) <= 2000),
  draft_id uuid unique references application_drafts (id),
  created_by uuid not null references staff_accounts (id),
  created_at timestamptz not null,
  check ((outcome is null) = (outcome_on is null)),
  check ((outcome = 'converted') = (draft_id is not null)),
  check ((extended_on is null) = (extension_reason is null))
);
create index collab_petitions_received_idx on collab_petitions (received_on desc, created_at desc);

create table collab_petition_handlings (
  id uuid primary key default gen_random_uuid(),
  petition_id uuid not null references collab_petitions (id),
  handled_on date not null,
  who text not null check (char_length(who) between 1 and 200),
  what text not null check (char_length(what) between 1 and 2000),
  recorded_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null
);
create index collab_petition_handlings_petition_idx on collab_petition_handlings (petition_id, handled_on);
