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
] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/** What `issued_documents` holds: the numbered notices and the 证据材料收据. */
export type IssuedDocumentKind = 'evidence_receipt' | NoticeKind
