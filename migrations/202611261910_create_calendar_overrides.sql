-- Administrators' corrections to the official working-day calendar (docs/product.md §9): a holiday or make-up
-- workday the chinese-days package does not know yet (next year's State Council notice, a local
-- arrangement). An override wins over the package for its day; read through src/calendar/.
create table calendar_overrides (
  day date primary key,
  kind text not null check (kind in ('workday', 'holiday')),
  name text not null check (length(btrim(name)) between 1 and 50),
  note text check (length(note) <= 500),
  created_at timestamptz not null default now(),
  created_by uuid references staff_accounts (id)
);
