-- Failed staff sign-ins per account and address (docs/decisions/040-staff-sign-in-throttle.md):
-- five from one address lock the account for that address only, so nobody can lock a colleague out
-- from elsewhere; staff_accounts.failed_logins still counts every address and locks the account for
-- all of them at a higher number (a guess spread over many addresses). ip is '' when unknown.
create table staff_login_throttle (
  staff_id uuid not null references staff_accounts (id) on delete cascade,
  ip text not null,
  failures integer not null,
  first_failure_at timestamptz not null,
  locked_until timestamptz,
  primary key (staff_id, ip)
);
