import { z } from 'zod'
import type { SupervisedCourt } from '../../site/site-view.js'
import {
  COURT_REMEDIES,
  MATTERS,
  OTHER_COURT,
  PARTY_ROLES,
  type CaseAnswers,
  type ComplaintAnswers,
  type PartyAnswers,
} from '../application-answers.js'
import { parseCaseNumber } from '../validation/case-number.js'
import { caseNumberField } from '../validation/fields.js'
import { choice, optionalText, pastDate, text } from './field-helpers.js'

export const MAX_PARTIES = 10

/**
 * 其他当事人, repeatable (规则 第二十二条 item 二). Fields arrive as `parties.0.name` …; a row left
 * completely blank is ignored, and at least one party is required.
 */
export const PartiesSchema = z
  .record(z.string(), z.unknown())
  .transform((form, ctx): PartyAnswers[] => {
    const parties: PartyAnswers[] = []
    for (let i = 0; i < MAX_PARTIES; i++) {
      const get = (f: string) => String(form[`parties.${i}.${f}`] ?? '').trim()
      const [name, role, contact] = [get('name'), get('role'), get('contact')]
      if (!name && !role && !contact) continue
      const add = (f: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [`parties.${i}.${f}`], message })
      if (!name) add('name', `请填写第 ${i + 1} 位当事人的姓名或名称`)
      else if ([...name].length > 100)
        add('name', `第 ${i + 1} 位当事人的姓名或名称不能超过 100 个字`)
      if (!(PARTY_ROLES as readonly string[]).includes(role))
        add('role', `请选择第 ${i + 1} 位当事人的身份`)
      if ([...contact].length > 100)
        add('contact', `第 ${i + 1} 位当事人的联系方式不能超过 100 个字`)
      parties.push({ name, role: role as PartyAnswers['role'], contact: contact || undefined })
    }
    if (parties.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['parties.0.name'],
        message: '请至少填写一位其他当事人（通常是执行案件的另一方）',
      })
    }
    return parties
  })

export function caseSchema(courts: readonly SupervisedCourt[], today: () => Date) {
  const codes = courts.map((c) => c.code)
  return z
    .object({
      court: z
        .string({ error: '请选择执行法院' })
        .refine((v) => v === OTHER_COURT || codes.includes(v), {
          message: '请选择执行法院',
        }),
      otherCourtName: optionalText('执行法院名称', 100),
      caseNumber: caseNumberField(courts, today),
      basisCaseNumber: optionalText('执行依据', 60),
      knownDate: pastDate('知道该执行行为的日期', today),
    })
    .superRefine((v, ctx) => {
      if (v.court === OTHER_COURT && !v.otherCourtName) {
        ctx.addIssue({ code: 'custom', path: ['otherCourtName'], message: '请填写执行法院的全称' })
      }
      if (v.basisCaseNumber && !parseCaseNumber(v.basisCaseNumber, [], today()).ok) {
        ctx.addIssue({
          code: 'custom',
          path: ['basisCaseNumber'],
          message: '执行依据的案号格式不正确，例如（2022）豫0403民初456号；不清楚可以不填',
        })
      }
    })
    .transform((v): CaseAnswers => ({
      ...v,
      basisCaseNumber: v.basisCaseNumber
        ? (parseCaseNumber(v.basisCaseNumber, [], today()) as { value: string }).value
        : undefined,
    }))
}

export function complaintSchema(today: () => Date) {
  return z
    .object({
      matters: z
        .union([z.string(), z.array(z.string())], { error: '请至少选择一项申请监督事项' })
        .transform((v) => (Array.isArray(v) ? v : [v]))
        .pipe(
          z.array(choice(MATTERS, '请选择列出的申请监督事项')).min(1, '请至少选择一项申请监督事项'),
        ),
      facts: text('事实与理由', 20, 5000),
      request: text('监督请求', 10, 1000),
      courtRemedy: choice(COURT_REMEDIES, '请选择是否已向法院提出执行异议、复议或者提起诉讼'),
      remedyCaseNumber: optionalText('异议、复议或诉讼的案号', 60),
      remedyDate: z.string().optional(),
      noRemedyReason: optionalText('未提出的理由', 1000),
    })
    .transform((v, ctx): ComplaintAnswers => {
      let remedyDate: string | undefined
      if (v.courtRemedy !== '未提出' && v.remedyDate?.trim()) {
        const d = pastDate('提出或裁定的日期', today).safeParse(v.remedyDate)
        if (d.success) remedyDate = d.data
        else
          ctx.addIssue({
            code: 'custom',
            path: ['remedyDate'],
            message: d.error.issues[0]?.message ?? '',
          })
      }
      const onlyInaction = v.matters.every((m) => m === '消极执行、拖延执行')
      if (v.courtRemedy === '未提出' && !v.noRemedyReason && !onlyInaction) {
        ctx.addIssue({
          code: 'custom',
          path: ['noRemedyReason'],
          message: '请说明未向法院提出执行异议、复议或者诉讼的理由',
        })
      }
      return {
        matters: v.matters,
        facts: v.facts,
        request: v.request,
        courtRemedy: v.courtRemedy,
        remedyCaseNumber: v.courtRemedy === '未提出' ? undefined : v.remedyCaseNumber,
        remedyDate,
        noRemedyReason: v.courtRemedy === '未提出' ? v.noRemedyReason : undefined,
      }
    })
}
