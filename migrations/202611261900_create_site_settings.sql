-- The procuratorate running this service and the courts whose enforcement it supervises.
-- One row only (id = 1); read through src/site/site-settings.service.ts.
create table site_settings (
  id smallint primary key default 1 check (id = 1),
  procuratorate_name text not null check (length(procuratorate_name) between 2 and 100),
  short_name text not null check (length(short_name) between 2 and 40),
  address text not null check (length(address) between 2 and 200),
  phone text not null check (length(phone) between 3 and 40),
  updated_at timestamptz not null default now()
);

-- 同级管辖: a district procuratorate supervises the enforcement of the court at its own level
-- (两高规定 2016 第四条). court_code is the 法院代字 used in case numbers, e.g. 豫0403.
create table supervised_courts (
  court_code text primary key check (court_code ~ '^(最高法|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵])(\d{2}|\d{4})?$'),
  court_name text not null check (length(court_name) between 2 and 100),
  sort_order integer not null default 0,
  created_at timestamptz not null default now()
);

-- Reference user. The street address and local phone are to be confirmed by an administrator; until
-- then the public pages show the district and the national procuratorate service line 12309.
insert into site_settings (id, procuratorate_name, short_name, address, phone)
values (1, '平顶山市卫东区人民检察院', '卫东区检察院', '河南省平顶山市卫东区', '12309');

insert into supervised_courts (court_code, court_name, sort_order)
values ('豫0403', '平顶山市卫东区人民法院', 1);
