import { z } from 'zod'
import {
  requiredChoice as choice,
  optionalText,
  requiredText as text,
  versionField as version,
} from './review-actions.schema.js'

// 规则 第五十二条: the periods that do not count toward the review's three months.
export const REVIEW_PAUSE_REASONS = [
  'file_transfer',
  'appraisal',
  'valuation',
  'audit',
  'expert',
  'other',
] as const
export const REVIEW_PAUSE_REASON_LABEL: Record<(typeof REVIEW_PAUSE_REASONS)[number], string> = {
  file_transfer: '调卷',
  appraisal: '鉴定',
  valuation: '评估',
  audit: '审计',
  expert: '专家咨询',
  other: '其他不计入审查期限的事项',
}

export const PauseReviewClockSchema = z
  .object({
    version,
    reason: choice(REVIEW_PAUSE_REASONS, '请选择暂停计算审查期限的原因'),
    detail: optionalText('具体事项', 100),
  })
  .superRefine((value, ctx) => {
    if (value.reason === 'other' && [...(value.detail ?? '')].length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['detail'],
        message: '选择“其他”的，请写明具体事项（例如“勘验”）',
      })
  })
export type PauseReviewClockForm = z.infer<typeof PauseReviewClockSchema>

export const ResumeReviewClockSchema = z.object({
  version,
  note: text('恢复计算的情况（如调取的卷宗已收到）', 5, 2000),
})
export type ResumeReviewClockForm = z.infer<typeof ResumeReviewClockSchema>
