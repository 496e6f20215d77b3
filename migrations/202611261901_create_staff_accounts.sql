-- Staff of the procuratorate. Roles per docs/product.md §8; a person may hold several.
-- password_hash is self-describing (scheme$params$salt$hash), see src/staff/password.ts.
create table staff_accounts (
  id uuid primary key default gen_random_uuid(),
  username text not null unique check (username ~ '^[a-z][a-z0-9._-]{1,31}$'),
  display_name text not null check (length(display_name) between 1 and 50),
  password_hash text not null,
  roles text[] not null default '{}'
    check (roles <@ array['intake', 'reviewer', 'leader', 'admin', 'auditor']::text[]),
  must_change_password boolean not null default false,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
