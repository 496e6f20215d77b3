-- An applicant's withdrawal after 受理 is a request, not an act: 规则 第七十三条第（二）项 makes 终结审查
-- the procuratorate's decision, and only where the withdrawal "不损害国家利益、社会公共利益或者他人合法
-- 权益" (docs/decisions/037-withdrawal-after-acceptance.md). Staff grant it (终结审查, with a numbered
-- 终结审查决定书) or refuse it with reasons (the review goes on). At most one request waits at a time.
create table withdrawal_requests (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  requested_at timestamptz not null,
  decision text check (decision in ('granted', 'refused')),
  decided_at timestamptz,
  decided_by uuid references staff_accounts (id),
  -- the proviso as confirmed (granted) or the reasons given to the applicant (refused)
  decision_note text check (length(decision_note) <= 2000),
  check ((decision is null) = (decided_at is null)),
  check ((decision is null) = (decided_by is null))
);

create unique index withdrawal_requests_one_pending
  on withdrawal_requests (application_id) where decision is null;
create index withdrawal_requests_application_idx on withdrawal_requests (application_id, requested_at);
