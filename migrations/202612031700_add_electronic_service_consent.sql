-- Consent to electronic service (《中华人民共和国民事诉讼法》第九十条, applied by
-- 《人民检察院民事诉讼监督规则》第一百二十八条): asked in the wizard and at the counter. Null for
-- applications submitted before the question existed: they are treated as not having consented, so
-- their notices are served by post (docs/decisions/042-service-of-notices.md).
alter table applications add column electronic_service_consent boolean;
