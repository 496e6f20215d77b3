-- Reference lists for the supervision-lead rules that compare the court's data with other lists
-- (issue 15; docs/domain-rules.md §3.7 X05B, X09, X11–X13, X15, X16; decision 096): 失信被执行人,
-- 限制消费, 终本案件公开清单, 死亡/注销户籍, 破产, 出行记录, 财产变动. An admin uploads each list with
-- its source, the date it was obtained and the legal basis for holding it (PIPL: the procuratorate's
-- statutory duty); a withdrawn list stays recorded but no rule reads it. Identifiers are encrypted
-- like the court's (court_case_identifiers); names are kept as the court's case rows keep them.

create table reference_lists (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (
    kind in ('dishonest', 'restriction', 'zb_public', 'death', 'bankruptcy', 'travel', 'property')
  ),
  source text not null check (char_length(source) between 1 and 100),
  obtained_on date not null,
  legal_basis text not null check (char_length(legal_basis) between 1 and 300),
  file_name text not null,
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  entry_count integer not null check (entry_count > 0),
  status text not null check (status in ('active', 'withdrawn')),
  uploaded_by uuid not null references staff_accounts (id),
  uploaded_at timestamptz not null,
  withdrawn_by uuid references staff_accounts (id),
  withdrawn_at timestamptz,
  withdraw_reason text,
  check ((status = 'withdrawn') = (withdrawn_at is not null))
);

-- the same file twice as an active list of one kind would count every entry twice
create unique index reference_lists_active_file_idx on reference_lists (kind, file_sha256)
  where status = 'active';

create table reference_entries (
  id bigint generated always as identity primary key,
  list_id uuid not null references reference_lists (id) on delete cascade,
  row_number integer not null,
  name text not null,
  id_kind text check (id_kind in ('id_number', 'credit_code', 'masked', 'other')),
  id_encrypted bytea,
  case_no text,
  -- 发布 / 限制 / 终本 / 死亡 / 破产 / 出行 / 变动 date, by kind
  entry_date date not null,
  -- 删除 / 解除 / 届满 date
  end_date date,
  term_years numeric(4, 1),
  -- 失信情形 / 注销原因 / 破产类型 / 交通方式 / 财产类型
  category text,
  -- 席别舱位 / 财产名称
  detail text,
  -- 车次航班
  extra text,
  direction text check (direction in ('in', 'out')),
  counterparty text,
  amount numeric(20, 4),
  check ((id_kind is null) = (id_encrypted is null))
);

create index reference_entries_name_idx on reference_entries (name, list_id);
create index reference_entries_list_idx on reference_entries (list_id);
