-- Statistics (src/stats/figures, docs/decisions/068-statistics-figures.md): every figure selects the
-- events of one kind in a period, so each source table gets an index on (kind, instant).
create index application_events_action_at_idx on application_events (action, occurred_at);
create index applications_submitted_at_idx on applications (submitted_at);
create index application_clocks_kind_stopped_idx on application_clocks (kind, stopped_at);
create index supplement_requests_requested_at_idx on supplement_requests (requested_at);
create index review_records_action_at_idx on review_records (action, recorded_at);
create index court_replies_replied_on_idx on court_replies (replied_on);
