-- The lead list's default view leaves out leads no rule raises any more ('cleared'): an index in
-- the list's order over just those rows, so its keyset pages read only what they show.
create index leads_open_order_idx on leads (severity desc, unpaid_sort desc, id desc)
  where status <> 'cleared';
