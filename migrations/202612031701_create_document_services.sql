-- 送达 (《人民检察院民事诉讼监督规则》第一百二十八条, 参照《中华人民共和国民事诉讼法》第八十七条至
-- 第九十五条): one or more records per issued notice, saying how, when and with what proof it reached
-- the applicant. A period that runs from service (the 补正 period, 规则 第二十一条) starts from the
-- earliest record (docs/decisions/042-service-of-notices.md).
create table document_services (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references issued_documents (id),
  application_id uuid not null references applications (id),
  method text not null check (method in ('electronic', 'postal', 'direct', 'phone_and_postal')),
  -- the date of service, China calendar day
  served_on date not null,
  -- electronic service: when the SMTP server accepted the message (民诉法 第九十条第二款)
  served_at timestamptz,
  outbox_message_id uuid references outbox_messages (id),
  -- postal: the EMS (or other) tracking number
  tracking_number text check (tracking_number is null or length(tracking_number) between 4 and 40),
  -- a scanned 送达回证 (民诉法 第八十七条), stored like an upload
  proof_file_id text unique,
  proof_sha256 text check (proof_sha256 is null or proof_sha256 ~ '^[0-9a-f]{64}$'),
  -- who signed for it (签收人), as written on the 送达回证 or told by the post
  signed_by text check (signed_by is null or length(signed_by) <= 50),
  note text check (note is null or length(note) <= 500),
  -- staff id; null when the system recorded an electronic service
  recorded_by text,
  recorded_at timestamptz not null,
  check ((method = 'electronic') = (outbox_message_id is not null)),
  check (method = 'electronic' or tracking_number is not null or proof_file_id is not null)
);

create unique index document_services_email_idx on document_services (outbox_message_id)
  where outbox_message_id is not null;
create index document_services_document_idx on document_services (document_id, served_on);
create index document_services_application_idx on document_services (application_id);

-- The email that serves a notice electronically: written with the notice, in its transaction, only
-- when the applicant consented and gave an address. Its delivery becomes a document_services row.
create table document_service_emails (
  document_id uuid primary key references issued_documents (id),
  outbox_message_id uuid not null references outbox_messages (id)
);
create index document_service_emails_message_idx on document_service_emails (outbox_message_id);

create trigger document_services_status_version
  after insert or update or delete on document_services
  for each row execute function bump_application_status_version();

-- The 补正 period now runs from service: its deadline is unknown until the notice is served.
alter table supplement_requests
  alter column deadline drop not null,
  alter column deadline_explanation drop not null,
  add column period_days integer check (period_days is null or period_days between 1 and 60),
  add column notice_document_id uuid references issued_documents (id);

-- Requests made before this change: link each to its 补正通知书 and keep its length. Open ones had
-- their period counted from issuance; no service of them is recorded, so their deadline is cleared
-- and their clock stopped until staff record how the notice was served (规则 第二十一条 requires the
-- applicant to have been told before the application may be deemed withdrawn).
update supplement_requests r set notice_document_id = (
  select d.id from issued_documents d
  where d.application_id = r.application_id and d.kind = 'supplement_notice'
    and d.issued_at >= r.requested_at
  order by d.issued_at limit 1);
update supplement_requests set period_days = least(60, greatest(1,
  deadline - (requested_at at time zone 'Asia/Shanghai')::date));
update application_clocks c set stopped_at = now()
  from supplement_requests r
  where c.application_id = r.application_id and c.kind = 'supplement' and c.stopped_at is null
    and r.completed_at is null and r.expired_at is null;
update applications a set next_due = (
    select min(due) from application_clocks
    where application_id = a.id and stopped_at is null and paused_on is null)
  where exists (select 1 from supplement_requests r where r.application_id = a.id
    and r.completed_at is null and r.expired_at is null);
update supplement_requests set deadline = null, deadline_explanation = null
  where completed_at is null and expired_at is null;
