import { addDays } from '../../calendar/calendar-date.js'
import { cite } from '../../kernel/legal-bases.js'

export type PetitionPeriods = Record<
  'petition_notice' | 'petition_handling' | 'petition_extension',
  { days: number; label: string; basis: string; verified: boolean }
>

export type PetitionClockFields = {
  received_on: string
  notified_on: string | null
  extended_on: string | null
  outcome: string | null
}

export type PetitionDue = { label: string; on: string; overdue: boolean; basis: string }

/** Where the 信访工作条例 time limits cite from (legal-bases-collab.ts). */
export const NOTICE_BASIS = cite({ key: 'petitions23', paragraph: 2 })
export const HANDLING_BASIS = cite('petitions34')

/**
 * The clocks of a 涉执信访 (calendar days from the day it was received, which the ledger takes as
 * the day it was accepted): the written 告知 within 15 days, and 办结 within 60, extended once by
 * up to 30. An outcome stops both; a 告知 stops the first.
 */
export function petitionClocks(
  p: PetitionClockFields,
  periods: PetitionPeriods,
  today: string,
): PetitionDue[] {
  if (p.outcome) return []
  const clocks: PetitionDue[] = []
  const at = (label: string, on: string, basis: string) => ({
    label,
    on,
    overdue: today > on,
    basis,
  })
  if (!p.notified_on)
    clocks.push(
      at(
        periods.petition_notice.label,
        addDays(p.received_on, periods.petition_notice.days),
        NOTICE_BASIS,
      ),
    )
  const handling =
    periods.petition_handling.days + (p.extended_on ? periods.petition_extension.days : 0)
  clocks.push(at(periods.petition_handling.label, addDays(p.received_on, handling), HANDLING_BASIS))
  return clocks
}
