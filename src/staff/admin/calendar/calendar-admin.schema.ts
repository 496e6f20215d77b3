import { z } from 'zod'
import { isCalendarDate, yearOf } from '../../../calendar/calendar-date.js'

const chars = (value: string) => [...value].length
const trimmed = z
  .string()
  .catch('')
  .transform((value) => value.trim())

/** The years the page and the day arithmetic accept. */
const isOverrideDay = (day: string) =>
  isCalendarDate(day) && yearOf(day) >= 1900 && yearOf(day) <= 2199

/** One day made a workday or a holiday, with the name the calendar page shows. */
export const OverrideSchema = z.object({
  day: trimmed.pipe(
    z
      .string()
      .min(1, '请填写日期')
      .refine(isOverrideDay, '日期格式不正确，请按“2027-01-01”的格式填写'),
  ),
  kind: z.enum(['workday', 'holiday'], { error: '请选择这一天是工作日还是休息日' }),
  name: trimmed.pipe(
    z
      .string()
      .refine((name) => chars(name) > 0, '请填写名称，例如“春节”或“国庆节调休上班”')
      .refine((name) => chars(name) <= 50, '名称不能超过 50 个字'),
  ),
  note: trimmed
    .pipe(z.string().refine((note) => chars(note) <= 500, '备注不能超过 500 个字'))
    .transform((note) => note || null),
})

export type Override = z.output<typeof OverrideSchema>

export const NO_OVERRIDE = '没有找到这一天的调整，可能已被删除'

/** Removing an override names its day; a malformed one cannot name any. */
export const RemovalSchema = z.object({
  day: z.string().catch('').refine(isCalendarDate, NO_OVERRIDE),
})
