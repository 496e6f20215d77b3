import { addDays, daysBetween } from '../calendar/calendar-date.js'
import type { Deps } from '../deps.js'
import { todayInChina } from '../kernel/china-time.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { auditRecommendation } from './register-audit.js'
import { findRegister, type RegisterQuery, type RegisterRow } from './register.repository.js'
import { followUpGround, GROUND_LABEL } from './follow-up-ground.js'
import { registerCsv, registerWorkbook } from './register-export.js'
import { KIND_LABEL, type RegisterFilter } from './register.schema.js'
import { figureRows, findOutcomeFigures } from './register-figures.js'
import type { RecommendationStatus } from './register.table.js'

export const REGISTER_LIMIT = 500
export const DEFAULT_DUE_DAYS = 30

export const STATUS_LABEL: Record<RecommendationStatus, string> = {
  drafted: '待院领导审批',
  returned: '已退回修改',
  awaiting_service: '待送达法院',
  awaiting_reply: '已送达，等待回复',
  replied: '法院已回复',
  closed: '已办结',
}

export type RegisterEntryView = {
  id: string
  number: string
  kind: string
  addressee: string
  caseNumbers: string
  decidedOn: string
  status: string
  /** the clock that matters now, in words, and whether it has passed */
  clock: { text: string; overdue: boolean } | undefined
  /** why it calls for 跟进监督, if it does */
  followUp: string | undefined
}

export type RegisterView = {
  entries: RegisterEntryView[]
  today: string
  days: number
  figures: ReturnType<typeof figureRows>
}

/** The register, one of its views (all, due within N days, overdue, awaiting service); audited. */
export async function viewRegister(
  deps: Deps,
  actor: StaffActor,
  filter: RegisterFilter,
  action: 'recommendation.list' | 'recommendation.export' = 'recommendation.list',
): Promise<RegisterView> {
  const today = todayInChina(deps.clock.now())
  const days = filter.days ?? DEFAULT_DUE_DAYS
  const found = await findRegister(deps.db, queryOf(filter, today, days), REGISTER_LIMIT)
  const rows = filter.view === 'follow_up' ? found.filter((r) => followUpGround(r, today)) : found
  const figures = figureRows(await findOutcomeFigures(deps.db, filter.court || undefined))
  await auditRecommendation(deps.db, deps, actor, action, null, {
    view: filter.view ?? 'all',
    shown: rows.length,
  })
  return { entries: rows.map((r) => entryView(r, today)), today, days, figures }
}

// 规则 第一百二十四条第（二）项 and 两高规定 第十四条: a reply not given by its date is a ground for
// 跟进监督, so the overdue view lists exactly those still awaiting a reply after reply_due.
function queryOf(filter: RegisterFilter, today: string, days: number): RegisterQuery {
  return { ...viewQuery(filter, today, days), outcome: filter.outcome }
}

function viewQuery(filter: RegisterFilter, today: string, days: number): RegisterQuery {
  const court = filter.court || undefined
  if (filter.view === 'overdue') return { court, replyDueBy: addDays(today, -1) }
  if (filter.view === 'due_soon') return { court, replyDueBy: addDays(today, days) }
  if (filter.view === 'awaiting_service') return { court, status: 'awaiting_service' }
  if (filter.view === 'follow_up') return { court, followUp: true }
  return { court }
}

export function clockOf(
  row: Pick<RegisterRow, 'status' | 'transfer_due' | 'reply_due'>,
  today: string,
): RegisterEntryView['clock'] {
  if (row.status === 'awaiting_service' && row.transfer_due)
    return dueText('移送法院', row.transfer_due, today)
  if (row.status === 'awaiting_reply' && row.reply_due)
    return dueText('法院回复', row.reply_due, today)
  return undefined
}

function dueText(what: string, due: string, today: string) {
  const left = daysBetween(today, due)
  if (left < 0) return { text: `${what}已逾期 ${-left} 日（截止 ${due}）`, overdue: true }
  if (left === 0) return { text: `${what}今日到期（${due}）`, overdue: false }
  return { text: `${what}截止 ${due}，还有 ${left} 日`, overdue: false }
}

function entryView(row: RegisterRow, today: string): RegisterEntryView {
  return {
    id: row.id,
    number: row.number ?? '（未编号）',
    kind: row.backfilled ? `${KIND_LABEL[row.kind]}（补录）` : KIND_LABEL[row.kind],
    addressee: row.addressee,
    caseNumbers: row.case_numbers,
    decidedOn: row.decided_on ?? '—',
    status: STATUS_LABEL[row.status],
    clock: clockOf(row, today),
    followUp: ((g) => g && GROUND_LABEL[g])(followUpGround(row, today)),
  }
}

/** The chosen view of the register as a file (CSV for any tool, XLSX for Excel and WPS); audited. */
export async function exportRegister(
  deps: Deps,
  actor: StaffActor,
  filter: RegisterFilter,
  format: 'csv' | 'xlsx',
  creator: string,
) {
  const { entries, today } = await viewRegister(deps, actor, filter, 'recommendation.export')
  const name = `检察建议台账（${today}）.${format}`
  if (format === 'csv')
    return { bytes: registerCsv(entries), name, type: 'text/csv; charset=utf-8' }
  return {
    bytes: await registerWorkbook(entries, creator),
    name,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }
}
