import { z } from 'zod'

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

export const ExOfficioOpenSchema = z.object({
  source: z.enum(['case_review', 'campaign', 'petition', 'other'], { message: '请选择案件来源' }),
  ground: z.enum(['public_interest', 'misconduct', 'social_impact', 'follow_up'], {
    message: '请选择依职权监督的情形',
  }),
  courtName: z
    .string({ error: '请填写执行法院' })
    .trim()
    .min(2, '请填写执行法院')
    .max(60, '法院名称不能超过60字'),
  courtCaseNo: z
    .string({ error: '请填写执行案号' })
    .trim()
    .min(1, '请填写执行案号')
    .regex(/^[（(]\d{4}[）)].+执.*\d+号$/, '请按“（2024）豫0403执123号”的格式填写执行案号'),
  facts: z
    .string({ error: '请写明发现的情况' })
    .trim()
    .min(10, '请写明发现的情况（至少10字）')
    .max(2000, '不能超过2000字'),
})
export type ExOfficioOpen = z.infer<typeof ExOfficioOpenSchema>

export const ExOfficioActionSchema = z
  .object({
    action: z.enum(
      [
        'start_review',
        'propose_recommendation',
        'approve_recommendation',
        'return_recommendation',
        'terminate',
        'close',
      ],
      { message: '请选择要办理的事项' },
    ),
    version: z
      .string({ error: '页面已过期，请刷新后重试' })
      .regex(/^\d+$/, '页面已过期，请刷新后重试')
      .transform(Number),
    text: z.preprocess(blank, z.string().trim().max(2000, '不能超过2000字').optional()),
  })
  .superRefine((a, ctx) => {
    if (a.action === 'propose_recommendation' && !a.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: '请写明检察建议的主要内容' })
    if (a.action === 'terminate' && !a.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: '请写明终结审查的理由' })
  })
