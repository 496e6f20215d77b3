import type { ClockKind } from '../deadlines/clock.table.js'
import {
  REGISTER_DOCUMENT_HEADING,
  LEAD_DOCUMENT_HEADING,
  type NoticeKind,
  type NumberedKind,
} from '../documents/document-kinds.js'

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
  // 规则 第一百零八条: with the 检察建议书 to the court, a 《通知书》 of the decision to the applicant.
  recommendation_notice: {
    heading: '通知书',
    title: '通知书（决定提出检察建议）',
    stops: 'decision_notice',
  },
  // 规则 第三十三条: the other parties' copy, on paper; the applicant's status page does not list it.
  other_party_acceptance_notice: {
    heading: '受理通知书',
    title: '受理通知书（其他当事人）',
  },
}

/** The heading of any numbered kind, for the document-numbers page. */
export function numberedKindHeading(kind: NumberedKind): string {
  return (
    (REGISTER_DOCUMENT_HEADING as Record<string, string>)[kind] ??
    (LEAD_DOCUMENT_HEADING as Record<string, string>)[kind] ??
    NOTICE_KIND_INFO[kind as NoticeKind].heading
  )
}
