import type { Db } from '../../db/database.js'

export async function findCourtCase(db: Db, id: string) {
  return db.selectFrom('court_cases').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findCaseDetails(db: Db, id: string) {
  const [events, ledger, history, identifiers] = await Promise.all([
    db
      .selectFrom('court_case_events')
      .select([
        'event_type',
        'event_label',
        'party',
        'event_date',
        'end_date',
        'amount',
        'scope',
        'result',
        'note',
        'batch_id',
        'source_row',
      ])
      .where('case_id', '=', id)
      .orderBy('event_date')
      .orderBy('event_type')
      .execute(),
    db
      .selectFrom('court_ledger_rows')
      .select([
        'txn_no',
        'direction',
        'txn_date',
        'amount',
        'counterparty',
        'channel',
        'defer_reason',
        'defer_days',
      ])
      .where('case_id', '=', id)
      .orderBy('txn_date')
      .execute(),
    db
      .selectFrom('court_case_history as h')
      .innerJoin('exchange_batches as b', 'b.id', 'h.batch_id')
      .select([
        'h.field',
        'h.old_value',
        'h.new_value',
        'h.changed_at',
        'h.batch_id',
        'b.file_name',
      ])
      .where('h.case_id', '=', id)
      .orderBy('h.id')
      .execute(),
    db
      .selectFrom('court_case_identifiers')
      .select(['position', 'kind', 'value_encrypted'])
      .where('case_id', '=', id)
      .orderBy('position')
      .execute(),
  ])
  return { events, ledger, history, identifiers }
}

/** The cases a batch created or last changed, for the batch page's list. */
export async function findBatchCases(db: Db, batchId: string, limit = 100) {
  return db
    .selectFrom('court_cases')
    .select(['id', 'case_no', 'closing_method', 'filing_date', 'closing_date', 'first_batch_id'])
    .where('batch_id', '=', batchId)
    .orderBy('case_no')
    .limit(limit)
    .execute()
}
