-- Court data exchange, the import side (docs/product.md; decisions 032–033): the court's execution-case
-- lists as batches, the mapping profiles staff save per court, and the stored court data — one row per
-- (court, 案号) with its events, 执行款 ledger rows and the history of every field a later batch changed.
-- Imported court data is internal: no public page reads these tables.

create table exchange_profiles (
  id uuid primary key default gen_random_uuid(),
  court_code text not null,
  name text not null check (char_length(name) between 1 and 60),
  -- { columns: { "<sheet role>": { "<header>": "<field key or ignore>" } }, valueMaps: { "<field>": { "<raw>": "<label>" } } }
  mapping jsonb not null,
  saved_by uuid not null references staff_accounts (id),
  saved_at timestamptz not null,
  unique (court_code, name)
);

create index exchange_profiles_court_idx on exchange_profiles (court_code, saved_at desc);

create table exchange_batches (
  id uuid primary key default gen_random_uuid(),
  court_code text not null,
  court_name text not null,
  status text not null check (status in ('pending', 'confirmed')),
  file_key text not null,
  file_name text not null,
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_size integer not null check (file_size > 0),
  file_format text not null check (file_format in ('xlsx', 'xls', 'csv')),
  encoding text,
  profile_id uuid references exchange_profiles (id) on delete set null,
  -- the mapping in force (the profile's, corrected by staff), and the preview computed with it
  mapping jsonb not null,
  preview jsonb not null,
  -- counts after confirmation: rows read / accepted / rejected, new, updated and unchanged cases …
  report jsonb,
  uploaded_by uuid not null references staff_accounts (id),
  uploaded_at timestamptz not null,
  confirmed_by uuid references staff_accounts (id),
  confirmed_at timestamptz,
  check ((status = 'confirmed') = (confirmed_at is not null and report is not null))
);

create index exchange_batches_uploaded_idx on exchange_batches (uploaded_at desc);
-- The same file confirmed twice for one court would change nothing: the second is refused by this.
create unique index exchange_batches_confirmed_file_idx
  on exchange_batches (court_code, file_sha256) where status = 'confirmed';

create table exchange_rejected_rows (
  batch_id uuid not null references exchange_batches (id) on delete cascade,
  sheet text not null,
  row_number integer not null,
  reason text not null,
  -- the row as read, cell by cell, so the report shows what the court sent
  raw jsonb not null,
  primary key (batch_id, sheet, row_number)
);

create table court_cases (
  id uuid primary key default gen_random_uuid(),
  court_code text not null,
  case_no text not null,
  case_kind text,
  prior_case_no text,
  received_date date,
  filing_date date,
  cause text,
  applicants jsonb not null default '[]',
  respondents jsonb not null default '[]',
  respondent_type text,
  basis_type text,
  basis_doc_no text,
  basis_issuer text,
  basis_effective_date date,
  claim_amount numeric(20, 4),
  paid_amount numeric(20, 4),
  unpaid_amount numeric(20, 4),
  closing_method text,
  closing_method_raw text,
  closing_date date,
  closing_reason text,
  applicant_requested_zb boolean,
  judge text,
  status text,
  excluded_days integer,
  -- SHA-256 of the canonical field values: an identical row in a later batch is "unchanged"
  content_hash text not null,
  first_batch_id uuid not null references exchange_batches (id),
  batch_id uuid not null references exchange_batches (id),
  source_file_sha256 text not null,
  source_sheet text not null,
  source_row integer not null,
  updated_at timestamptz not null,
  unique (court_code, case_no)
);

-- 被执行人证件号码: encrypted like applicants' (field-encryption.ts), with a keyed hash to match on.
create table court_case_identifiers (
  case_id uuid not null references court_cases (id) on delete cascade,
  position smallint not null,
  kind text not null check (kind in ('id_number', 'credit_code', 'masked', 'other')),
  value_encrypted bytea not null,
  value_hash text not null,
  primary key (case_id, position)
);

create index court_case_identifiers_hash_idx on court_case_identifiers (value_hash);

create table court_case_history (
  id bigint generated always as identity primary key,
  case_id uuid not null references court_cases (id) on delete cascade,
  batch_id uuid not null references exchange_batches (id),
  field text not null,
  old_value text,
  new_value text,
  changed_at timestamptz not null
);

create index court_case_history_case_idx on court_case_history (case_id, id);

create table court_case_events (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references court_cases (id) on delete cascade,
  event_type text not null,
  event_label text not null,
  party text,
  event_date date not null,
  end_date date,
  amount numeric(20, 4),
  scope text,
  result text,
  note text,
  -- SHA-256 of the event's values: the same event sent again is not stored twice
  content_hash text not null,
  batch_id uuid not null references exchange_batches (id),
  source_sheet text not null,
  source_row integer not null,
  unique (case_id, content_hash)
);

create index court_case_events_type_idx on court_case_events (event_type, event_date);

create table court_ledger_rows (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references court_cases (id) on delete cascade,
  txn_no text,
  direction text not null,
  txn_date date not null,
  amount numeric(20, 4) not null,
  counterparty text,
  channel text,
  defer_reason text,
  defer_days integer,
  content_hash text not null,
  batch_id uuid not null references exchange_batches (id),
  source_sheet text not null,
  source_row integer not null,
  unique (case_id, content_hash)
);

create index court_ledger_rows_date_idx on court_ledger_rows (direction, txn_date);
