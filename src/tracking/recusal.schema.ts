import { z } from 'zod'

const REASON = '请写明申请回避的理由（5 至 2000 字）。'
const REVIEW_REASON = '请写明申请复议的理由（5 至 2000 字）。'
const chars = (min: number, max: number) => (s: string) =>
  [...s].length >= min && [...s].length <= max
const reason = (message: string) =>
  z.string({ error: message }).trim().refine(chars(5, 2000), { error: message })
const optional = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || undefined)

/**
 * 规则 第十二条: the 承办检察官, or anyone else who works on the case — another 检察人员, the 书记员,
 * a 翻译人员, 鉴定人 or 勘验人 — named with their role.
 */
export const RecusalSchema = z
  .object({
    target: z.enum(['handler', 'other'], { error: '请选择申请哪一位人员回避。' }),
    personName: optional,
    personRole: optional,
    reason: reason(REASON),
  })
  .superRefine((form, ctx) => {
    if (form.target !== 'other') return
    if (!form.personName || !chars(2, 50)(form.personName))
      ctx.addIssue({
        code: 'custom',
        path: ['personName'],
        message: '请填写该人员的姓名（2 至 50 字）。',
      })
    if (!form.personRole || !chars(2, 30)(form.personRole))
      ctx.addIssue({
        code: 'custom',
        path: ['personRole'],
        message: '请填写该人员在本案中的身份，例如书记员、检察官助理、鉴定人（2 至 30 字）。',
      })
  })
export type RecusalForm = z.infer<typeof RecusalSchema>

/** 规则 第十七条: one 复议 of a refusal. */
export const RecusalReviewSchema = z.object({ reason: reason(REVIEW_REASON) })
