-- The period a 督促回复函 gives the court (issue 16): no rule sets one — 两高规定 sets only the three
-- months (plus one) of the reply itself — so it is the procuratorate's own working period, 15 days
-- as before, editable by the administrator with the collaboration ledger's other periods. When the
-- administrator names a basis (a 会签文件 with the court, say) own_choice turns false and the
-- basis is shown as given; otherwise the pages say it is the procuratorate's choice.
alter table collab_period_settings add column own_choice boolean not null default false;

insert into collab_period_settings (key, days, label, basis, verified, own_choice) values
  ('urge_reply', 15, '督促回复函的回复期限', '本院自定的工作期限，法律和司法解释未规定督促回复的期限', true, true);
