-- 整改落实 (issue 16): the court carried out a measure its 回复意见函 promised (两高规定 第十三条). One
-- row per measure of a reply: the day the court did it, the court's document that shows it, any
-- amount paid out, how and on which day the procuratorate verified it, and who verified it. The
-- evidence (rulings, payment vouchers, notes of a call to the applicant) are stored files with
-- their SHA-256. When every measure the reply lists has a row, recommendation_replies.measures_done_on
-- is set to the last of their days; the 跟进监督 ground 'measure_overdue' and the 落实 figures read it.
create table recommendation_measures_done (
  id uuid primary key default gen_random_uuid(),
  recommendation_id uuid not null references recommendations (id),
  measure text not null check (measure in (
    'resume_execution', 'revoke_termination', 'release_seizure', 'pay_out', 'other')),
  done_on date not null,
  court_document text check (court_document is null or char_length(court_document) between 2 and 200),
  -- yuan, two decimals; only for 发放执行款
  amount_paid numeric(14, 2) check (amount_paid is null or amount_paid >= 0),
  verification text not null check (verification in (
    'case_file', 'court_documents', 'party_contact', 'on_site')),
  verification_note text check (verification_note is null or char_length(verification_note) <= 2000),
  verified_on date not null,
  verified_by uuid not null references staff_accounts (id),
  recorded_at timestamptz not null,
  unique (recommendation_id, measure),
  check (verified_on >= done_on),
  check (measure = 'pay_out' or amount_paid is null)
);

create table recommendation_measure_evidence (
  id uuid primary key default gen_random_uuid(),
  measure_done_id uuid not null references recommendation_measures_done (id),
  position integer not null check (position between 1 and 5),
  file_key text not null,
  file_name text not null,
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_size integer not null check (file_size >= 0),
  unique (measure_done_id, position)
);

-- the housekeeping asks, per stored file, whether anything still points at it
create index recommendation_measure_evidence_file_idx on recommendation_measure_evidence (file_key);

-- A meeting's 纪要 is a stored file the housekeeping must also find (it was missed so far, and a
-- 纪要 older than a day would have been removed as an orphan).
create index collab_meetings_minutes_idx on collab_meetings (minutes_key) where minutes_key is not null;
