-- The agent's (代理人) ID and mobile numbers leave the answers document at submission like the
-- applicant's; until now they were dropped instead of stored. Encrypted like the applicant's.
alter table applications
  add column agent_id_number_encrypted bytea,
  add column agent_mobile_encrypted bytea;
