-- The handling prosecutor (规则 第四十五条: the applicant is told the name and may ask for recusal).
alter table applications add column assigned_staff_id uuid references staff_accounts (id);

-- 回避 requests from applicants; staff handle them on the staff desk.
create table recusal_requests (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  staff_id uuid not null references staff_accounts (id),
  reason text not null check (length(reason) between 5 and 2000),
  requested_at timestamptz not null,
  handled_at timestamptz
);

create index recusal_requests_application_idx on recusal_requests (application_id);
