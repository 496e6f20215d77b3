import type { ColumnType, Generated } from 'kysely'

export type SupplementItem = { key: string; label: string; detail?: string }

export interface SupplementRequestsTable {
  id: Generated<string>
  application_id: string
  items: ColumnType<SupplementItem[], string, string>
  /**
   * date, read as text; null until the 补正通知书 is served: the period runs from service
   * (规则 第二十一条, 第一百二十八条; docs/decisions/042-service-of-notices.md)
   */
  deadline: string | null
  deadline_explanation: string | null
  /** the period staff chose, counted from the day of service */
  period_days: number | null
  /** the 补正通知书 whose service starts the period */
  notice_document_id: string | null
  requested_at: Date
  requested_by: string
  completed_at: Date | null
  expired_at: Date | null
}
