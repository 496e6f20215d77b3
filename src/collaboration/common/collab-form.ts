import { z } from 'zod'
import { isCalendarDate } from '../../calendar/calendar-date.js'

/** The field helpers every collaboration form shares: required and optional text, a calendar day. */
export const DAY_FORMAT = '请按“2026-01-31”的格式填写'

export const requiredText = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`)

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .transform((v) => v || undefined)

export const requiredDay = (label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine(isCalendarDate, `${label}格式不正确，${DAY_FORMAT}`)

export const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isCalendarDate(v), `${label}格式不正确，${DAY_FORMAT}`)

/** Ticked boxes: none, one (a string) or several (an array), always read as an array. */
export const ticked = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat().filter((x) => x !== '')))

export const blankToUndefined = (v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? undefined : v
