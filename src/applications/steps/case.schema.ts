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
import { choice, optionalText, pageOf, pastDate, text } from './field-helpers.js'

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
  const shape = {
    court: z
      .string({ error: '请选择执行法院' })
      .refine((v) => v === OTHER_COURT || codes.includes(v), { message: '请选择执行法院' }),
    otherCourtName: optionalText('执行法院名称', 100),
    caseNumber: caseNumberField(courts, today),
    basisCaseNumber: optionalText('执行依据', 60),
    knownDate: pastDate('知道法院这样做的日期', today),
  }
  return pageOf(shape, (v, add): CaseAnswers => {
    if (v.court === OTHER_COURT && !v.otherCourtName) add('otherCourtName', '请填写执行法院的全称')
    const basis = v.basisCaseNumber ? parseCaseNumber(v.basisCaseNumber, [], today()) : undefined
    if (basis && !basis.ok) {
      add(
        'basisCaseNumber',
        '执行依据的案号格式不正确，例如（2022）豫0403民初456号；不清楚可以不填',
      )
    }
    return {
      court: v.court ?? OTHER_COURT,
      otherCourtName: v.court === OTHER_COURT ? v.otherCourtName : undefined,
      caseNumber: v.caseNumber ?? '',
      basisCaseNumber: basis?.ok ? basis.value : undefined,
      knownDate: v.knownDate ?? '',
    }
  })
}

export function complaintSchema(today: () => Date) {
  const shape = {
    matters: z
      .union([z.string(), z.array(z.string())], { error: '请至少选择一项申请监督事项' })
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .pipe(
        z
          .array(choice(MATTERS, '请选择列出的申请监督事项'))
          .min(1, '请至少选择一项申请监督事项')
          // issue 12 F14: never more than the list offers, refused before each element is checked
          .max(MATTERS.length, '请选择列出的申请监督事项'),
      ),
    facts: text('事实与理由', 20, 5000),
    request: text('您希望检察院做什么', 10, 1000),
    courtRemedy: choice(COURT_REMEDIES, '请选择是否已向法院提出执行异议、复议或者提起诉讼'),
    remedyCaseNumber: optionalText('异议、复议或诉讼的案号', 60),
    remedyDate: z.string().optional(),
    noRemedyReason: optionalText('未提出的理由', 1000),
  }
  return pageOf(shape, (v, add): ComplaintAnswers => {
    const raised = v.courtRemedy !== undefined && v.courtRemedy !== '未提出'
    let remedyDate: string | undefined
    if (raised && v.remedyDate?.trim()) {
      const d = pastDate('提出或裁定的日期', today).safeParse(v.remedyDate)
      if (d.success) remedyDate = d.data
      else add('remedyDate', d.error.issues[0]?.message ?? '日期不正确')
    }
    const onlyInaction = (v.matters ?? []).every((m) => m === '消极执行、拖延执行')
    if (v.courtRemedy === '未提出' && !v.noRemedyReason && !onlyInaction) {
      add('noRemedyReason', '请说明未向法院提出执行异议、复议或者诉讼的理由')
    }
    return {
      matters: v.matters ?? [],
      facts: v.facts ?? '',
      request: v.request ?? '',
      courtRemedy: v.courtRemedy ?? '未提出',
      remedyCaseNumber: raised ? v.remedyCaseNumber : undefined,
      remedyDate,
      noRemedyReason: v.courtRemedy === '未提出' ? v.noRemedyReason : undefined,
    }
  })
}
