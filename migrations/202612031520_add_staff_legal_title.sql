-- 规则 第四十五条: the applicant is told the 姓名、法律职务 of the 检察人员、书记员 handling the case. The
-- handler chosen at 开始审查 is a 民事检察 prosecutor, so 检察官 is the default; an administrator may
-- record the exact title (e.g. 一级检察官, 检察官助理).
alter table staff_accounts
  add column legal_title text not null default '检察官'
    check (length(legal_title) between 2 and 30);
