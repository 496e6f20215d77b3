import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { Stage } from '../workflow/stages.js'
import type { MaterialSlot } from './draft.table.js'

export interface ApplicationsTable {
  id: Generated<string>
  tracking_code: string
  stage: Generated<Stage>
  version: Generated<number>
  channel: 'online' | 'counter'
  idempotency_key: string
  submitted_at: Date
  applicant_type: 'person' | 'organisation'
  applicant_name: string
  applicant_role: string
  id_number_encrypted: Uint8Array
  id_number_hash: string
  mobile_encrypted: Uint8Array
  mobile_hash: string
  email: string | null
  /**
   * consent to electronic service (民诉法 第九十条 via 规则 第一百二十八条); null: not asked
   * (submitted before the question existed), treated as no consent
   */
  electronic_service_consent: boolean | null
  court_code: string | null
  court_name: string
  case_number: string
  supervised_court: boolean
  matters: string[]
  answers: ColumnType<Record<string, unknown>, string, string>
  flags: Generated<string[]>
  /** date, read as text */
  procedural_reply_due: string
  procedural_reply_explanation: string
  receipt_mac: string
  assigned_staff_id: Generated<string | null>
  /** earliest due date among the running clocks (src/deadlines), for the queue's sort */
  next_due: Generated<string | null>
  /** counter intake: the staff member who entered it */
  entered_by: string | null
  /** the agent's numbers, encrypted (null without an agent) */
  agent_id_number_encrypted: Uint8Array | null
  agent_mobile_encrypted: Uint8Array | null
  /**
   * bigint as text: moves with anything the applicant's status page shows (kept by triggers,
   * migrations/202611270200_add_status_version.sql); never written by the application
   */
  status_version: Generated<string>
  /** when the purge removed its personal data (src/retention); null while kept */
  purged_at: Generated<Date | null>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface ApplicationMaterialsTable {
  id: Generated<string>
  application_id: string
  slot: MaterialSlot
  description: string | null
  original_name: string
  /** bigint, read as text */
  byte_size: ColumnType<string, number, number>
  detected_type: string
  sha256: string
  file_id: string
  generated: Generated<boolean>
  uploaded_at: Date
  uploaded_by: string
  position: number
  supplement_request_id: Generated<string | null>
  supplement_item: Generated<string | null>
}

/**
 * status_version is read only by the status page (src/tracking/status.repository.ts), purged_at only
 * by the retention purge and the case page's notice (src/retention)
 */
export type ApplicationRow = Omit<Selectable<ApplicationsTable>, 'status_version' | 'purged_at'>
export type NewApplicationRow = Insertable<ApplicationsTable>
export type MaterialRow = Selectable<ApplicationMaterialsTable>
export type NewMaterialRow = Insertable<ApplicationMaterialsTable>
