-- The court's reply to a 检察建议 (两高规定 第十三条: a 回复意见函 within three months of receipt, with
-- the rulings attached; reasons when not adopted) as a received document of its own: the day it was
-- received, its 文号, the letter itself (stored file with its SHA-256), the outcome, the measures the
-- court took or promised and any amount paid out as a result. One reply per 检察建议.
create table recommendation_replies (
  id uuid primary key default gen_random_uuid(),
  recommendation_id uuid not null unique references recommendations (id),
  received_on date not null,
  letter_number text not null check (char_length(letter_number) between 2 and 100),
  outcome text not null check (outcome in ('adopted', 'partly_adopted', 'not_adopted')),
  measures text[] not null default '{}',
  measures_note text check (measures_note is null or char_length(measures_note) <= 2000),
  -- yuan, two decimals; null when nothing was paid out
  amount_paid numeric(14, 2) check (amount_paid is null or amount_paid >= 0),
  court_reasons text check (court_reasons is null or char_length(court_reasons) <= 5000),
  -- staff's view of the court's reasons for not adopting all of it (跟进监督, 规则 第一百二十四条)
  reasons_accepted boolean,
  -- a measure the court promised, to be done by this day; measures_done_on once it is done
  promised_by date,
  measures_done_on date,
  file_key text not null,
  file_name text not null,
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_size integer not null check (file_size >= 0),
  recorded_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null,
  check (outcome = 'adopted' or reasons_accepted is not null)
);
