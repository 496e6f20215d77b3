-- Reliability review §2b: the worker records that a send began before it hands the message to SMTP.
-- A pending row claimed again with send_started_at still set was interrupted mid-send (a killed
-- worker): the message may already be in the recipient's mailbox, and the worker logs that before
-- it sends again under the same Message-ID. Cleared when the attempt ends (sent, failed, released).
alter table outbox_messages add column send_started_at timestamptz;
