-- The procuratorate one level up (规则 第三十一条: an applicant who thinks this procuratorate refused
-- to accept unlawfully may apply to it). Named on every 不予受理通知书; set by an administrator.
alter table site_settings
  add column upper_procuratorate_name text not null default '平顶山市人民检察院'
    check (length(upper_procuratorate_name) between 2 and 100);
