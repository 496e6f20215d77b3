-- Email outbox (docs/product.md §12). A row is written in the same transaction as the state change that causes
-- it, so an email is never promised for a change that rolled back, nor lost for one that committed.
-- Workers claim due rows with FOR UPDATE SKIP LOCKED and hold them for a lease (locked_until), so any
-- number of processes can send side by side without sending a message twice.
create table outbox_messages (
  id uuid primary key default gen_random_uuid(),
  -- Given by the caller (e.g. 'application-submitted:<application id>'): enqueueing twice is harmless.
  message_key text not null unique check (length(message_key) between 1 and 200),
  kind text not null check (length(kind) between 1 and 100),
  recipient text not null check (length(recipient) between 3 and 320),
  subject text not null check (length(subject) between 1 and 200),
  text_body text not null,
  html_body text,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz,
  -- Error class, code and SMTP reply only (redacted): never the message or the address.
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  check ((status = 'sent') = (sent_at is not null))
);

create index outbox_messages_due_idx on outbox_messages (status, next_attempt_at);

create table outbox_attachments (
  id uuid primary key default gen_random_uuid(),
  message_id uuid not null references outbox_messages (id) on delete cascade,
  position integer not null check (position >= 0),
  filename text not null check (length(filename) between 1 and 255),
  content_type text not null check (length(content_type) between 3 and 255),
  content bytea not null,
  unique (message_id, position)
);
