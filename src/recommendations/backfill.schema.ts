import { z } from 'zod'
import { requiredText } from '../actions/review-actions.schema.js'
import { date, optionalDate } from './register.schema.js'
import { SERVICE_METHODS } from './register.table.js'

/**
 * What a 检察建议 issued before the system existed adds to a hand-entered one (RegisterDraftSchema):
 * the number and day it was given on paper, and the service if the court has received it.
 */
export const BackfillSchema = z
  .object({
    number: requiredText('检察建议书的文号', 4, 60),
    decidedOn: date('决定提出检察建议的日期'),
    servedOn: optionalDate('法院收到检察建议书的日期'),
    method: z
      .union([z.literal(''), z.enum(SERVICE_METHODS)], { error: '请选择列出的送达方式' })
      .transform((v) => v || undefined)
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.servedOn && !v.method)
      ctx.addIssue({ code: 'custom', path: ['method'], message: '已送达的，请选择送达方式' })
    if (!v.servedOn && v.method)
      ctx.addIssue({
        code: 'custom',
        path: ['servedOn'],
        message: '选择了送达方式的，请填写法院收到检察建议书的日期',
      })
    if (v.servedOn && v.servedOn < v.decidedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['servedOn'],
        message: '法院收到检察建议书的日期不能早于决定提出的日期',
      })
  })

export type BackfillForm = z.infer<typeof BackfillSchema>

/** The year and sequence of a number written like 卫东检民执监建议〔2025〕7号, if it is written so. */
export function numberSequence(number: string): { year: number; seq: number } | undefined {
  const m = /〔(\d{4})〕(\d{1,6})号$/.exec(number)
  return m ? { year: Number(m[1]), seq: Number(m[2]) } : undefined
}
