import { z } from 'zod'
import { dayField } from '../http/form-date.js'
import { versionField } from '../actions/review-actions.schema.js'

/** The methods staff record by hand; electronic service is recorded by the outbox (only). */
export const MANUAL_METHODS = ['postal', 'direct', 'phone_and_postal'] as const

const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional()
    .transform((v) => (v ? v : undefined))

/**
 * The 送达 form. What needs the case (the document being this application's, the date against its
 * issue and today, the proof against the method) is checked by serviceProblems.
 */
export const ServiceRecordSchema = z.object({
  version: versionField,
  documentId: z
    .string({ error: '请选择已送达的文书' })
    .trim()
    .min(1, { error: '请选择已送达的文书' }),
  method: z.enum(MANUAL_METHODS, { error: '请选择送达方式' }),
  servedOn: dayField('送达日期'),
  trackingNumber: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s/g, '').toUpperCase())
    .refine((v) => v === '' || /^[A-Z0-9]{8,30}$/.test(v), {
      error: '邮件号码应为 8 至 30 位字母或数字，例如 EMS 单号 1234567890123',
    })
    .optional()
    .transform((v) => (v ? v : undefined)),
  signedBy: optional('签收人', 50),
  note: optional('补充说明', 500),
})

export type ServiceRecordForm = z.infer<typeof ServiceRecordSchema>
