import { z } from 'zod'

/** The applicant's confirmation that this application is to be withdrawn. */
export const WithdrawSchema = z.object({
  confirm: z.literal('yes', { error: '请勾选“我确认撤回这件申请”' }),
})
