-- 规则 第三十三条: with the applicant's 受理通知书, the 控告申诉 department sends the other parties a
-- 受理通知书 and a copy of the 监督申请书 "同时", and they may answer in writing within 15 days of
-- receiving it. That notice is numbered like the others (its own counter and type code, which the
-- administrator may change on the document-numbers page). 第三十四条: the case goes to the 民事检察
-- department within 3 days of 受理, a clock stopped by 开始审查; the comment window is a clock too.
alter table issued_documents drop constraint issued_documents_kind_check;
alter table issued_documents add constraint issued_documents_kind_check check (kind in (
  'evidence_receipt', 'supplement_notice', 'acceptance_notice', 'non_acceptance_notice',
  'referral_notice', 'suspension_decision', 'termination_decision', 'not_supported_decision',
  'recommendation_notice', 'other_party_acceptance_notice'));

alter table document_number_templates drop constraint document_number_templates_kind_check;
alter table document_number_templates add constraint document_number_templates_kind_check
  check (kind in (
    'supplement_notice', 'acceptance_notice', 'non_acceptance_notice', 'referral_notice',
    'suspension_decision', 'termination_decision', 'not_supported_decision',
    'recommendation_notice', 'other_party_acceptance_notice'));

insert into document_number_templates (kind, type_code, template) values
  ('other_party_acceptance_notice', '受他', '{简称}检民执监{类}〔{年}〕{序号}号');

alter table application_clocks drop constraint application_clocks_kind_check;
alter table application_clocks add constraint application_clocks_kind_check check (kind in (
  'procedural_reply', 'supplement', 'acceptance_notice', 'review', 'decision_notice',
  'court_reply', 'civil_referral', 'other_party_comments'));
