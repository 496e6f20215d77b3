-- Counter intake (docs/product.md §8): staff enter an application for a walk-in or phone applicant through the
-- same wizard. The draft and the application record which staff member entered it.
alter table application_drafts add column entered_by uuid references staff_accounts (id);
alter table applications add column entered_by uuid references staff_accounts (id);
