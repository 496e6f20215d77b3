-- Ex-officio (依职权) supervision cases (issue 15; docs/domain-rules.md §1.11, decision 061): cases
-- the procuratorate opens itself — from leads judged 有效 or by hand — with no applicant, tracking
-- code, public page or email. Kept apart from `applications`, whose applicant columns are required.

create table ex_officio_cases (
  id uuid primary key default gen_random_uuid(),
  serial integer generated always as identity unique,
  source text not null check (source in ('lead', 'case_review', 'campaign', 'petition', 'other')),
  -- docs/domain-rules.md §1.11; null for a case opened from leads until a ground is recorded
  ground text check (ground in ('public_interest', 'misconduct', 'social_impact', 'follow_up')),
  court_name text not null,
  court_case_no text not null,
  -- the imported court case, when the case came from court data
  court_case_id uuid references court_cases (id) on delete set null,
  facts text not null,
  stage text not null check (
    stage in ('filed', 'under_review', 'recommendation_pending', 'recommended', 'terminated', 'closed')
  ),
  recommendation text,
  termination_reason text,
  assigned_staff_id uuid references staff_accounts (id),
  opened_by uuid not null references staff_accounts (id),
  opened_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1
);

-- at most one open case per imported court case: a second 有效 lead attaches to it
create unique index ex_officio_open_court_case_idx on ex_officio_cases (court_case_id)
  where court_case_id is not null and stage not in ('terminated', 'closed');
create index ex_officio_stage_idx on ex_officio_cases (stage, opened_at);

create table ex_officio_case_leads (
  case_id uuid not null references ex_officio_cases (id) on delete cascade,
  lead_id uuid not null unique references leads (id) on delete cascade,
  attached_by uuid not null references staff_accounts (id),
  attached_at timestamptz not null,
  primary key (case_id, lead_id)
);
