import type { FollowUpGround } from './register.table.js'

export type GroundFacts = {
  status: string
  reply_due: string | null
  outcome: 'adopted' | 'partly_adopted' | 'not_adopted' | null
  reasons_accepted: boolean | null
  promised_by: string | null
  measures_done_on: string | null
}

/**
 * Why a 检察建议 calls for 跟进监督 today, if it does (两高规定 第十四条: 逾期未回复或者处理结果不当;
 * 规则 第一百二十四条第（二）项 no reply in time, 第（三）项 a wrong outcome).
 */
export function followUpGround(r: GroundFacts, today: string): FollowUpGround | undefined {
  if (r.status === 'awaiting_reply' && r.reply_due && r.reply_due < today) return 'overdue'
  if (r.status !== 'replied' || !r.outcome) return undefined
  if (r.outcome === 'not_adopted') return 'not_adopted'
  if (r.outcome === 'partly_adopted' && r.reasons_accepted === false) return 'reasons_rejected'
  if (r.promised_by && r.promised_by < today && !r.measures_done_on) return 'measure_overdue'
  return undefined
}

export const GROUND_LABEL: Record<FollowUpGround, string> = {
  overdue: '法院逾期未书面回复',
  not_adopted: '法院不采纳检察建议',
  reasons_rejected: '法院部分采纳，未采纳部分的理由不成立',
  measure_overdue: '法院承诺的措施到期未完成',
}

/** The sentence the 提请跟进监督通知书 states of the court. */
export const GROUND_SENTENCE: Record<FollowUpGround, string> = {
  overdue: '人民法院未在规定的期限内作出处理并书面回复。',
  not_adopted: '人民法院书面回复不予采纳，本院认为处理结果错误。',
  reasons_rejected: '人民法院部分采纳，对未采纳部分所述理由不能成立，本院认为处理结果错误。',
  measure_overdue: '人民法院在回复中承诺采取的措施至今未完成。',
}
