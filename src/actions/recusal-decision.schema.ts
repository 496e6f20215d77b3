import { z } from 'zod'
import { requiredChoice, requiredText, versionField } from './review-actions.schema.js'

export const RECUSAL_OUTCOMES = ['recused', 'declined'] as const
export const DECIDING_BODIES = ['chief', 'committee'] as const

/**
 * 回避决定 and 复议决定 (规则 第十六条、第十七条): which request, the outcome (a 复议 that refuses again
 * upholds the refusal), who decided and the reasons the applicant reads.
 */
export const RecusalDecisionSchema = z.object({
  version: versionField,
  recusalId: z.string({ error: '页面缺少回避申请的编号，请返回申请详情后重新打开此操作' }),
  outcome: requiredChoice(RECUSAL_OUTCOMES, '请选择是否准许回避'),
  body: requiredChoice(DECIDING_BODIES, '请选择作出决定的是检察长还是检察委员会'),
  reasons: requiredText('决定的理由', 5, 2000),
})
export type RecusalDecisionForm = z.infer<typeof RecusalDecisionSchema>
