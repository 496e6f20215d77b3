import { z } from 'zod'

// The forms of the staff actions after acceptance (docs/product.md §9). Values are English codes; the Chinese
// labels are the *_LABEL maps below, used by the forms, the timeline notes and the notices.

/** Every action form carries the application version the page showed (docs/product.md §8 concurrency). */
const version = z.coerce
  .number({ error: '页面缺少版本信息，请返回申请页面刷新后再操作' })
  .int({ error: '页面缺少版本信息，请返回申请页面刷新后再操作' })
  .positive({ error: '页面缺少版本信息，请返回申请页面刷新后再操作' })

/** Length is counted in characters (a Chinese character is one), after trimming. */
function text(what: string, min: number, max: number) {
  const short = min > 1 ? `请填写${what}（至少 ${min} 个字）` : `请填写${what}`
  return z
    .string({ error: `请填写${what}` })
    .trim()
    .refine((s) => s.length > 0, { error: `请填写${what}` })
    .refine((s) => s.length === 0 || [...s].length >= min, { error: short })
    .refine((s) => [...s].length <= max, { error: `${what}不能超过 ${max} 个字` })
}

const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .refine((s) => [...s].length <= max, { error: `${what}不能超过 ${max} 个字` })
    .optional()

function choice<T extends readonly [string, ...string[]]>(values: T, missing: string) {
  return z.enum(values, { error: missing })
}

// 2013 试行 第七十四条 (docs/domain-rules.md §1.14): the grounds of 中止审查.
export const SUSPEND_GROUNDS = ['applicant_died', 'depends_on_other_case', 'other'] as const
export const SUSPEND_GROUND_LABEL: Record<(typeof SUSPEND_GROUNDS)[number], string> = {
  applicant_died: '申请人死亡或者终止，尚待继承人或者权利义务承继人表明是否参加审查',
  depends_on_other_case: '本案须以另一案的审理结果为依据，而另一案尚未审结',
  other: '其他应当中止审查的情形',
}

// 2013 试行 第七十五条: the grounds of 终结审查.
export const TERMINATE_GROUNDS = [
  'court_corrected',
  'withdrawn',
  'settled',
  'no_successor',
  'not_admissible',
  'other',
] as const
export const TERMINATE_GROUND_LABEL: Record<(typeof TERMINATE_GROUNDS)[number], string> = {
  court_corrected: '人民法院已经纠正违法行为',
  withdrawn: '申请人撤回监督申请',
  settled: '当事人达成和解协议，且不损害国家利益、社会公共利益或者他人合法权益',
  no_successor: '申请人死亡或者终止，没有继承人或者权利义务承继人，或者继承人放弃申请',
  not_admissible: '已经受理的案件不符合受理条件',
  other: '其他应当终结审查的情形',
}

// 规则 第四十一条; docs/product.md §9 names the three reasons.
export const ESCALATE_REASONS = ['new_type', 'major_complex', 'sensitive'] as const
export const ESCALATE_REASON_LABEL: Record<(typeof ESCALATE_REASONS)[number], string> = {
  new_type: '新类型案件',
  major_complex: '重大复杂案件',
  sensitive: '敏感案件',
}

const withOther = <T extends { ground: string; detail?: string | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (value.ground === 'other' && [...(value.detail ?? '')].length < 5)
    ctx.addIssue({
      code: 'custom',
      path: ['detail'],
      message: '选择“其他”的，请写明具体情形（至少 5 个字）',
    })
}

export const StartReviewSchema = z.object({
  version,
  staffId: z.uuid({ error: '请选择承办检察官' }),
})

export const SuspendSchema = z
  .object({
    version,
    ground: choice(SUSPEND_GROUNDS, '请选择中止审查的原因'),
    detail: optionalText('具体情形', 2000),
  })
  .superRefine(withOther)

export const ResumeSchema = z.object({
  version,
  note: text('恢复审查的理由（中止的原因如何消除）', 5, 2000),
})

export const EscalateSchema = z.object({
  version,
  reason: choice(ESCALATE_REASONS, '请选择报请上级院办理的理由'),
  explanation: text('具体说明', 10, 5000),
})

export const NotSupportedSchema = z.object({
  version,
  reasons: text('不支持监督申请的理由', 10, 5000),
  explanation: text('释法说理', 20, 5000),
})

export const TerminateSchema = z
  .object({
    version,
    ground: choice(TERMINATE_GROUNDS, '请选择终结审查的理由'),
    detail: optionalText('具体情形', 2000),
  })
  .superRefine(withOther)

export const CloseSchema = z.object({
  version,
  outcome: text('办结情况', 5, 5000),
})

export const CourtExtensionSchema = z.object({
  version,
  note: text('法院报告延长的情况（如来函日期、文号）', 5, 2000),
})

export type StartReviewForm = z.infer<typeof StartReviewSchema>
export type SuspendForm = z.infer<typeof SuspendSchema>
export type ResumeForm = z.infer<typeof ResumeSchema>
export type EscalateForm = z.infer<typeof EscalateSchema>
export type NotSupportedForm = z.infer<typeof NotSupportedSchema>
export type TerminateForm = z.infer<typeof TerminateSchema>
export type CloseForm = z.infer<typeof CloseSchema>
export type CourtExtensionForm = z.infer<typeof CourtExtensionSchema>

export { version as versionField, text as requiredText }
