import type { NoticeKind } from '../documents/document-kinds.js'

/** What staff decide for each kind; the notice text is built from it (notice-text.ts). */
export type NoticeFields = {
  supplement_notice: {
    items: { label: string; detail?: string }[]
    days: number
    /** YYYY-MM-DD, the last day to answer */
    deadline: string
  }
  acceptance_notice: Record<string, never>
  non_acceptance_notice: {
    /** the grounds as sentences (see NON_ACCEPTANCE_GROUNDS) */
    grounds: string[]
    /** the reasons in the case at hand */
    explanation: string
  }
  referral_notice: { organ: string; reason: string }
  suspension_decision: { reason: string }
  termination_decision: { ground: string; reason: string }
  not_supported_decision: { reasons: string }
  recommendation_notice: { court: string; summary: string }
}

export type NoticeContent = {
  [K in NoticeKind]: { kind: K; fields: NoticeFields[K] }
}[NoticeKind]

/** Typical 不予受理 grounds (2013 试行 第三十三条、第三十六条; 两高规定 第六条), label → sentence. */
export const NON_ACCEPTANCE_GROUNDS = {
  not_jurisdiction: {
    label: '不属于本院管辖',
    text: '该执行案件的执行法院不在本院管辖范围内。民事执行监督案件由执行法院所在地同级人民检察院管辖（《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》第四条）。',
  },
  no_prior_remedy: {
    label: '未经法院异议、复议程序',
    text: '对所申请监督的执行行为，法律规定可以提出异议、申请复议或者提起诉讼，申请人没有提出异议、申请复议或者提起诉讼，且没有正当理由（《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》第六条）。',
  },
  court_reviewing: {
    label: '法院正在审查处理异议或复议',
    text: '申请人提出异议或者申请复议后，人民法院已经受理并正在审查处理，尚未超过法定期间。',
  },
  out_of_scope: {
    label: '不属于执行监督范围',
    text: '申请监督的事项不属于人民法院的民事执行活动，不属于民事执行监督的范围。',
  },
  other: { label: '其他不应受理的情形', text: '' },
} as const
export type NonAcceptanceGround = keyof typeof NON_ACCEPTANCE_GROUNDS
