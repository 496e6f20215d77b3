import { z } from 'zod'
import type { SupervisedCourt } from '../site/site-view.js'

// The self-check before the wizard (docs/product.md §3). Values are English codes; the Chinese labels live in
// views/pages/apply/self-check.tsx. Every answer is required, but no answer is ever refused here:
// what to make of them is src/applications/self-check.ts's job.

export const ROLES = [
  'applicant_for_enforcement',
  'enforcement_debtor',
  'interested_party',
  'outsider',
  'agent',
  'other',
] as const

// officer_misconduct: 执行人员违法行为, which needs no court remedy first (规则 第二十八条第二款).
export const ABOUTS = [
  'enforcement',
  'officer_misconduct',
  'judgment',
  'judge_conduct',
  'other',
] as const

// objection_only: an 异议裁定 with no 复议 (or, for a 案外人, no 执行异议之诉) — 规则 第二十八条第一款
// 第（一）项 names those remedies too; decided: a 复议裁定, or the suit brought.
export const REMEDIES = ['none', 'pending', 'objection_only', 'decided', 'not_applicable'] as const

/** The court is none of the ones this procuratorate supervises. */
export const OTHER_COURT = 'other_court'
/** The applicant does not know which court is enforcing. */
export const UNKNOWN_COURT = 'unknown'

const COURT_MISSING = '请选择执行法院；不清楚的，请选择“不清楚”'

/** A radio left unticked is absent (or empty); anything else sent was not one of the options. */
function choiceError(missing: string, unknown: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === '' ? missing : unknown
}

/**
 * The answers schema. The courts come from the site settings, which staff can change while the
 * service runs, so the schema is built per request from `c.var.site.courts`.
 */
export function SelfCheckSchema(courts: readonly SupervisedCourt[]) {
  const courtValues = [...courts.map((c) => c.code), OTHER_COURT, UNKNOWN_COURT]
  return z.object({
    role: z.enum(ROLES, {
      error: choiceError(
        '请选择您在执行案件中的身份',
        '您选择的身份不在列表中，请重新选择您在执行案件中的身份',
      ),
    }),
    court: z.string({ error: COURT_MISSING }).refine((value) => courtValues.includes(value), {
      error: choiceError(COURT_MISSING, '请从列表中选择执行法院；列表中没有的，请选择“其他法院”'),
    }),
    about: z.enum(ABOUTS, {
      error: choiceError(
        '请选择您要反映的问题',
        '您选择的问题类型不在列表中，请重新选择您要反映的问题',
      ),
    }),
    remedy: z.enum(REMEDIES, {
      error: choiceError(
        '请选择是否已向执行法院提出执行异议、申请复议或者提起诉讼',
        '您的选择不在列表中，请重新选择是否已向执行法院提出执行异议、申请复议或者提起诉讼',
      ),
    }),
  })
}

export type SelfCheckAnswers = z.infer<ReturnType<typeof SelfCheckSchema>>
