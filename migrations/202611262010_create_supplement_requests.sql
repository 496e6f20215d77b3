-- 补正 (规则 第二十一条): staff list every missing item at once, with a deadline; the applicant
-- answers each item with uploads; missing the deadline means the application is deemed withdrawn.
create table supplement_requests (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  -- [{ "key": "identity", "label": "身份证明", "detail": "…" }, …]
  items jsonb not null check (jsonb_typeof(items) = 'array' and jsonb_array_length(items) > 0),
  deadline date not null,
  deadline_explanation text not null,
  requested_at timestamptz not null,
  requested_by text not null,
  completed_at timestamptz,
  expired_at timestamptz
);

-- one open request per application at a time: the list is complete in one notice
create unique index supplement_requests_one_open_idx
  on supplement_requests (application_id) where completed_at is null and expired_at is null;

alter table application_materials
  add column supplement_request_id uuid references supplement_requests (id),
  add column supplement_item text;
