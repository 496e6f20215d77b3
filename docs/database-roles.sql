-- Two PostgreSQL roles for production (docs/database-roles.md, issue 12 F16). Run once as a
-- superuser, with the database already created (here: zhijian). Change the passwords.
create role zhijian_owner login password 'change-me-owner';
create role zhijian_app login password 'change-me-app';
alter database zhijian owner to zhijian_owner;
grant connect on database zhijian to zhijian_app;
alter schema public owner to zhijian_owner;
grant usage on schema public to zhijian_app;
-- Every table and sequence the owner creates (each migration) is usable by the application ...
alter default privileges for role zhijian_owner in schema public
  grant select, insert, update, delete on tables to zhijian_app;
alter default privileges for role zhijian_owner in schema public
  grant usage, select on sequences to zhijian_app;
