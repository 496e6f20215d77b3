import { z } from 'zod'
import { blankToUndefined, optionalText, requiredDay, requiredText } from '../common/collab-form.js'
import type { EvidenceItem } from './referral.table.js'

const CRIME_KEYS = ['refusal_to_execute', 'obstructing_testimony', 'false_litigation'] as const

/** A new lead, from an application (its 查询码) or by hand. */
export const ReferralSchema = z.object({
  crime: z.enum(CRIME_KEYS, { message: '请选择涉嫌罪名' }),
  trackingCode: optionalText('申请查询码', 20),
  courtCaseNumber: optionalText('执行案号', 60),
  suspectName: requiredText('涉嫌人姓名或名称', 100),
  suspectType: z.enum(['person', 'organisation'], { message: '请选择涉嫌人是自然人还是单位' }),
  facts: requiredText('线索事实', 4000),
  foundBy: z.enum(['procuratorate', 'court'], { message: '请选择发现线索的单位' }),
})
export type ReferralForm = z.infer<typeof ReferralSchema>

/** 研判 with the court, or a joint consultation with the police and the court: recorded alike. */
export const ConsultationSchema = z.object({
  kind: z.enum(['court_analysis', 'joint_consultation'], { message: '请选择研判方式' }),
  heldOn: requiredDay('研判日期'),
  participants: requiredText('参加人员', 1000),
  conclusion: requiredText('研判结论', 2000),
  disagreements: optionalText('分歧意见', 2000),
})
export type ConsultationForm = z.infer<typeof ConsultationSchema>

/** Evidence: one item a line, "名称：说明" or just the name. */
export function parseEvidence(text: string): EvidenceItem[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^([^:：]+)[:：](.*)$/.exec(l)
      return m ? { name: m[1]!.trim(), note: m[2]!.trim() } : { name: l, note: '' }
    })
}

export const SendSchema = z.object({
  policeOrgan: requiredText('移送的公安机关', 100),
  sentOn: requiredDay('移送日期'),
  evidence: requiredText('证据材料清单', 4000)
    .transform(parseEvidence)
    .refine((items) => items.length <= 50, '证据材料清单最多 50 项')
    .refine((items) => items.every((i) => i.name.length <= 100), '每项证据名称不能超过 100 个字'),
})
export type SendForm = z.infer<typeof SendSchema>

export const AnswerSchema = z
  .object({
    answer: z.enum(['accepted', 'complex', 'filed', 'not_filed'], {
      message: '请选择公安机关的答复',
    }),
    answeredOn: requiredDay('答复日期'),
    reasons: optionalText('不立案理由', 2000),
  })
  .superRefine((f, ctx) => {
    if (f.answer === 'not_filed' && !f.reasons)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: '请填写公安机关说明的不立案理由' })
  })
export type AnswerForm = z.infer<typeof AnswerSchema>

export const SupervisionSchema = z.object({ requestedOn: requiredDay('发出要求的日期') })
export const SupervisionAnswerSchema = z.object({
  answeredOn: requiredDay('收到说明的日期'),
  answer: requiredText('公安机关的说明', 2000),
})
export type SupervisionAnswerForm = z.infer<typeof SupervisionAnswerSchema>

export const NewReferralQuerySchema = z.object({
  code: z.preprocess(blankToUndefined, z.string().max(20).optional()),
})
