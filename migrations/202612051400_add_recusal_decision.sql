-- Security review F21: a 回避 request is decided by a leader, never by the person it names, and the
-- decision itself is kept (回避 or 不回避) with who took it. Requests handled before this keep
-- neither (they were only marked handled).
alter table recusal_requests
  add column decision text check (decision in ('recused', 'declined')),
  add column decided_by uuid references staff_accounts (id);
