import type { StaffRole } from '../staff/staff-account.table.js'
import type { ExOfficioGround, ExOfficioSource, ExOfficioStage } from './ex-officio.table.js'

export const STAGE_LABEL: Record<ExOfficioStage, string> = {
  filed: '已立案',
  under_review: '审查中',
  recommendation_pending: '检察建议待院领导审批',
  recommended: '已提出检察建议',
  terminated: '终结审查',
  closed: '已办结',
}

export const OPEN_STAGES: readonly ExOfficioStage[] = [
  'filed',
  'under_review',
  'recommendation_pending',
  'recommended',
]

export const SOURCE_LABEL: Record<ExOfficioSource, string> = {
  lead: '法检数据监督线索',
  case_review: '案件评查',
  campaign: '专项活动',
  petition: '信访',
  other: '其他途径',
}

/** docs/domain-rules.md §1.11 (两高规定, as summarised by the 江苏 procuratorate; article number not verified). */
export const GROUND_LABEL: Record<ExOfficioGround, string> = {
  public_interest: '损害国家利益或者社会公共利益的',
  misconduct: '执行人员在执行该案时有贪污受贿、徇私舞弊、枉法执行等违法行为、司法机关已经立案的',
  social_impact: '造成重大社会影响的',
  follow_up: '需要跟进监督的',
}

export type ExOfficioAction =
  | 'start_review'
  | 'propose_recommendation'
  | 'approve_recommendation'
  | 'return_recommendation'
  | 'terminate'
  | 'close'

type Step = {
  from: readonly ExOfficioStage[]
  to: ExOfficioStage
  by: readonly StaffRole[]
  label: string
  /** the text the act needs: the recommendation, or the reason */
  text?: { field: 'recommendation' | 'termination_reason'; label: string }
}

/**
 * 立案 → 审查 → 检察建议 (drafted by the reviewer, approved by the leader, as for applications) or
 * 终结审查. An ex-officio case has no applicant, so it never ends in 不支持监督申请 (两高规定 第十六条
 * names that decision for applications only).
 */
export const STEPS: Record<ExOfficioAction, Step> = {
  start_review: { from: ['filed'], to: 'under_review', by: ['reviewer'], label: '开始审查' },
  propose_recommendation: {
    from: ['under_review'],
    to: 'recommendation_pending',
    by: ['reviewer'],
    label: '提请院领导批准检察建议',
    text: { field: 'recommendation', label: '检察建议的主要内容' },
  },
  approve_recommendation: {
    from: ['recommendation_pending'],
    to: 'recommended',
    by: ['leader'],
    label: '批准提出检察建议',
  },
  return_recommendation: {
    from: ['recommendation_pending'],
    to: 'under_review',
    by: ['leader'],
    label: '退回修改',
  },
  terminate: {
    from: ['filed', 'under_review'],
    to: 'terminated',
    by: ['reviewer'],
    label: '终结审查',
    text: { field: 'termination_reason', label: '终结审查的理由' },
  },
  close: { from: ['recommended'], to: 'closed', by: ['reviewer'], label: '办结' },
}

export function actionsFor(stage: ExOfficioStage, roles: readonly StaffRole[]): ExOfficioAction[] {
  return (Object.keys(STEPS) as ExOfficioAction[]).filter(
    (a) => STEPS[a].from.includes(stage) && STEPS[a].by.some((r) => roles.includes(r)),
  )
}

export const caseNumberOf = (serial: number, openedAt: Date) =>
  `依职权〔${openedAt.getUTCFullYear()}〕${serial}号`
