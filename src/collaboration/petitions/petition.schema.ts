import { z } from 'zod'
import { mobileField } from '../../applications/validation/fields.js'
import { parseIdNumber } from '../../applications/validation/id-number.js'
import { optionalText, requiredDay, requiredText } from '../common/collab-form.js'

const CHANNELS = ['visit', 'letter', 'phone', 'online', 'court'] as const
export const CHANNEL_LABEL = {
  visit: '来访',
  letter: '来信',
  phone: '来电',
  online: '网上信访',
  court: '法院移交（信息交换）',
} as const
export const OUTCOME_LABEL = {
  resolved: '化解',
  converted: '转为监督申请',
  transferred: '转办',
  rejected: '不予受理',
} as const

/** A 居民身份证号, checked like applicants' (GB 11643); optional for a 信访人. */
const optionalIdNumber = (today: () => Date) =>
  z
    .string()
    .optional()
    .transform((input = '', ctx) => {
      if (input.trim() === '') return undefined
      const r = parseIdNumber(input, today())
      if (r.ok) return r.value
      ctx.addIssue({ code: 'custom', message: r.message })
      return z.NEVER
    })

/** The clock decides which birth dates lie ahead, so the schema is built with it. */
export const petitionSchema = (today: () => Date) =>
  z.object({
    petitionerName: requiredText('信访人姓名', 50),
    petitionerPhone: mobileField(),
    petitionerId: optionalIdNumber(today),
    channel: z.enum(CHANNELS, { message: '请选择信访渠道' }),
    receivedOn: requiredDay('收到日期'),
    courtName: requiredText('执行法院', 100),
    courtCaseNumber: optionalText('执行案号', 60),
    complaint: requiredText('信访诉求', 4000),
  })
export type PetitionForm = z.infer<ReturnType<typeof petitionSchema>>

export const HandlingSchema = z.object({
  handledOn: requiredDay('会同处理日期'),
  who: requiredText('参与处理的单位和人员', 200),
  what: requiredText('处理情况', 2000),
})
export type HandlingForm = z.infer<typeof HandlingSchema>

export const NotifySchema = z.object({ notifiedOn: requiredDay('书面告知日期') })

export const ExtendSchema = z.object({
  extendedOn: requiredDay('批准延长日期'),
  reason: requiredText('延长理由', 500),
})
export type ExtendForm = z.infer<typeof ExtendSchema>

/** 化解、转办、不予受理 here; 转为监督申请 goes through the counter (petition-convert.ts). */
export const OutcomeSchema = z
  .object({
    outcome: z.enum(['resolved', 'transferred', 'rejected'], { message: '请选择办理结果' }),
    outcomeOn: requiredDay('办结日期'),
    reasons: optionalText('理由', 2000),
  })
  .superRefine((f, ctx) => {
    if (f.outcome !== 'resolved' && !f.reasons)
      ctx.addIssue({
        code: 'custom',
        path: ['reasons'],
        message: f.outcome === 'rejected' ? '请填写不予受理的理由' : '请填写转办的机关和理由',
      })
  })
export type OutcomeForm = z.infer<typeof OutcomeSchema>
