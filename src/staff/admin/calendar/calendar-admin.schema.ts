import { z } from 'zod'
import { dayField } from '../../../http/form-date.js'
import { isCalendarDate } from '../../../calendar/calendar-date.js'

const chars = (value: string) => [...value].length
const trimmed = z
  .string()
  .catch('')
  .transform((value) => value.trim())


/** One day made a workday or a holiday, with the name the calendar page shows. */
export const OverrideSchema = z.object({
  // typed-date.ts keeps the year within 1900–2100, inside what the day arithmetic handles
  day: trimmed.pipe(dayField('日期')),
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
