-- Applications for supervision of enforcement (docs/product.md §4–§6, §9) and the materials filed with them.
-- ID and mobile numbers are stored encrypted (AES-256-GCM, src/crypto/field-encryption.ts) with a
-- keyed hash beside them for duplicate detection; they never appear in clear in any column.
create table applications (
  id uuid primary key default gen_random_uuid(),
  tracking_code text not null unique check (tracking_code ~ '^[2-9A-HJKMNP-Z]{12}$'),
  stage text not null default 'submitted' check (stage in (
    'submitted', 'supplement_requested', 'accepted', 'under_review', 'suspended', 'escalated',
    'decided_recommendation', 'court_replied', 'decided_not_supported', 'terminated',
    'not_accepted', 'referred', 'withdrawn', 'deemed_withdrawn', 'closed')),
  -- optimistic concurrency for staff actions: every change increments it
  version integer not null default 1,
  channel text not null check (channel in ('online', 'counter')),
  -- one application per submit, however often the form is posted
  idempotency_key text not null unique,
  submitted_at timestamptz not null,
  applicant_type text not null check (applicant_type in ('person', 'organisation')),
  applicant_name text not null,
  applicant_role text not null check (applicant_role in ('申请执行人', '被执行人', '利害关系人', '案外人')),
  id_number_encrypted bytea not null,
  id_number_hash text not null,
  mobile_encrypted bytea not null,
  mobile_hash text not null,
  email text,
  court_code text,
  court_name text not null,
  case_number text not null,
  supervised_court boolean not null,
  matters text[] not null check (cardinality(matters) > 0),
  -- every other answer (names, addresses, parties, facts and reasons); no ID or mobile numbers
  answers jsonb not null,
  flags text[] not null default '{}',
  -- 12309 "件件有回复": accept, decline or request 补正 within 7 working days
  procedural_reply_due date not null,
  procedural_reply_explanation text not null,
  receipt_mac text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index applications_stage_due_idx on applications (stage, procedural_reply_due, id);
create index applications_case_number_idx on applications (case_number);
create index applications_id_number_hash_idx on applications (id_number_hash);

create table application_materials (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references applications (id),
  slot text not null check (slot in (
    'application_letter', 'identity', 'legal_documents', 'evidence', 'authorization', 'supplement')),
  description text,
  original_name text not null,
  byte_size bigint not null check (byte_size > 0),
  detected_type text not null check (detected_type in ('application/pdf', 'image/jpeg', 'image/png')),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  file_id text not null unique,
  -- the 监督申请书 the service generated from the answers
  generated boolean not null default false,
  uploaded_at timestamptz not null,
  -- 'applicant' or a staff account id
  uploaded_by text not null,
  position integer not null
);

create index application_materials_application_idx on application_materials (application_id, position);

-- Wizard drafts (docs/product.md §4): the browser holds only a random token; the table its SHA-256. All
-- answers are one encrypted JSON document, as they include ID and mobile numbers.
create table application_drafts (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  channel text not null check (channel in ('online', 'counter')),
  answers_encrypted bytea not null,
  application_id uuid unique references applications (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index application_drafts_expires_idx on application_drafts (expires_at);

create table draft_files (
  id uuid primary key default gen_random_uuid(),
  draft_id uuid not null references application_drafts (id) on delete cascade,
  slot text not null check (slot in ('identity', 'legal_documents', 'evidence', 'authorization', 'application_letter')),
  description text,
  original_name text not null,
  byte_size bigint not null check (byte_size > 0),
  detected_type text not null,
  sha256 text not null,
  file_id text not null unique,
  uploaded_at timestamptz not null default now()
);

create index draft_files_draft_idx on draft_files (draft_id, uploaded_at);
