import type { SiteView } from '../site/site-view.js'
import { OTHER_COURT, type DraftAnswers } from './application-answers.js'
import type { MaterialSlot } from './draft.table.js'
import { SLOTS } from './material-slots.js'

/** Every slot's name on pages, on the receipt and in the staff desk, staff-only slots included. */
export const SLOT_LABELS = Object.fromEntries([
  ...SLOTS.map((s) => [s.slot, s.label]),
  ['supplement', '补正材料'],
  ['court_reply', '法院回复意见函'],
]) as Record<MaterialSlot, string>

export function courtName(answers: DraftAnswers, site: SiteView): string {
  const court = answers.case!.court
  if (court === OTHER_COURT) return answers.case!.otherCourtName ?? '其他法院'
  return site.courts.find((c) => c.code === court)?.name ?? court
}

export function applicantName(answers: DraftAnswers): string {
  return answers.applicantType === 'organisation'
    ? answers.organisation!.name
    : answers.person!.name
}
