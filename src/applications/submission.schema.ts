import { z } from 'zod'

/** The applicant's promise on the check-answers page, without which nothing is submitted. */
export const DeclarationSchema = z.object({
  declaration: z.literal('yes', { error: '请勾选承诺后再提交' }),
})
