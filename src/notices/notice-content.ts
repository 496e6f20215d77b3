import type { NoticeKind } from '../documents/document-kinds.js'
import { cite } from '../kernel/legal-bases.js'

/** Where a 告知书 sends the applicant (规则 第三十二条第（二）项 or 第（三）项). */
export type ReferralRoute = 'procuratorate' | 'organ'

/** What staff decide for each kind; the notice text is built from it (notice-text.ts). */
export type NoticeFields = {
  supplement_notice: {
    items: { label: string; detail?: string }[]
    /** counted from the day the notice is served (docs/decisions/042-service-of-notices.md) */
    days: number
  }
  acceptance_notice: Record<string, never>
  non_acceptance_notice: {
    /** the grounds as sentences about “申请人” (see NON_ACCEPTANCE_GROUNDS); the notice addresses 你 */
    grounds: string[]
    /** the reasons in the case at hand */
    explanation: string
  }
  referral_notice: { route: ReferralRoute; organ: string; reason: string }
  /** item: the 项 of 规则 第七十二条 the ground falls under */
  suspension_decision: { reason: string; item?: number }
  /** item: the 项 of 规则 第七十三条 the ground falls under */
  termination_decision: { ground: string; reason: string; item?: number }
  not_supported_decision: { reasons: string }
  recommendation_notice: { court: string; summary: string }
  /** the other party addressed (规则 第三十三条) */
  other_party_acceptance_notice: { partyName: string }
}

export type NoticeContent = {
  [K in NoticeKind]: { kind: K; fields: NoticeFields[K] }
}[NoticeKind]

const prior = cite({ key: 'rules28', paragraph: 1, item: 1 })
const pending = cite({ key: 'rules28', paragraph: 1, item: 2 })

/**
 * The 不予受理 grounds of an execution-supervision application: 规则 第二十八条第一款 (read with
 * 第三十二条第（四）项). A case outside this procuratorate's remit, or outside any procuratorate's,
 * is not refused but 告知 (第三十二条第（二）（三）项, the referral action), so neither is a ground here.
 */
export const NON_ACCEPTANCE_GROUNDS = {
  no_prior_remedy: {
    label: '未经法院异议、复议程序，且无正当理由',
    text: `对所申请监督的执行行为，法律规定可以提出异议、申请复议或者提起诉讼，申请人没有提出异议、申请复议或者提起诉讼，且没有正当理由（${prior}）。`,
  },
  court_reviewing: {
    label: '法院正在审查处理异议或复议，且未超过法定期限',
    text: `申请人提出异议、申请复议或者提起诉讼后，人民法院已经受理并正在审查处理，尚未超过法定期限（${pending}）。`,
  },
  other: { label: '其他不应受理的情形（请在具体说明中写明）', text: '' },
} as const
export type NonAcceptanceGround = keyof typeof NON_ACCEPTANCE_GROUNDS
