-- Legal review D17: recusal as the 2021 规则 has it.
-- 第十二条: the applicant may ask that any 检察人员 step aside, and also 书记员、翻译人员、鉴定人、勘验人;
-- the request names either a staff member of the case or, for anyone else, a name and a role.
alter table recusal_requests alter column staff_id drop not null;
alter table recusal_requests
  add column person_name text check (length(person_name) between 2 and 50),
  add column person_role text check (length(person_role) between 2 and 30),
  add constraint recusal_requests_person check (
    (staff_id is not null and person_name is null and person_role is null)
    or (staff_id is null and person_name is not null and person_role is not null)
  );

-- 第十六条、第十七条: the decision (回避 or 不回避, with who recorded it: 202612051400, security review
-- F21), within three days, by the 检察长 (the 检察委员会 when the 检察长 is the one asked to step aside),
-- with its reasons, told to the applicant. handled_at is the time the request stopped waiting.
-- Decisions recorded before reasons were kept have neither body nor reasons.
alter table recusal_requests
  add column decided_by_body text check (decided_by_body in ('chief', 'committee')),
  add column decision_reasons text check (length(decision_reasons) between 5 and 2000),
  add constraint recusal_requests_decision check (
    decision is null
    or (decided_by is not null and handled_at is not null
      and (decided_by_body is null) = (decision_reasons is null))
  );

-- 第十七条: one 复议 of the decision, decided within three days by the same body.
alter table recusal_requests
  add column review_reason text check (length(review_reason) between 5 and 2000),
  add column review_requested_at timestamptz,
  add column review_decision text check (review_decision in ('upheld', 'recused')),
  add column review_reasons text check (length(review_reasons) between 5 and 2000),
  add column review_decided_by uuid references staff_accounts (id),
  add column review_decided_at timestamptz,
  add constraint recusal_requests_review check (
    (review_requested_at is null and review_reason is null and review_decision is null)
    or (review_requested_at is not null and review_reason is not null and decision = 'declined')
  ),
  add constraint recusal_requests_review_decision check (
    (review_decision is null and review_decided_by is null and review_decided_at is null
      and review_reasons is null)
    or (review_decision is not null and review_decided_by is not null
      and review_decided_at is not null and review_reasons is not null)
  );

-- the status page shows the decision and the 复议 form: keep its version moving with the row
create trigger recusal_requests_status_version
  after insert or update or delete on recusal_requests
  for each row execute function bump_application_status_version();
