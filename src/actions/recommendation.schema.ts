import { z } from 'zod'
import { dayField } from '../http/form-date.js'
import { REPLY_OUTCOMES } from '../review/review-actions.table.js'
import { requiredText, versionField } from './review-actions.schema.js'

/** The 检察建议 draft (两高规定 2016 第十三条: the court must answer each point). */
export const DraftSchema = z.object({
  version: versionField,
  courtName: requiredText('接收检察建议的法院', 2, 100),
  violations: requiredText('审查认定的违法情形', 10, 5000),
  recommendation: requiredText('检察建议的内容', 10, 5000),
  legalBasis: requiredText('法律依据', 5, 2000),
})

export const DecideSchema = z
  .object({
    version: versionField,
    decision: z.enum(['approve', 'return'], { error: '请选择批准还是退回修改' }),
    comment: z.string().trim().max(2000, { error: '审批意见不能超过 2000 个字' }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'return' && [...(value.comment ?? '')].length < 5)
      ctx.addIssue({
        code: 'custom',
        path: ['comment'],
        message: '退回修改的，请写明需要修改的地方（至少 5 个字）',
      })
  })

export const REPLY_OUTCOME_LABEL: Record<(typeof REPLY_OUTCOMES)[number], string> = {
  adopted: '采纳',
  partly_adopted: '部分采纳',
  not_adopted: '不采纳',
}

/** The fields of the court-reply upload form; the date limits depend on the case (service). */
export const CourtReplySchema = z.object({
  version: versionField,
  repliedOn: dayField('法院回复的日期'),
  outcome: z.enum(REPLY_OUTCOMES, { error: '请选择法院对检察建议的处理结果' }),
  note: z.string().trim().max(2000, { error: '补充说明不能超过 2000 个字' }).optional(),
})

export type DraftForm = z.infer<typeof DraftSchema>
export type DecideForm = z.infer<typeof DecideSchema>
export type CourtReplyForm = z.infer<typeof CourtReplySchema>
