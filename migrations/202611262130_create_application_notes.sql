-- Internal notes on an application (docs/product.md §8): staff only, never shown to the applicant (docs/product.md §7).
-- Notes are kept as written: no edit or delete path, so the record of who noted what stays whole.
create table application_notes (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  author_id uuid not null references staff_accounts (id),
  body text not null check (char_length(body) between 1 and 2000),
  created_at timestamptz not null
);

create index application_notes_application_idx on application_notes (application_id, created_at);
