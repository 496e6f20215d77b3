import type { Generated, Selectable } from 'kysely'

/**
 * How a notice reached the applicant (《中华人民共和国民事诉讼法》第八十七条至第九十五条, applied by
 * 《人民检察院民事诉讼监督规则》第一百二十八条).
 */
export const SERVICE_METHODS = ['electronic', 'postal', 'direct', 'phone_and_postal'] as const
export type ServiceMethod = (typeof SERVICE_METHODS)[number]

export const SERVICE_METHOD_LABEL: Record<ServiceMethod, string> = {
  electronic: '电子送达',
  postal: '邮寄送达',
  direct: '直接送达',
  phone_and_postal: '电话告知并邮寄送达',
}

export interface DocumentServicesTable {
  id: Generated<string>
  document_id: string
  application_id: string
  method: ServiceMethod
  /** date, read as text: the day of service in China */
  served_on: string
  served_at: Date | null
  outbox_message_id: string | null
  tracking_number: string | null
  proof_file_id: string | null
  proof_sha256: string | null
  signed_by: string | null
  note: string | null
  recorded_by: string | null
  recorded_at: Date
}

export interface DocumentServiceEmailsTable {
  document_id: string
  outbox_message_id: string
}

export type DocumentServiceRow = Selectable<DocumentServicesTable>
