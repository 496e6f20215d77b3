-- One row per clock hour (UTC) in which the hourly job ran (docs/decisions/093-several-processes.md).
-- Every server and worker process runs the hourly timer; the first to insert the hour's row runs
-- the job, every other process that ticks in the same hour finds the row and does nothing. A process
-- that dies mid-run leaves its hour done: every step is idempotent and the next hour catches up.
create table maintenance_runs (
  hour timestamptz primary key,
  started_at timestamptz not null,
  finished_at timestamptz
);
