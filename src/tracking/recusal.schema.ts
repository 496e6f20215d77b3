import { z } from 'zod'

const REASON = '请写明申请回避的理由（5 至 2000 字）。'

export const RecusalSchema = z.object({
  reason: z
    .string({ error: REASON })
    .trim()
    .refine((reason) => [...reason].length >= 5 && [...reason].length <= 2000, { error: REASON }),
})
