import { z } from 'zod'
import { isCalendarDate } from '../calendar/calendar-date.js'
import {
  optionalText,
  requiredChoice,
  requiredText,
  versionField,
} from '../actions/review-actions.schema.js'
import { REPLY_OUTCOMES } from '../review/review-actions.table.js'
import {
  FOLLOW_UP_KINDS,
  RECOMMENDATION_KINDS,
  REPLY_MEASURES,
  SERVICE_METHODS,
  type RecommendationKind,
} from './register.table.js'

export const KIND_LABEL: Record<RecommendationKind, string> = {
  individual: '个案检察建议',
  similar_cases: '类案检察建议',
  social_governance: '社会治理检察建议',
}

export const SERVICE_METHOD_LABEL: Record<(typeof SERVICE_METHODS)[number], string> = {
  direct: '直接送达',
  mail: '邮寄送达',
  electronic: '电子送达',
}

/** A 执行案号 per line; blank lines dropped, each 1–60 characters. */
const caseNumbers = z
  .string({ error: '请填写所涉执行案件的案号' })
  .transform((s) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
  )
  .refine((l) => l.length > 0, { error: '请填写所涉执行案件的案号，每行一个' })
  .refine((l) => l.length <= 50, { error: '一份检察建议最多登记 50 个案件' })
  .refine((l) => l.every((c) => [...c].length <= 60), { error: '每个案号不能超过 60 个字' })
  .refine((l) => new Set(l).size === l.length, { error: '案号有重复，请每个案件只写一次' })

export const date = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .refine((s) => s.length > 0, { error: `请填写${what}` })
    .refine((s) => s.length === 0 || isCalendarDate(s), {
      error: `请按“2026-12-01”的格式填写${what}`,
    })

/** A 检察建议 entered in the register by hand: 类案, 社会治理, or one from an ex-officio case. */
export const RegisterDraftSchema = z
  .object({
    kind: requiredChoice(RECOMMENDATION_KINDS, '请选择检察建议的类别'),
    court: z.string().trim().optional(),
    organ: optionalText('被建议单位', 100),
    caseNumbers,
    violations: requiredText('审查认定的违法情形或者存在的问题', 10, 5000),
    recommendation: requiredText('检察建议的内容', 10, 5000),
    legalBasis: requiredText('法律依据', 5, 2000),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'social_governance' && [...(v.organ ?? '')].length < 2)
      ctx.addIssue({ code: 'custom', path: ['organ'], message: '请填写被建议单位的全称' })
    if (v.kind !== 'social_governance' && !v.court)
      ctx.addIssue({ code: 'custom', path: ['court'], message: '请选择接收检察建议的同级人民法院' })
    if (v.kind === 'individual' && v.caseNumbers.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['caseNumbers'], message: '个案检察建议只写一个案号' })
    if (v.kind === 'similar_cases' && v.caseNumbers.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['caseNumbers'],
        message: '类案检察建议至少涉及两个案件，请每行写一个案号',
      })
  })

/** 送达: the day the court received the 检察建议书 and how (两高规定 第十三条: the reply clock starts then). */
export const ServiceSchema = z.object({
  version: versionField,
  servedOn: date('法院收到检察建议书的日期'),
  method: requiredChoice(SERVICE_METHODS, '请选择送达方式'),
})

/** The court's letter reporting its president's approval of one more month (两高规定 第十三条). */
export const ExtensionSchema = z.object({
  version: versionField,
  letterOn: date('法院延期函的日期'),
  letterNumber: requiredText('法院延期函的文号', 2, 100),
})

export const REGISTER_VIEWS = [
  'all',
  'due_soon',
  'overdue',
  'awaiting_service',
  'follow_up',
] as const

export const RegisterFilterSchema = z.object({
  view: z.enum(REGISTER_VIEWS, { error: '请选择要查看的清单' }).optional(),
  days: z.coerce
    .number({ error: '天数请填写 1 至 365 之间的整数' })
    .int({ error: '天数请填写 1 至 365 之间的整数' })
    .min(1, { error: '天数请填写 1 至 365 之间的整数' })
    .max(365, { error: '天数请填写 1 至 365 之间的整数' })
    .optional(),
  court: z.string().trim().max(100, { error: '法院名称不能超过 100 个字' }).optional(),
  outcome: z
    .union([z.literal(''), z.enum(REPLY_OUTCOMES)], { error: '请选择列出的处理结果' })
    .transform((v) => v || undefined)
    .optional(),
})

export type RegisterDraftForm = z.infer<typeof RegisterDraftSchema>
export type ServiceForm = z.infer<typeof ServiceSchema>
export type ExtensionForm = z.infer<typeof ExtensionSchema>
export type RegisterFilter = z.infer<typeof RegisterFilterSchema>

export const MEASURE_LABEL: Record<(typeof REPLY_MEASURES)[number], string> = {
  resume_execution: '恢复执行',
  revoke_termination: '撤销终结本次执行程序裁定',
  release_seizure: '解除查封、扣押、冻结',
  pay_out: '发放执行款',
  other: '其他措施',
}

export const optionalDate = (what: string) =>
  z
    .string()
    .trim()
    .refine((s) => s.length === 0 || isCalendarDate(s), {
      error: `请按“2026-12-01”的格式填写${what}`,
    })
    .transform((s) => s || undefined)
    .optional()

/** The court's 回复意见函 (两高规定 第十三条); the letter itself arrives as the upload's file. */
export const ReplySchema = z
  .object({
    version: versionField,
    receivedOn: date('收到回复意见函的日期'),
    letterNumber: requiredText('回复意见函的文号', 2, 100),
    outcome: requiredChoice(REPLY_OUTCOMES, '请选择法院对检察建议的处理结果'),
    measures: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .pipe(z.array(requiredChoice(REPLY_MEASURES, '请选择列出的措施')))
      .optional(),
    measuresNote: optionalText('措施的说明', 2000),
    amountPaid: z
      .string()
      .trim()
      .refine((s) => s === '' || /^\d{1,12}(\.\d{1,2})?$/.test(s), {
        error: '发放金额请填写数字（元），最多两位小数，例如 120000 或 3500.50',
      })
      .transform((s) => s || undefined)
      .optional(),
    courtReasons: optionalText('法院说明的理由', 5000),
    reasonsAccepted: z
      .union([z.literal(''), z.enum(['yes', 'no'])], {
        error: '请选择法院未全部采纳的理由是否成立',
      })
      .transform((v) => v || undefined)
      .optional(),
    promisedBy: optionalDate('法院承诺完成措施的日期'),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'not_adopted' && !v.courtReasons)
      ctx.addIssue({
        code: 'custom',
        path: ['courtReasons'],
        message: '不采纳检察建议的，法院应当说明理由，请摘录回复意见函中的理由',
      })
    if (v.outcome !== 'adopted' && !v.reasonsAccepted)
      ctx.addIssue({
        code: 'custom',
        path: ['reasonsAccepted'],
        message: '请选择法院未全部采纳的理由是否成立',
      })
  })

export type ReplyForm = z.infer<typeof ReplySchema>

export const FOLLOW_UP_KIND_LABEL: Record<(typeof FOLLOW_UP_KINDS)[number], string> = {
  urge_reply: '发督促回复函',
  escalate: '提请上一级人民检察院跟进监督',
  new_recommendation: '重新提出检察建议',
}

/** A 跟进监督 step (两高规定 第十四条; 规则 第一百二十四条). */
export const FollowUpSchema = z.object({
  version: versionField,
  kind: requiredChoice(FOLLOW_UP_KINDS, '请选择跟进监督的方式'),
  note: optionalText('说明', 2000),
})

export type FollowUpForm = z.infer<typeof FollowUpSchema>
