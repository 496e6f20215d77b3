-- A version of everything the applicant's status page shows of one application (docs/product.md §7), so the
-- page, once rendered, can be served again while nothing it shows has changed: each view still reads
-- the session and this number from the database, and renders only when the number moved.
--
-- Kept by triggers in the same transaction as the change, so no code path can forget it:
--   * any update of the application row itself (stage, handler, next step's date …) — deliberately
--     every update, not a list of columns: a column shown later is covered without touching this;
--   * any insert, update or delete of its events (timeline), issued documents, materials and 补正
--     requests;
--   * a change of a staff member's display name, shown as the handling prosecutor (规则 第四十五条).
-- An extra bump only costs one re-render; a missing one would show a stale page, so err on bumping.
alter table applications add column status_version bigint not null default 0;

create function applications_bump_status_version() returns trigger language plpgsql as $$
begin
  new.status_version := old.status_version + 1;
  return new;
end
$$;

create trigger applications_status_version before update on applications
  for each row execute function applications_bump_status_version();

create function bump_application_status_version() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    update applications set status_version = status_version + 1 where id = old.application_id;
  end if;
  if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.application_id <> old.application_id) then
    update applications set status_version = status_version + 1 where id = new.application_id;
  end if;
  return null;
end
$$;

create trigger application_events_status_version
  after insert or update or delete on application_events
  for each row execute function bump_application_status_version();
create trigger issued_documents_status_version
  after insert or update or delete on issued_documents
  for each row execute function bump_application_status_version();
create trigger application_materials_status_version
  after insert or update or delete on application_materials
  for each row execute function bump_application_status_version();
create trigger supplement_requests_status_version
  after insert or update or delete on supplement_requests
  for each row execute function bump_application_status_version();

create function staff_accounts_bump_handled_status_versions() returns trigger language plpgsql as $$
begin
  update applications set status_version = status_version + 1 where assigned_staff_id = new.id;
  return null;
end
$$;

create trigger staff_accounts_status_version
  after update of display_name on staff_accounts
  for each row when (new.display_name is distinct from old.display_name)
  execute function staff_accounts_bump_handled_status_versions();
