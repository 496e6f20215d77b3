-- Supervision leads from court data (issue 15; docs/domain-rules.md §3.7, decision 060): the admin's
-- rule settings (thresholds and severity weights laid over the national defaults in code), the result
-- of every rule for every stored court case, and one lead per court case that some rule raised.

create table lead_settings (
  -- 'X01.months' (a threshold) or 'weight.X01' (a severity weight)
  key text primary key,
  value numeric(12, 2) not null,
  updated_by uuid not null references staff_accounts (id),
  updated_at timestamptz not null
);

create table rule_results (
  case_id uuid not null references court_cases (id) on delete cascade,
  rule_id text not null,
  outcome text not null check (outcome in ('raised', 'clear', 'unknown')),
  -- raised: the sentence a prosecutor checks against the court file; unknown: the missing fields
  evidence text,
  missing jsonb,
  -- the batch the case's data last came from when it was evaluated
  batch_id uuid not null references exchange_batches (id),
  evaluated_at timestamptz not null,
  primary key (case_id, rule_id),
  check ((outcome = 'raised') = (evidence is not null))
);

create index rule_results_rule_idx on rule_results (rule_id, outcome, case_id);

create table leads (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null unique references court_cases (id) on delete cascade,
  court_code text not null,
  -- pending = 待初筛; valid = 有效; invalid = 无效; cleared = no rule raises it any more
  status text not null check (status in ('pending', 'valid', 'invalid', 'cleared')),
  severity integer not null,
  -- [{ "rule": "X01", "evidence": "…", "fingerprint": "…" }] in rule order
  evidence jsonb not null,
  rule_ids jsonb not null,
  evidence_hash text not null,
  unpaid_amount numeric(20, 4),
  -- unpaid amount with null as 0, for the sort order and its keyset
  unpaid_sort numeric(20, 4) not null,
  batch_id uuid not null references exchange_batches (id),
  first_raised_at timestamptz not null,
  updated_at timestamptz not null,
  -- what changed in the evidence since the last 初筛 decision
  change_note text,
  decision_reason text,
  decision_note text,
  decided_by uuid references staff_accounts (id),
  decided_at timestamptz,
  -- the evidence the decision was made on: a 无效 lead stays quiet while this is unchanged
  decided_hash text,
  version integer not null default 1
);

create index leads_order_idx on leads (severity desc, unpaid_sort desc, id desc);
create index leads_status_idx on leads (status, severity desc, unpaid_sort desc, id desc);
