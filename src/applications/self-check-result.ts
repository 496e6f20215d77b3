import type { SiteView } from '../site/site-view.js'
import { UNKNOWN_COURT, type SelfCheckAnswers } from './self-check.schema.js'

// The self-check's answer (docs/product.md §3; docs/domain-rules.md §1.2–§1.4, §1.9, §1.10, §3.1). Advice,
// not a decision: only plainly out-of-scope matters stop; 正当理由, late rulings, 管辖 are for staff.

export type SelfCheckOutcome = 'eligible' | 'remedy_first' | 'not_competent' | 'out_of_scope'

export type SelfCheckLink = { href: string; text: string }

export type SelfCheckResult = {
  outcome: SelfCheckOutcome
  title: string
  reason: string
  nextSteps: string[]
  legalBasis?: string
  canContinue: boolean
  /** where to read more or go instead (guide sections, 12309) */
  links?: SelfCheckLink[]
}

type Fields = Omit<SelfCheckResult, 'outcome' | 'title' | 'canContinue'>

export const OUTCOME_TITLES: Record<SelfCheckOutcome, string> = {
  eligible: '您可以提交申请',
  remedy_first: '建议先向执行法院提出执行异议 — 仍可提交',
  not_competent: '这件事可能不归本院办理',
  out_of_scope: '此类事项不属于执行监督',
}

export const LINK_12309: SelfCheckLink = {
  href: 'https://www.12309.gov.cn',
  text: '12309中国检察网',
}
export const GOOD_CAUSE =
  '如果您有正当理由没有先向法院提出，仍然可以继续提交，请在申请中写明理由。是否属于正当理由，由检察人员根据具体情况判断。'
const AGENT_NOTE =
  '您代他人申请的，请准备由当事人签名的授权委托书；代理人是律师的，还要填写律师执业证号。'
export const BACK_TO_ENFORCEMENT =
  '如果您反映的其实是法院在执行中的做法（例如拖延执行、查封错误），请点“返回修改”，在“您要反映的问题”中选择“法院的执行行为”。'

export function result(outcome: SelfCheckOutcome, fields: Fields): SelfCheckResult {
  return {
    outcome,
    title: OUTCOME_TITLES[outcome],
    canContinue: outcome !== 'out_of_scope',
    ...fields,
  }
}

export /** Notes that apply whatever the outcome, as long as the applicant may go on. */
function commonNotes(a: SelfCheckAnswers, site: SiteView): string[] {
  const notes = a.role === 'agent' ? [AGENT_NOTE] : []
  if (a.court !== UNKNOWN_COURT) return notes
  const c = site.courts[0]
  const sample = c ? `，例如“（2023）${c.code}执123号”中的“${c.code}”是${c.name}` : ''
  return [
    `执行法院的名称印在法院发给您的执行通知书、执行裁定书上，也可以从执行案号里的法院代字看出来${sample}。执行法院不是本院管辖的法院的，工作人员会告诉您应当向哪个检察院申请。`,
    ...notes,
  ]
}
