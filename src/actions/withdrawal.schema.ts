import { z } from 'zod'
import { requiredText as text, versionField as version } from './review-actions.schema.js'

/** 不准许撤回: the reasons go to the applicant, and the review continues (规则 第七十三条第（二）项). */
export const RefuseWithdrawalSchema = z.object({
  version,
  reasons: text('不准许撤回的理由', 10, 2000),
})
export type RefuseWithdrawalForm = z.infer<typeof RefuseWithdrawalSchema>
