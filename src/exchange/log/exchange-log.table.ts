import type { Generated, Insertable, Selectable } from 'kysely'

/** 法院→本院 (from_court) or 本院→法院 (to_court). */
export type ExchangeDirection = 'from_court' | 'to_court'

/** How the entry came to be: an import, an outgoing list, or an exchange on paper entered by hand. */
export type ExchangeSource = 'import' | 'export' | 'paper'

/** One exchange of lists with the court (交换记录); see migrations/202612031240_create_exchange_log.sql. */
export interface ExchangeLogTable {
  /** when the retention purge removed its personal data (src/retention) */
  purged_at: Generated<Date | null>
  id: Generated<string>
  /** The China calendar day of the exchange, read as text (YYYY-MM-DD). */
  exchanged_on: string
  direction: ExchangeDirection
  source: ExchangeSource
  counterpart: string
  content: string
  item_count: number
  /** The import batch, for source = 'import'. */
  batch_id: string | null
  file_key: string | null
  file_name: string | null
  file_sha256: string | null
  file_size: number | null
  note: string | null
  handled_by: string
  recorded_at: Date
}

export type ExchangeLogRow = Selectable<ExchangeLogTable>
export type NewExchangeLogRow = Insertable<ExchangeLogTable>
