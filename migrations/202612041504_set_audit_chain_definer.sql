-- Issue 12 F16: the chain trigger runs as the owner of the audit tables, so the application's own
-- database role needs no UPDATE on audit_chain_head (docs/database-roles.md). A no-op where one
-- role does everything (development, PGlite).
alter function audit_events_chain() security definer;
alter function audit_events_chain() set search_path = public;
