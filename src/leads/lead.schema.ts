import { z } from 'zod'
import { RULES } from './rules/index.js'

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(t: T) => z.preprocess(blank, t.optional())

export const STATUS_LABEL = {
  pending: '待初筛',
  valid: '有效',
  invalid: '无效',
  cleared: '已消除',
} as const

const RULE_IDS = RULES.map((r) => r.id) as [string, ...string[]]

/** The list's filters, from the query string; `after` is the keyset cursor severity~unpaid~id. */
export const LeadFilterSchema = z.object({
  rule: optional(z.enum(RULE_IDS, { message: '请选择规则' })),
  court: optional(z.string().trim().max(40, '法院代码过长')),
  batch: optional(z.uuid({ message: '批次参数不正确' })),
  severity: optional(z.enum(['high', 'medium', 'low'], { message: '请选择严重程度' })),
  status: optional(z.enum(['pending', 'valid', 'invalid', 'cleared'], { message: '请选择状态' })),
  after: optional(
    z.string().regex(/^\d{1,4}~\d{1,16}(\.\d{1,4})?~[0-9a-f-]{36}$/, '翻页参数不正确'),
  ),
})
export type LeadFilterForm = z.infer<typeof LeadFilterSchema>

/** 初筛 reasons (docs/decisions/060-supervision-leads.md): a list, plus free text. */
export const VALID_REASONS = [
  '证据指向违法情形，需要立案审查',
  '同类情形多发，拟类案监督',
  '其他',
] as const
export const INVALID_REASONS = [
  '法院已提供合理说明或材料',
  '导入数据有误或不完整',
  '已有在办的监督案件',
  '不属于本院监督范围',
  '情节轻微，无监督必要',
  '其他',
] as const

export const LeadDecisionSchema = z
  .object({
    decision: z.enum(['valid', 'invalid'], { message: '请选择初筛结论：有效或无效' }),
    reason: z.string({ error: '请选择理由' }).trim().min(1, '请选择理由'),
    note: optional(z.string().trim().max(500, '说明不能超过500字')),
    version: z
      .string({ error: '页面已过期，请刷新后重试' })
      .regex(/^\d+$/, '页面已过期，请刷新后重试')
      .transform(Number),
  })
  .superRefine((d, ctx) => {
    const list: readonly string[] = d.decision === 'valid' ? VALID_REASONS : INVALID_REASONS
    if (!list.includes(d.reason))
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: '请从列表中选择与初筛结论相符的理由',
      })
    if (d.reason === '其他' && !d.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: '理由选择“其他”时，请写明具体理由' })
  })
export type LeadDecision = z.infer<typeof LeadDecisionSchema>
