import { z } from 'zod'
import { requiredDay, requiredText } from '../common/collab-form.js'

export const REASON_LABEL = {
  new_type: '新类型案件',
  major_impact: '有重大影响的案件',
  complex_sensitive: '复杂敏感案件',
} as const

export const EscalationSchema = z.object({
  reason: z.enum(['new_type', 'major_impact', 'complex_sensitive'], {
    message: '请选择请示的原因',
  }),
  question: requiredText('请示的问题', 4000),
  sentOn: requiredDay('报送日期'),
})
export type EscalationForm = z.infer<typeof EscalationSchema>

export const GuidanceSchema = z.object({
  guidance: requiredText('市院的答复意见', 4000),
  guidanceOn: requiredDay('收到答复的日期'),
})
export type GuidanceForm = z.infer<typeof GuidanceSchema>
