-- The procuratorate's seal image (院印), uploaded by an administrator and drawn on every formal notice
-- at the signature block (docs/decisions/043-seal-and-pdf-signature.md). One current row; a new upload
-- replaces it, the audit log keeps who changed it and the hash.
create table procuratorate_seals (
  id integer primary key default 1 check (id = 1),
  png bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  width integer not null check (width between 64 and 2000),
  height integer not null check (height between 64 and 2000),
  uploaded_by text not null,
  uploaded_at timestamptz not null
);
