-- 三员分立 (等保 2.0 第三级): the system administrator (admin), the security auditor (auditor) and
-- the case roles (intake, reviewer, leader) are never held by one account. The application refuses
-- such a role set on every path (src/staff/roles.ts); this constraint is the last line, for rows
-- written by hand. See docs/decisions/039-separation-of-duties.md.
--
-- Accounts that already mix duties are not changed silently: the migration stops, naming them, and
-- nothing of this or any other pending migration is applied (they run in one transaction). Someone
-- decides which duty each person keeps, sets it in the database, and starts the service again.
do $$
declare
  offenders text;
begin
  select string_agg(username || '（' || array_to_string(roles, ',') || '）', '、' order by username)
    into offenders
    from staff_accounts
   where (case when roles && array['admin']::text[] then 1 else 0 end)
       + (case when roles && array['auditor']::text[] then 1 else 0 end)
       + (case when roles && array['intake', 'reviewer', 'leader']::text[] then 1 else 0 end) > 1;
  if offenders is not null then
    raise exception using
      errcode = 'check_violation',
      message = '三员分立：以下账号同时持有系统管理员、安全审计员或办案角色中的两类，请先在数据库中为每个账号只保留一类角色'
        || '（例如 update staff_accounts set roles = ''{admin}'' where username = ''…''），再启动服务。'
        || ' / Separation of duties: these accounts hold roles of more than one duty (admin, auditor,'
        || ' case roles); keep one duty per account in the database, then start again: ' || offenders;
  end if;
end
$$;

alter table staff_accounts add constraint staff_accounts_one_duty check (
  (case when roles && array['admin']::text[] then 1 else 0 end)
  + (case when roles && array['auditor']::text[] then 1 else 0 end)
  + (case when roles && array['intake', 'reviewer', 'leader']::text[] then 1 else 0 end) <= 1
);
