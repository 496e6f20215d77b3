-- Documents the procuratorate issues to the applicant (docs/product.md §10): stored once with their hash and
-- listed on the status page. The 收件回执 is rebuilt from the application; these are kept as files.
create table issued_documents (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  kind text not null check (kind in ('evidence_receipt')),
  title text not null,
  file_id text not null unique,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size bigint not null,
  issued_at timestamptz not null
);

create index issued_documents_application_idx on issued_documents (application_id, issued_at);
