-- The court's letter asking for one more month (两高规定 第十三条: with its president's approval) is
-- kept as a received document, like its reply: the file with its SHA-256, beside the letter's 文号
-- and date already on the row. Extensions recorded before this change have no file.
alter table recommendations
  add column extension_file_key text,
  add column extension_file_name text,
  add column extension_file_sha256 text check (extension_file_sha256 ~ '^[0-9a-f]{64}$'),
  add column extension_file_size integer check (extension_file_size >= 0),
  add check ((extension_file_key is null) = (extension_file_sha256 is null)
    and (extension_file_key is null) = (extension_file_name is null)
    and (extension_file_key is null) = (extension_file_size is null));

create index recommendations_extension_file_idx on recommendations (extension_file_key)
  where extension_file_key is not null;
