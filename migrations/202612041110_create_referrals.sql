-- Crime-lead referrals (涉嫌犯罪线索移送, issue 16 item 3, docs/decisions/056-crime-lead-referrals.md):
-- a lead of 拒不执行判决、裁定罪, 妨害作证罪 or 虚假诉讼罪, its joint analysis (研判) with the court and any
-- joint consultation with the police, the numbered 移送函 to the public-security organ, the police's
-- answer, and the 立案监督 request when they do not file or do not answer in time.
create table collab_period_settings (
  key text primary key,
  days integer not null check (days between 1 and 365),
  label text not null,
  basis text not null,
  verified boolean not null,
  updated_at timestamptz not null default now()
);

-- The periods the police have come from 两高一部《关于办理拒不执行判决、裁定刑事案件若干问题的意见》
-- (法发〔2025〕8号) as quoted second-hand in the reference (docs/domain-rules.md §2.3); their text could not be
-- checked against LawRefBook/Laws, so they are settings, marked unverified.
insert into collab_period_settings (key, days, label, basis, verified) values
  ('police_decision', 7, '公安机关决定是否立案', '法发〔2025〕8号（转引，未核实原文）：公安机关接受移送后七日内决定是否立案', false),
  ('police_decision_complex', 30, '案情复杂的，公安机关决定是否立案', '法发〔2025〕8号（转引，未核实原文）：案情复杂的，可延长至三十日', false),
  ('police_explanation', 7, '公安机关说明不立案理由', '法发〔2025〕8号（转引，未核实原文）：公安机关应在七日内说明不立案的理由', false);

create table collab_referrals (
  id uuid primary key default gen_random_uuid(),
  crime text not null check (crime in ('refusal_to_execute', 'obstructing_testimony', 'false_litigation')),
  source text not null check (source in ('application', 'manual')),
  application_id uuid references applications (id),
  court_case_number text check (court_case_number is null or char_length(court_case_number) <= 60),
  suspect_name text not null check (char_length(suspect_name) between 1 and 100),
  suspect_type text not null check (suspect_type in ('person', 'organisation')),
  facts text not null check (char_length(facts) between 1 and 4000),
  found_by text not null check (found_by in ('procuratorate', 'court')),
  -- the referral to the police, once sent
  police_organ text check (police_organ is null or char_length(police_organ) between 1 and 100),
  evidence jsonb,
  sent_on date,
  letter_number text unique,
  -- the police's answer
  police_accepted_on date,
  police_complex boolean not null default false,
  police_decision text check (police_decision in ('filed', 'not_filed')),
  police_decision_on date,
  police_reasons text check (police_reasons is null or char_length(police_reasons) <= 2000),
  -- 立案监督 (刑事诉讼法 第一百一十三条): the request that the police explain, and their explanation
  supervision_requested_on date,
  supervision_answer_on date,
  supervision_answer text check (supervision_answer is null or char_length(supervision_answer) <= 2000),
  created_by uuid not null references staff_accounts (id),
  created_at timestamptz not null,
  check ((source = 'application') = (application_id is not null)),
  check ((sent_on is null) = (letter_number is null) and (sent_on is null) = (police_organ is null)),
  check (police_decision is null or sent_on is not null),
  check ((police_decision is null) = (police_decision_on is null))
);
create index collab_referrals_created_idx on collab_referrals (created_at desc);
create index collab_referrals_application_idx on collab_referrals (application_id) where application_id is not null;

create table collab_referral_consultations (
  id uuid primary key default gen_random_uuid(),
  referral_id uuid not null references collab_referrals (id),
  kind text not null check (kind in ('court_analysis', 'joint_consultation')),
  held_on date not null,
  participants text not null check (char_length(participants) between 1 and 1000),
  conclusion text not null check (char_length(conclusion) between 1 and 2000),
  disagreements text check (disagreements is null or char_length(disagreements) <= 2000),
  recorded_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null
);
create index collab_referral_consultations_referral_idx on collab_referral_consultations (referral_id, held_on);
