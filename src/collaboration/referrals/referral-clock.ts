import { addDays } from '../../calendar/calendar-date.js'
import type { ReferralRow } from './referral.table.js'

export type PeriodSetting = { days: number; label: string; basis: string; verified: boolean }
export type ReferralPeriods = Record<
  'police_decision' | 'police_decision_complex' | 'police_explanation',
  PeriodSetting
>

export type ReferralClock = {
  stage: string
  /** the running period, if any */
  due?: { label: string; on: string; overdue: boolean; basis: string; verified: boolean }
  /** why a 立案监督 request is due now, when it is */
  supervisionPrompt?: string
}

type ClockFields = Pick<
  ReferralRow,
  | 'sent_on'
  | 'police_complex'
  | 'police_decision'
  | 'supervision_requested_on'
  | 'supervision_answer_on'
>

function running(p: PeriodSetting, from: string, today: string): NonNullable<ReferralClock['due']> {
  const on = addDays(from, p.days)
  return { label: p.label, on, overdue: today > on, basis: p.basis, verified: p.verified }
}

/**
 * Where a referral stands and which clock runs (calendar days, from the day sent or the day the
 * explanation was asked for). The police not filing, or not deciding in time, prompts 立案监督.
 */
export function referralClock(
  r: ClockFields,
  periods: ReferralPeriods,
  today: string,
): ReferralClock {
  if (!r.sent_on) return { stage: '研判中，尚未移送' }
  if (r.supervision_answer_on) return { stage: '公安机关已说明不立案理由' }
  if (r.supervision_requested_on)
    return {
      stage: '已要求公安机关说明不立案理由',
      due: running(periods.police_explanation, r.supervision_requested_on, today),
    }
  if (r.police_decision === 'filed') return { stage: '公安机关已立案' }
  if (r.police_decision === 'not_filed')
    return { stage: '公安机关决定不立案', supervisionPrompt: '公安机关决定不立案' }
  const period = r.police_complex ? periods.police_decision_complex : periods.police_decision
  const due = running(period, r.sent_on, today)
  return {
    stage: '已移送，等待公安机关决定是否立案',
    due,
    ...(due.overdue ? { supervisionPrompt: '公安机关逾期未作出是否立案的决定' } : {}),
  }
}
