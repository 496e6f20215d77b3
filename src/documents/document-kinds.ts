/** The formal notices of docs/product.md §10 that carry a number (收件回执 and 证据材料收据 are separate). */
export const NOTICE_KINDS = [
  'supplement_notice',
  'acceptance_notice',
  'non_acceptance_notice',
  'referral_notice',
  'suspension_decision',
  'termination_decision',
  'not_supported_decision',
  'recommendation_notice',
  // 规则 第三十三条: the 受理通知书 the other parties receive with a copy of the 监督申请书
  'other_party_acceptance_notice',
] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/** What `issued_documents` holds: the numbered notices and the 证据材料收据. */
export type IssuedDocumentKind = 'evidence_receipt' | NoticeKind

/** Documents numbered outside the applicant's notices: the 检察建议书 of the register (src/recommendations). */
export const REGISTER_DOCUMENT_KINDS = ['recommendation_letter', 'follow_up_request'] as const
export type RegisterDocumentKind = (typeof REGISTER_DOCUMENT_KINDS)[number]

/** Documents about a supervision lead (src/leads/inquiry): the 说明案件执行情况通知书 to the court. */
export const LEAD_DOCUMENT_KINDS = ['execution_inquiry'] as const
export type LeadDocumentKind = (typeof LEAD_DOCUMENT_KINDS)[number]

/** Every kind with a number template and counter (document_number_templates). */
export const NUMBERED_KINDS = [
  ...NOTICE_KINDS,
  ...REGISTER_DOCUMENT_KINDS,
  ...LEAD_DOCUMENT_KINDS,
] as const
export type NumberedKind = NoticeKind | RegisterDocumentKind | LeadDocumentKind

export const REGISTER_DOCUMENT_HEADING: Record<RegisterDocumentKind, string> = {
  recommendation_letter: '检察建议书',
  follow_up_request: '提请跟进监督通知书',
}

export const LEAD_DOCUMENT_HEADING: Record<LeadDocumentKind, string> = {
  execution_inquiry: '说明案件执行情况通知书',
}
