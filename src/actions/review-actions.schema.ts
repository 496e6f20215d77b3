import { z } from 'zod'

// The forms of the staff actions after acceptance (docs/product.md §9). Values are English codes; the Chinese
// labels are the *_LABEL maps below, used by the forms, the timeline notes and the notices.

/** Every action form carries the application version the page showed (docs/product.md §8 concurrency). */
const version = z.coerce
  .number({ error: '页面缺少版本信息，请返回申请详情后重新打开此操作' })
  .int({ error: '页面缺少版本信息，请返回申请详情后重新打开此操作' })
  .positive({ error: '页面缺少版本信息，请返回申请详情后重新打开此操作' })

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

// 规则 第七十二条: the grounds of 中止审查, each with the 项 the 中止审查决定书 cites.
export const SUSPEND_GROUNDS = [
  'applicant_died',
  'organisation_terminated',
  'depends_on_other_case',
  'other',
] as const
export type SuspendGround = (typeof SUSPEND_GROUNDS)[number]
export const SUSPEND_GROUND_LABEL: Record<SuspendGround, string> = {
  applicant_died: '申请监督的自然人死亡，需要等待继承人表明是否继续申请监督',
  organisation_terminated: '申请监督的法人或者非法人组织终止，尚未确定权利义务承受人',
  depends_on_other_case: '本案必须以另一案的处理结果为依据，而另一案尚未审结',
  other: '其他可以中止审查的情形',
}
export const SUSPEND_GROUND_ITEM: Record<SuspendGround, number> = {
  applicant_died: 1,
  organisation_terminated: 2,
  depends_on_other_case: 3,
  other: 4,
}

// 规则 第七十三条: the grounds of 终结审查, worded with their provisos (第（七）项, cases the procuratorate
// opened itself, has no place in an application's review).
export const TERMINATE_GROUNDS = [
  'court_corrected',
  'withdrawn',
  'settled',
  'no_successor',
  'organisation_no_successor',
  'not_admissible',
  'other',
] as const
export type TerminateGround = (typeof TERMINATE_GROUNDS)[number]
export const TERMINATE_GROUND_LABEL: Record<TerminateGround, string> = {
  court_corrected: '人民法院已经纠正违法行为',
  withdrawn: '申请人撤回监督申请，且不损害国家利益、社会公共利益或者他人合法权益',
  settled:
    '申请人在与其他当事人达成的和解协议中声明放弃申请监督权利，且不损害国家利益、社会公共利益或者他人合法权益',
  no_successor:
    '申请监督的自然人死亡，没有继承人或者继承人放弃申请，且没有发现其他应当监督的违法情形',
  organisation_no_successor:
    '申请监督的法人或者非法人组织终止，没有权利义务承受人或者权利义务承受人放弃申请，且没有发现其他应当监督的违法情形',
  not_admissible: '发现已经受理的案件不符合受理条件',
  other: '其他应当终结审查的情形',
}
export const TERMINATE_GROUND_ITEM: Record<TerminateGround, number> = {
  court_corrected: 1,
  withdrawn: 2,
  settled: 3,
  no_successor: 4,
  organisation_no_successor: 5,
  not_admissible: 6,
  other: 8,
}
/** The grounds whose proviso (不损害国家利益、社会公共利益或者他人合法权益) staff must confirm. */
export const PROVISO_GROUNDS: readonly TerminateGround[] = ['withdrawn', 'settled']
export const PROVISO_LABEL = '经审查，终结审查不损害国家利益、社会公共利益或者他人合法权益'
export const WAIVER_LABEL = '和解协议中载有申请人声明放弃申请监督权利的内容（和解协议已附卷）'

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

const ticked = z.preprocess((v) => v === 'yes', z.boolean())

export const TerminateSchema = z
  .object({
    version,
    ground: choice(TERMINATE_GROUNDS, '请选择终结审查的理由'),
    detail: optionalText('具体情形', 2000),
    proviso: ticked,
    waiver: ticked,
  })
  .superRefine(withOther)
  .superRefine((value, ctx) => {
    // 规则 第七十三条第（二）（三）项: the proviso is part of the ground, not a formality.
    if (PROVISO_GROUNDS.includes(value.ground) && !value.proviso)
      ctx.addIssue({
        code: 'custom',
        path: ['proviso'],
        message:
          '以撤回或者和解为由终结审查的，须经审查确认不损害国家利益、社会公共利益或者他人合法权益',
      })
    // 第（三）项: a settlement alone is no ground; the applicant must have waived the right to apply in it.
    if (value.ground === 'settled' && !value.waiver)
      ctx.addIssue({
        code: 'custom',
        path: ['waiver'],
        message: '和解协议中没有申请人放弃申请监督权利的声明的，不能以和解为由终结审查',
      })
  })

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

export { version as versionField, text as requiredText, optionalText, choice as requiredChoice }
