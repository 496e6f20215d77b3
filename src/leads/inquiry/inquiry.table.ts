import type { Generated } from 'kysely'

/** See migrations/202612051310_create_execution_inquiries.sql. */
export interface ExecutionInquiriesTable {
  id: Generated<string>
  lead_id: string
  number: string
  court_name: string
  court_case_no: string
  questions: string
  reply_days: number
  /** dates, read as text */
  issued_on: string
  reply_due: string
  issued_by: string
  issued_at: Date
}
