-- The lead list's filters (issue 15 bench): a rule, court or batch filter walked the order index
-- and discarded every lead that did not match, so a rare rule (a few leads among 50,000) read them
-- all. A GIN index finds the leads of a rule; court and batch get the list's order behind their
-- own column, so their keyset pages read only what they show.
create index leads_rule_ids_idx on leads using gin (rule_ids jsonb_path_ops);
create index leads_court_order_idx on leads (court_code, severity desc, unpaid_sort desc, id desc);
create index leads_batch_order_idx on leads (batch_id, severity desc, unpaid_sort desc, id desc);
