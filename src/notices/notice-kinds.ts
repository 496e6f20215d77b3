import type { ClockKind } from '../deadlines/clock.table.js'
import type { NoticeKind } from '../documents/document-kinds.js'

type KindInfo = {
  /** the heading printed on the document */
  heading: string
  /** the title listed on the status page and named in the email */
  title: string
  /** the clock that waits for this document to be sent (docs/product.md §9), stopped when it is issued */
  stops?: ClockKind
}

/** How each kind of notice is headed and named, and which clock its issue stops. */
export const NOTICE_KIND_INFO: Record<NoticeKind, KindInfo> = {
  supplement_notice: { heading: '补正通知书', title: '补正通知书' },
  acceptance_notice: { heading: '受理通知书', title: '受理通知书', stops: 'acceptance_notice' },
  non_acceptance_notice: { heading: '不予受理通知书', title: '不予受理通知书' },
  referral_notice: { heading: '告知书', title: '告知书' },
  suspension_decision: { heading: '中止审查决定书', title: '中止审查决定书' },
  termination_decision: {
    heading: '终结审查决定书',
    title: '终结审查决定书',
    stops: 'decision_notice',
  },
  not_supported_decision: {
    heading: '不支持监督申请决定书',
    title: '不支持监督申请决定书',
    stops: 'decision_notice',
  },
  // 监督规则 第一百条: with the 检察建议书 to the court, a 《通知书》 of the decision to the applicant.
  recommendation_notice: {
    heading: '通知书',
    title: '通知书（决定提出检察建议）',
    stops: 'decision_notice',
  },
}
