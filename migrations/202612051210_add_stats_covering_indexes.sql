-- Statistics (issue 17; docs/decisions/094-statistics-cache.md): the durations join a year's decisions
-- to the application's receipt or its review clock. Covering indexes let both sides be read from
-- the index alone instead of scanning the wide applications and clocks tables (bench/stats.ts: the
-- working-day median went from a sequential scan of every application to an index-only join).
create index applications_id_submitted_at_idx on applications (id) include (submitted_at);
create index application_events_action_at_app_idx
  on application_events (action, occurred_at) include (application_id);
-- the covering index above serves every query the narrower one did
drop index application_events_action_at_idx;
create index application_clocks_kind_app_idx
  on application_clocks (kind, application_id) include (started_on, due, paused_days, paused_on);
