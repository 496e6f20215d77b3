-- 办公时间 for the public footer and the guide (办事指南: 办理地点和时间). Empty until an administrator
-- fills it in; the staff desk asks for it with a banner until then (issue 13).
alter table site_settings
  add column office_hours text not null default ''
    check (length(office_hours) <= 200);
