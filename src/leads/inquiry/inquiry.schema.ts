import { z } from 'zod'

export const InquirySchema = z.object({
  questions: z
    .string({ error: '请写明需要法院说明的情况' })
    .trim()
    .min(1, '请写明需要法院说明的情况，例如“该案立案后六个月未采取执行措施的原因”')
    .max(3000, '需要说明的情况不能超过 3000 个字'),
})
export type InquiryForm = z.infer<typeof InquirySchema>
