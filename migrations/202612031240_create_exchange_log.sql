-- The exchange log (交换记录, docs/product.md): every exchange of lists between the court and this
-- procuratorate, in either direction — entered by the import (法院→本院), by the outgoing list
-- (本院→法院) and by hand for exchanges on paper. The statistics count exchanges and items from here.
create table exchange_log (
  id uuid primary key default gen_random_uuid(),
  exchanged_on date not null,
  direction text not null check (direction in ('from_court', 'to_court')),
  source text not null check (source in ('import', 'export', 'paper')),
  counterpart text not null check (char_length(counterpart) between 1 and 100),
  content text not null check (char_length(content) between 1 and 200),
  item_count integer not null check (item_count >= 0),
  batch_id uuid,
  file_key text,
  file_name text,
  file_sha256 text check (file_sha256 is null or file_sha256 ~ '^[0-9a-f]{64}$'),
  file_size integer check (file_size is null or file_size >= 0),
  note text check (note is null or char_length(note) <= 1000),
  handled_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null,
  -- An entry with a file names all of it; one without names none of it.
  check ((file_key is null) = (file_sha256 is null) and (file_key is null) = (file_name is null)
    and (file_key is null) = (file_size is null))
);

create index exchange_log_exchanged_on_idx on exchange_log (exchanged_on desc, recorded_at desc);
