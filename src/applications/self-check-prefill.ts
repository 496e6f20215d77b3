import type { FormValues } from '../http/form.js'
import type { DraftAnswers } from './application-answers.js'
import { OTHER_COURT as SELF_CHECK_OTHER_COURT, UNKNOWN_COURT } from './self-check.schema.js'
import { OTHER_COURT } from './application-answers.js'

/**
 * What the self-check already asked, as the wizard's first values for the same questions (WCAG 2.2
 * SC 3.3.7, Redundant Entry): 身份 on the contact step, 是否委托代理人, 执行法院 and 异议/复议. Only
 * until the person saves that step; from then on the step's own answer is shown.
 */
const ROLE_NAMES = {
  applicant_for_enforcement: '申请执行人',
  enforcement_debtor: '被执行人',
  interested_party: '利害关系人',
  outsider: '案外人',
} as const

const REMEDY_ANSWERS = {
  none: '未提出',
  pending: '已提出，法院正在处理',
  objection_only: '已作出裁定',
  decided: '已作出裁定',
} as const

function pick<T extends object>(table: T, key: string | undefined): T[keyof T] | undefined {
  return key !== undefined && key in table ? table[key as keyof T] : undefined
}

export function prefillContact(answers: DraftAnswers): FormValues {
  return { role: pick(ROLE_NAMES, answers.selfCheck?.role) }
}

export function prefillAgent(answers: DraftAnswers): FormValues {
  return { hasAgent: answers.selfCheck?.role === 'agent' ? 'yes' : undefined }
}

export function prefillCase(answers: DraftAnswers): FormValues {
  const court = answers.selfCheck?.court
  if (court === undefined || court === UNKNOWN_COURT) return {}
  return { court: court === SELF_CHECK_OTHER_COURT ? OTHER_COURT : court }
}

export function prefillComplaint(answers: DraftAnswers): FormValues {
  return { courtRemedy: pick(REMEDY_ANSWERS, answers.selfCheck?.remedy) }
}
