import { z } from 'zod'
import { daysBetween, isCalendarDate } from '../calendar/calendar-date.js'
import { periodOf, type Period } from './period.js'

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional())
const DAY_FORMAT = '请按“2026-01-31”的格式填写'
/** A longer span is several reports; ten years of daily events is already more than a page reads. */
export const MAX_RANGE_DAYS = 3660

/** The period form (a GET form, so every figure, export and list can be linked to). */
export const StatsPeriodSchema = z
  .object({
    period: optional(
      z.enum(['year', 'quarter', 'month', 'range'], { message: '请选择统计期间的类型' }),
    ),
    year: optional(z.string().regex(/^20\d\d$/, '年度请填写 2000 至 2099 之间的四位数字')),
    quarter: optional(z.enum(['1', '2', '3', '4'], { message: '请选择第一至第四季度' })),
    month: optional(z.string().regex(/^([1-9]|1[0-2])$/, '月份请选择 1 至 12 月')),
    from: optional(z.string().refine(isCalendarDate, `开始日期格式不正确，${DAY_FORMAT}`)),
    to: optional(z.string().refine(isCalendarDate, `结束日期格式不正确，${DAY_FORMAT}`)),
  })
  .superRefine((f, ctx) => {
    const kind = f.period ?? 'year'
    if (kind === 'quarter' && !f.quarter)
      ctx.addIssue({ code: 'custom', path: ['quarter'], message: '请选择季度' })
    if (kind === 'month' && !f.month)
      ctx.addIssue({ code: 'custom', path: ['month'], message: '请选择月份' })
    if (kind === 'range') checkRange(f, ctx)
  })

function checkRange(
  f: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (!f.from) ctx.addIssue({ code: 'custom', path: ['from'], message: '请填写开始日期' })
  if (!f.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '请填写结束日期' })
  if (!f.from || !f.to || !isCalendarDate(f.from) || !isCalendarDate(f.to)) return
  const days = daysBetween(f.from, f.to)
  if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' })
  else if (days >= MAX_RANGE_DAYS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: '统计期间最长十年，请缩短起止日期' })
}

export type StatsPeriodForm = z.infer<typeof StatsPeriodSchema>

/** The period the form names; a year defaults to the current one in China. */
export function periodFromForm(f: StatsPeriodForm, today: string): Period {
  const year = Number(f.year ?? today.slice(0, 4))
  switch (f.period ?? 'year') {
    case 'quarter':
      return periodOf({ kind: 'quarter', year, quarter: Number(f.quarter) })
    case 'month':
      return periodOf({ kind: 'month', year, month: Number(f.month) })
    case 'range':
      return periodOf({ kind: 'range', from: f.from!, to: f.to! })
    default:
      return periodOf({ kind: 'year', year })
  }
}

/** A figure's case list: the period and which figure, in which of the two periods. */
export const StatsCasesSchema = z.object({
  figure: z.string().regex(/^[a-z0-9_.]{1,60}$/, '请从统计页面选择一项数字'),
  compare: optional(z.enum(['1'])),
})
