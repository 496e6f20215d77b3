import type { DeadlineItem } from '../../views/pages/staff/case/case-timeline.js'
import type { ApplicationRow } from '../applications/application.table.js'
import { todayInChina } from '../calendar/calendar.service.js'
import { isOverdue } from '../calendar/workdays.js'
import { findOpenClocks } from '../deadlines/clock.repository.js'
import { CLOCK_RULES } from '../deadlines/clock-rules.js'
import type { Deps } from '../deps.js'
import { formatCalendarDay } from '../kernel/china-time.js'

/**
 * Every open clock of docs/product.md §9 with its due date and how it was computed (the explanations already
 * name paused days and court extensions). The procedural reply stays listed once answered, so
 * staff can see whether the 12309 seven-working-day reply was kept.
 */
export async function caseDeadlines(deps: Deps, app: ApplicationRow): Promise<DeadlineItem[]> {
  const today = todayInChina(deps.clock.now())
  const clocks = await findOpenClocks(deps.db, app.id)
  const items: DeadlineItem[] = clocks.map((c) => ({
    label: CLOCK_RULES[c.kind].label,
    due: formatCalendarDay(c.due),
    explanation: c.explanation,
    state: c.paused_on
      ? `自 ${formatCalendarDay(c.paused_on)} 起暂停计算`
      : isOverdue(c.due, today)
        ? c.kind === 'other_party_comments'
          ? '意见期已届满，可以继续审查'
          : '已逾期'
        : deps.calendar.isDueSoon(today, c.due)
          ? '即将到期'
          : undefined,
  }))
  if (!clocks.some((c) => c.kind === 'procedural_reply'))
    items.push({
      label: CLOCK_RULES.procedural_reply.label,
      due: formatCalendarDay(app.procedural_reply_due),
      explanation: app.procedural_reply_explanation,
      state: '已完成',
    })
  return items
}
