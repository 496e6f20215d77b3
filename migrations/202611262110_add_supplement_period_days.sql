-- The default period given to an applicant to supply missing materials (补正), set by the
-- administrator (docs/product.md §8, §9); staff may still choose another period for one request.
alter table site_settings
  add column supplement_period_days integer not null default 15
    check (supplement_period_days between 1 and 60);
