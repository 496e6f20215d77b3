-- Security review F22: the four-eyes check on a 检察建议 looks at everyone who wrote or edited the
-- draft, not only the last to save it. Existing drafts start with the one author they recorded.
alter table recommendation_drafts add column editor_ids text[] not null default '{}';
update recommendation_drafts set editor_ids = array[drafted_by::text];
