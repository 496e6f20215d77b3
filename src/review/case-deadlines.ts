import type { DeadlineItem } from '../../views/pages/staff/case/case-timeline.js'
import type { ApplicationRow } from '../applications/application.table.js'
import { todayInChina } from '../calendar/calendar.service.js'
import { isOverdue } from '../calendar/workdays.js'
import type { Deps } from '../deps.js'
import { formatChineseDate } from '../documents/format.js'
import { findOpenSupplement } from '../supplements/supplement.repository.js'

const chineseDate = (day: string) => formatChineseDate(new Date(`${day}T12:00:00+08:00`))

/**
 * The clocks this application carries so far: the 7-working-day procedural reply (12309 件件有回复)
 * and an open 补正 request's deadline (规则 第二十一条), each with how it was computed (SPEC §9).
 */
export async function caseDeadlines(deps: Deps, app: ApplicationRow): Promise<DeadlineItem[]> {
  const today = todayInChina(deps.clock.now())
  const state = (due: string) =>
    isOverdue(due, today) ? '已逾期' : deps.calendar.isDueSoon(today, due) ? '即将到期' : undefined
  const items: DeadlineItem[] = [
    {
      label: '程序性答复（受理、不予受理或要求补正）',
      due: chineseDate(app.procedural_reply_due),
      explanation: app.procedural_reply_explanation,
      state: app.stage === 'submitted' ? state(app.procedural_reply_due) : '已完成',
    },
  ]
  const supplement =
    app.stage === 'supplement_requested' ? await findOpenSupplement(deps.db, app.id) : undefined
  if (supplement)
    items.push({
      label: '补正期限（逾期未补齐视为撤回）',
      due: chineseDate(supplement.deadline),
      explanation: supplement.deadline_explanation,
      state: state(supplement.deadline),
    })
  return items
}
