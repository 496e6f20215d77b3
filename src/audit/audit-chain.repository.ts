import { sql } from 'kysely'
import type { Db } from '../db/database.js'

export type ChainCheck = {
  /** rows carrying a hash (rows older than the chain carry none) */
  checked: number
  /** the first row whose hash or link does not match, when any */
  firstBrokenId: string | null
  /** the head points at the last chained row with its hash (no row cut off the end) */
  headMatches: boolean
}

/**
 * Recomputes the audit hash chain in the database (issue 12 F16), with the same function the
 * insert trigger uses: every row's hash over its columns and the previous row's hash, in id order.
 * After the retention purge removed the oldest rows, the first remaining row links to the anchor
 * the prune kept (the last removed row's hash), not to 'genesis'.
 */
export async function checkAuditChain(db: Db): Promise<ChainCheck> {
  const broken = await sql<{ id: string | null; checked: string }>`
    with chained as (
      select a.id, a.prev_hash, a.row_hash, audit_event_hash(a.prev_hash, a) as expected,
             lag(a.row_hash) over (order by a.id) as previous
      from audit_events a where a.row_hash is not null
    )
    select (select min(id) from chained
            where row_hash <> expected
               or prev_hash is distinct from coalesce(previous,
                    (select pruned_hash from audit_chain_head), 'genesis'))::text as id,
           (select count(*) from chained)::text as checked`.execute(db)
  const head = await sql<{ matches: boolean }>`
    select coalesce((select h.last_hash = a.row_hash
                     from audit_chain_head h
                     join audit_events a on a.id = h.last_id), h2.last_id is null) as matches
    from audit_chain_head h2`.execute(db)
  const row = broken.rows[0]!
  return {
    checked: Number(row.checked),
    firstBrokenId: row.id,
    headMatches: head.rows[0]?.matches ?? false,
  }
}
