-- Issue 12 F8/F10: the emailed resume link carries a token of its own, not the draft's cookie token.
-- Only its SHA-256 is kept; opening the link needs the email address it was sent to, then issues the
-- browser a fresh draft token and ends this one, so a link works once and cannot plant a draft.
alter table application_drafts add column resume_token_hash text unique;
