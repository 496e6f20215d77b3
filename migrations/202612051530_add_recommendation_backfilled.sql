-- 检察建议 issued before the system existed, entered afterwards from the paper register (issue 16):
-- marked so that the audit, the register and its figures can tell them from those decided here.
-- They carry the number and dates they were given on paper; no leader approval is recorded here.
alter table recommendations add column backfilled boolean not null default false;
