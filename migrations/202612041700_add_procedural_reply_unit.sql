-- Legal review D32: the 7-day promise of a procedural reply (受理、不予受理或补正) is the SPP's
-- "群众信访件件有回复" requirement, a policy rather than a statute. SPP reports say "7日内", one
-- provincial procuratorate "7个工作日内"; the 2024 《人民检察院信访工作规定》 could not be read. The
-- procuratorate chooses; the default stays what the service has promised so far: working days.
ALTER TABLE site_settings
  ADD COLUMN procedural_reply_unit text NOT NULL DEFAULT 'working_days'
    CHECK (procedural_reply_unit IN ('working_days', 'days'));
